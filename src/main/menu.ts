// The application menu: case files, standard editing, view.

import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { createCase } from '../core/service';

export function installMenu(window: BrowserWindow, openCase: (dir: string) => Promise<void>): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Case…', accelerator: 'CmdOrCtrl+Shift+N', click: () => void newCase(window, openCase) },
        { label: 'Open Case…', accelerator: 'CmdOrCtrl+O', click: () => void pickCase(window, openCase) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function pickCase(window: BrowserWindow, openCase: (dir: string) => Promise<void>): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: 'Open Case',
    properties: ['openDirectory'],
  });
  const dir = filePaths[0];
  if (!canceled && dir) await openCase(dir);
}

async function newCase(window: BrowserWindow, openCase: (dir: string) => Promise<void>): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    title: 'New Case',
    buttonLabel: 'Create Case',
    nameFieldLabel: 'Case folder',
    properties: ['createDirectory'],
  });
  if (canceled || !filePath) return;
  try {
    await createCase(filePath, { name: filePath.split(/[\\/]/).pop() ?? 'New case' });
    await openCase(filePath);
  } catch (error) {
    await dialog.showMessageBox(window, {
      type: 'error',
      message: 'Could not create the case.',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}
