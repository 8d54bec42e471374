import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, resetElectron } from './test-electron';
import { tellTookOver } from './stale-lock';

vi.mock('electron', () => import('./test-electron'));

beforeEach(resetElectron);

const window = () => new BrowserWindow() as unknown as ElectronWindow;

describe('a case taken over from a Claimdesk that had stopped', () => {
  it('is said so, naming the process that had it and since when', async () => {
    await tellTookOver(window(), { pid: 4242, host: 'desk-laptop', since: '2026-12-03T09:00:00.000Z', app: 'electron' });
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        type: 'info',
        message: 'This case was left open by a Claimdesk that had stopped.',
        detail: expect.stringMatching(/^Claimdesk \(process 4242 on desk-laptop\) opened it at 2026-12-03T09:00:00\.000Z/),
      }),
    );
  });

  it('is not mentioned when the case was closed properly', async () => {
    await tellTookOver(window(), null);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
