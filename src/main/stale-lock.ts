// Telling the analyst that the case was taken over from a Claimdesk that had stopped
// with it open (a crash, a machine switched off): what was saved then is all there,
// but whatever that Claimdesk was doing when it stopped did not finish.

import { dialog, type BrowserWindow } from 'electron';
import type { LockHolder } from '../core/store';

export async function tellTookOver(window: BrowserWindow, holder: LockHolder | null): Promise<void> {
  if (holder === null) return;
  const what = holder.app === 'cli' ? 'A claimdesk command' : 'Claimdesk';
  await dialog.showMessageBox(window, {
    type: 'info',
    message: 'This case was left open by a Claimdesk that had stopped.',
    detail:
      `${what} (process ${holder.pid} on ${holder.host}) opened it at ${holder.since} and stopped without closing it. ` +
      'Claimdesk has taken the case over. Every change it saved is kept; an import or export it was running when it ' +
      'stopped did not finish: check the last things you did, and do them again if they are missing.',
  });
}
