// `npm run bench`: Claimdesk's import, re-anchoring, report and undo on real news pages,
// each as a ratio against a baseline measured in the same run.
// `npm run bench -- reanchor report` runs only the sections named.

import { importFile } from '../src/core/import';
import { loadCorpus, type Page } from './corpus';
import { benchImport, type Imported } from './import';
import { benchReanchor } from './reanchor';
import { benchReport } from './report';

const SECTIONS = ['import', 'reanchor', 'report'] as const;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench section: ${unknown.join(', ')}. Sections: ${SECTIONS.join(', ')} (none named: all).`);
  process.exit(1);
}
const runs = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);

const pages = loadCorpus();
// The other sections need the imported pages even when the import is not timed.
const imported = runs('import') ? await benchImport(pages) : await importUntimed(pages);
if (runs('reanchor')) benchReanchor(imported);
if (runs('report')) await benchReport(imported);

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
