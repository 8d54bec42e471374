// Every schema upgrade Claimdesk knows, one numbered file per step, oldest first.
//
// To change the shape of claimdesk.json: raise SCHEMA_VERSION in src/shared/model.ts, add
// a file here such as `001-claim-sources.ts` exporting a Migration with `from` set to the
// old version, list it below, and test it beside itself by building the old shape,
// migrating it and checking the data.

import { versionsAndLayout } from './001-versions-and-layout';
import { evidencePassages } from './002-evidence-passages';
import { journal } from './003-journal';
import { structuredSources } from './004-structured-sources';
import type { Migration } from './migrate';

export const MIGRATIONS: readonly Migration[] = [versionsAndLayout, evidencePassages, journal, structuredSources];

export { migrate, type Migration } from './migrate';
