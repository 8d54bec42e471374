// The desk of a process that serves one case and never another (the command line, and
// the endpoint through which the command line reaches the app's case): it names the
// case and refuses to switch.

import type { ApiHandlers } from '../../shared/api';
import { ClaimdeskError } from '../../shared/rpc';
import type { CaseStore } from '../store';

type DeskHandlers = Pick<ApiHandlers, 'getDesk' | 'openCase' | 'newCase' | 'closeCase' | 'cloneSharedCase'>;

export function singleCaseDesk(store: CaseStore): DeskHandlers {
  const refuse = async (): Promise<never> => {
    throw new ClaimdeskError('forbidden', 'This connection serves one case and cannot open another: switch cases in the app.');
  };
  return {
    getDesk: async () => ({ open: { dir: store.dir, name: store.data.workspace.name }, recent: [], folderDialog: false, canSwitch: false }),
    openCase: refuse,
    newCase: refuse,
    closeCase: refuse,
    cloneSharedCase: refuse,
  };
}
