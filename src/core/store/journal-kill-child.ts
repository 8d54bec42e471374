// The writer the journal's kill test runs in a child process: it adds claims one edit at
// a time to the case in argv[2], numbering them from argv[3], and prints each number
// once its edit is acknowledged. Compactions come often, so kills land in them too.

import { CaseStore } from './case-store';
import { sampleClaim } from './test-case';

const [dir, first] = [process.argv[2]!, Number(process.argv[3])];
const store = await CaseStore.open(dir, { compaction: { maxJournalBytes: 64 * 1024, idleMs: 5 } });
for (let n = first; ; n++) {
  const id = `clm_${n}`;
  await store.edit((draft, journal) => {
    draft.claims.push(sampleClaim(id));
    journal.created('claim', id, sampleClaim(id));
  });
  process.stdout.write(`${n}\n`);
}
