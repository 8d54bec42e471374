// What the case folder holds, as opening it would find it: the snapshot with the
// journal's later edits, read without taking the case from the app that has it open.

import { readCase } from '../../src/core/store';
import type { CaseData } from '../../src/shared/model';

export function savedCase(caseDir: string): Promise<CaseData> {
  return readCase(caseDir);
}
