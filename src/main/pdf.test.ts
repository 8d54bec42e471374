import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, Session, printer, resetElectron, session } from './test-electron';
import { printPdfInElectron } from './pdf';

vi.mock('electron', () => import('./test-electron'));

beforeEach(resetElectron);

/** Prints `html` and returns the hidden window and private session it used. */
async function print(html = '<h1>Report</h1>') {
  const printSession = new Session();
  session.fromPartition.mockReturnValueOnce(printSession);
  const pdf = await printPdfInElectron(html);
  const window = BrowserWindow.created.at(-1);
  if (!window) throw new Error('No print window was created.');
  return { pdf, window, printSession };
}

describe('printing the report in Electron', () => {
  it('lays the report out in a hidden window with JavaScript off, sandboxed, without Node or DevTools', async () => {
    const { pdf, window } = await print();
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF-/);
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
  });

  it('uses a private session that refuses every request but the report itself, and every permission', async () => {
    const { window, printSession } = await print();
    expect(session.fromPartition).toHaveBeenCalledWith(expect.not.stringMatching(/^persist:/));
    const [filter] = printSession.webRequest.onBeforeRequest.mock.lastCall ?? [];
    const verdict = (url: string) => {
      const callback = vi.fn();
      filter({ url }, callback);
      return callback.mock.lastCall?.[0];
    };
    expect(verdict(window.webContents.getURL())).toEqual({ cancel: false });
    for (const url of ['https://tracker.example/pixel.png', 'file:///etc/passwd', `${window.webContents.getURL()}/../secret.html`]) {
      expect(verdict(url), url).toEqual({ cancel: true });
    }
    const [checkHandler] = printSession.setPermissionCheckHandler.mock.lastCall ?? [];
    expect(checkHandler(null, 'media')).toBe(false);
  });

  it('lets the report neither navigate nor open windows, and leaves no file or window behind', async () => {
    const { window } = await print();
    expect(window.webContents.navigate('https://news.example/')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://news.example/' })).toEqual({ action: 'deny' });
    expect(window.destroy).toHaveBeenCalled();
    expect(existsSync(fileURLToPath(window.webContents.getURL()))).toBe(false);
  });

  it('cleans up when printing fails', async () => {
    printer.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(print()).rejects.toThrow('printing failed');
    const window = BrowserWindow.created.at(-1);
    expect(window?.destroy).toHaveBeenCalled();
    expect(existsSync(fileURLToPath(window?.webContents.getURL() ?? 'file:///nonexistent'))).toBe(false);
  });
});
