// Schema 3 → 4: edits are saved in a journal (history.jsonl) and claimdesk.json is a
// snapshot that names how far into the journal it is. The case's data keeps its shape;
// the version changes so that an older Claimdesk, which would not replay the journal
// and so would miss the latest edits, refuses the case instead of opening it.

import type { Migration } from './migrate';

export const journal: Migration = {
  from: 3,
  up: (data) => data,
};
