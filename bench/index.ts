// `npm run bench`: Claimdesk's import, re-anchoring, report, undo, check-worthiness and
// provenance on real news pages, its scale on a generated desk-year case, a shared case's
// sync against git itself, and its UI on that case in the browser host,
// each as a ratio against a baseline measured in the same run. `npm run bench -- reanchor
// scale` runs only the sections named. Exits with an error when the scale section finds
// a hot path growing faster than linearly.

import { importFile } from '../src/core/import';
import { benchCheckworthiness } from './checkworthiness';
import { benchClusters } from './clusters';
import { loadCorpus, type Page } from './corpus';
import { benchImport, type Imported } from './import';
import { benchProvenance } from './provenance';
import { benchReanchor } from './reanchor';
import { benchReport } from './report';
import { benchScale, REGRESSION_RATIO } from './scale';
import { benchSync } from './sync';
import { benchUi } from './ui';

const SECTIONS = ['import', 'reanchor', 'report', 'checkworthiness', 'provenance', 'clusters', 'scale', 'sync', 'ui'] as const;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench section: ${unknown.join(', ')}. Sections: ${SECTIONS.join(', ')} (none named: all).`);
  process.exit(1);
}
const runs = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);

if (runs('import') || runs('reanchor') || runs('report') || runs('checkworthiness') || runs('provenance')) {
  const pages = loadCorpus();
  // The other corpus sections need the imported pages even when the import is not timed.
  const imported = runs('import') ? await benchImport(pages) : await importUntimed(pages);
  if (runs('reanchor')) benchReanchor(imported);
  if (runs('report')) await benchReport(imported);
  if (runs('checkworthiness')) await benchCheckworthiness(imported);
  if (runs('provenance')) await benchProvenance(imported);
}
if (runs('clusters')) await benchClusters();
if (runs('scale') && !(await benchScale())) {
  console.log('');
  console.log(`FAIL: a hot path took more than ${REGRESSION_RATIO}× as long on 10× the data (see the regression check above).`);
  process.exitCode = 1;
}
if (runs('sync')) await benchSync();
if (runs('ui')) await benchUi();

/** The pages that import, as benchImport returns them, without its timings. */
async function importUntimed(pages: readonly Page[]): Promise<Imported[]> {
  const imported: Imported[] = [];
  for (const page of pages) {
    try {
      imported.push({ page, doc: (await importFile(`${page.name}.html`, page.bytes)).doc });
    } catch {
      // Refused pages are listed by the import section; the others bench without them.
    }
  }
  return imported;
}
