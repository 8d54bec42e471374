// `npm run bench`: Claimdesk's import and re-anchoring on real news pages, each as a
// ratio against a well-known baseline measured in the same run.

import { loadCorpus } from './corpus';
import { benchImport } from './import';
import { benchReanchor } from './reanchor';

const imported = await benchImport(loadCorpus());
await benchReanchor(imported);
