// Takes an older claimdesk.json forward one schema version at a time.

import { SCHEMA_VERSION } from '../../../shared/model';
import type { VersionedData } from '../case-shape';

export interface Migration {
  /** The schema version this step reads; it produces the next one. */
  from: number;
  /**
   * Takes the whole file one version forward. It may change `data` in place; it need not
   * set workspace.schemaVersion, migrate() does that.
   */
  up(data: VersionedData): VersionedData;
}

/**
 * Applies the steps from the data's version up to `to`, on a copy: the caller's data is
 * left as it was. Throws when a step is missing or fails.
 */
export function migrate(data: VersionedData, steps: readonly Migration[], to = SCHEMA_VERSION): VersionedData {
  let current = structuredClone(data);
  for (let version = current.workspace.schemaVersion; version < to; version++) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) throw new Error(`this version of Claimdesk has no upgrade from schema version ${version}`);
    current = step.up(current);
    current.workspace.schemaVersion = version + 1;
  }
  return current;
}
