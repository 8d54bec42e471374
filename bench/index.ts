// `npm run bench`: Claimdesk's import, re-anchoring, report, undo and check-worthiness on
// real news pages, each as a ratio against a baseline measured in the same run.

import { loadCorpus } from './corpus';
import { benchCheckworthiness } from './checkworthiness';
import { benchImport } from './import';
import { benchReanchor } from './reanchor';
import { benchReport } from './report';

const imported = await benchImport(loadCorpus());
await benchReanchor(imported);
await benchReport(imported);
await benchCheckworthiness(imported);
