// `npm run bench`: Claimdesk's import, re-anchoring, report and undo on real news pages,
// and its UI on a desk-scale case, each as a ratio against a baseline measured in the
// same run. `npm run bench -- ui` (or any section names) runs only those sections.

import { loadCorpus } from './corpus';
import { benchImport } from './import';
import { benchReanchor } from './reanchor';
import { benchReport } from './report';
import { benchUi } from './ui';

const SECTIONS = ['import', 'reanchor', 'report', 'ui'] as const;
type Section = (typeof SECTIONS)[number];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length) throw new Error(`Unknown bench section ${unknown.join(', ')}: the sections are ${SECTIONS.join(', ')}.`);
const runs = (section: Section) => asked.length === 0 || asked.includes(section);

if (runs('import') || runs('reanchor') || runs('report')) {
  const imported = await benchImport(loadCorpus());
  if (runs('reanchor')) await benchReanchor(imported);
  if (runs('report')) await benchReport(imported);
}
if (runs('ui')) await benchUi();
