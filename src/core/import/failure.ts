import { ClaimdeskError } from '../../shared/rpc';

/** An import error for the user: which file, and what is wrong with it in plain words. */
export function importFailure(fileName: string, problem: string): ClaimdeskError {
  return new ClaimdeskError('import-failed', `${fileName}: ${problem}`);
}
