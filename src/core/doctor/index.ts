// `claimdesk doctor`: checks a case for broken references, duplicated ids and damaged
// files, and repairs what it safely can.

export { diagnoseCase, repairCase, type Diagnosis, type RepairReport } from './folder';
export { PROBLEM_KINDS, type Problem, type ProblemKind, type Repair } from './problems';
