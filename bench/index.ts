// `npm run bench`: Claimdesk's import, re-anchoring, report and undo on real news pages,
// and its scale on a generated desk-year case, each as a ratio against a baseline
// measured in the same run. BENCH_SECTIONS=scale (or corpus) runs only those sections.
// Exits with an error when the scale section finds a hot path growing faster than linearly.

import { loadCorpus } from './corpus';
import { benchImport } from './import';
import { benchReanchor } from './reanchor';
import { benchReport } from './report';
import { benchScale, REGRESSION_RATIO } from './scale';

const sections = new Set((process.env.BENCH_SECTIONS ?? 'corpus,scale').split(',').map((name) => name.trim()));

if (sections.has('corpus')) {
  const imported = await benchImport(loadCorpus());
  await benchReanchor(imported);
  await benchReport(imported);
}
if (sections.has('scale') && !(await benchScale())) {
  console.log('');
  console.log(`FAIL: a hot path took more than ${REGRESSION_RATIO}× as long on 10× the data (see the regression check above).`);
  process.exitCode = 1;
}
