// The application menu: case files, standard editing, view. DevTools only in development.

import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { createCase } from '../core/service';
import { MENU_COMMAND_CHANNEL } from '../shared/methods';
import { isDevelopment } from './app-page';

export function installMenu(window: BrowserWindow, openCase: (dir: string) => Promise<void>): void {
  const isMac = process.platform === 'darwin';
  // The renderer owns these actions (its command registry); the menu only names them.
  const command = (label: string, id: string, accelerator?: string, registerAccelerator = true): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
    click: () => window.webContents.send(MENU_COMMAND_CHANNEL, id),
  });
  // Shown but left to the page: there Mod+Z undoes typing in a text field and the last
  // edit of the case elsewhere, which only the renderer can tell apart.
  const pageKey = (label: string, id: string, accelerator: string) => command(label, id, accelerator, false);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Case…', accelerator: 'CmdOrCtrl+Shift+N', click: () => void newCase(window, openCase) },
        { label: 'Open Case…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void pickCase(window, openCase) },
        command('Open Shared Case…', 'open-shared'),
        { type: 'separator' },
        command('Share Case…', 'share'),
        command('Sync', 'sync'),
        command('Conflicts…', 'conflicts'),
        { type: 'separator' },
        command('Import Files…', 'import', 'CmdOrCtrl+O'),
        command('Import Folder…', 'import-folder'),
        command('Paste Article…', 'paste'),
        command('Import Annotations…', 'import-annotations'),
        { type: 'separator' },
        command('Export Report…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('Case Settings…', 'case-settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        pageKey('Undo', 'undo', 'CmdOrCtrl+Z'),
        pageKey('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('History of Changes', 'history'),
      ],
    },
    {
      label: 'View',
      submenu: [
        command('Find in Case', 'search', 'CmdOrCtrl+F'),
        command('Command Palette', 'palette', 'CmdOrCtrl+K'),
        command('Source Library', 'sources'),
        command('Tags', 'tags'),
        command('Report Preview', 'report-preview', 'CmdOrCtrl+Shift+P'),
        command('Open in New Pane', 'split', 'CmdOrCtrl+\\'),
        { type: 'separator' },
        command('Case Sidebar', 'fold-sidebar', 'CmdOrCtrl+B'),
        command('Claims and Inspector', 'fold-inspector', 'CmdOrCtrl+Alt+B'),
        command('Focus Mode', 'focus-mode', 'CmdOrCtrl+Shift+F'),
        command('Focus on Two Panes', 'focus-two'),
        { type: 'separator' },
        // The page's own keys: Mod+Plus and Mod+Minus size the text of the focused pane.
        pageKey('Larger Text in Pane', 'text-larger', 'CmdOrCtrl+='),
        pageKey('Smaller Text in Pane', 'text-smaller', 'CmdOrCtrl+-'),
        pageKey('Usual Text Size in Pane', 'text-reset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        { role: 'reload' },
        // Its shortcut exists only through this item: an installed build has neither.
        ...(isDevelopment() ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        // The whole window's zoom, on keys of its own: Mod+Plus is the pane's text size.
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+Alt+0' },
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+Alt+=' },
        { role: 'zoomOut', accelerator: 'CmdOrCtrl+Alt+-' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [command('Keyboard Shortcuts', 'shortcuts')] },
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
