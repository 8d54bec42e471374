// Schema 2 → 3: evidence may cite a passage of a loaded article. Evidence of an older
// case cites its source as a whole, or by an excerpt typed by hand: no passage.

import type { Migration } from './migrate';

export const evidencePassages: Migration = {
  from: 2,
  up(data) {
    const evidence = (data.evidence ?? []) as Array<Record<string, unknown>>;
    return { ...data, evidence: evidence.map((item) => ({ ...item, passage: null })) };
  },
};
