// The application menu: case files, standard editing, view. DevTools only in development.

import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { RecentCase } from '../shared/api';
import { MENU_COMMAND_CHANNEL } from '../shared/methods';
import { isDevelopment } from './app-page';

/** What the case items do, in main: they change the case the window shows. */
export interface CaseActions {
  open(dir: string): Promise<void>;
  create(dir: string): Promise<void>;
  close(): Promise<void>;
}

/** Installs the menu; installed again whenever the recent cases change. */
export function installMenu(window: BrowserWindow, cases: CaseActions, recent: readonly RecentCase[] = []): void {
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
        { label: 'New Case…', accelerator: 'CmdOrCtrl+Shift+N', click: () => void newCase(window, cases) },
        { label: 'Open Case…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void openCase(window, cases) },
        { label: 'Open Recent', submenu: recentItems(recent, cases) },
        { label: 'Close Case', click: () => void cases.close() },
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

function recentItems(recent: readonly RecentCase[], cases: CaseActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Cases', enabled: false }];
  // The folder beside the name: two cases may share a name.
  return recent.map((entry) => ({ label: `${entry.name} — ${entry.dir}`, click: () => void cases.open(entry.dir) }));
}

/** The folder dialog: an existing case folder to open, or where to create a new one; null when cancelled. */
export async function askForCaseFolder(window: BrowserWindow, purpose: 'open' | 'new'): Promise<string | null> {
  if (purpose === 'open') {
    const { canceled, filePaths } = await dialog.showOpenDialog(window, { title: 'Open Case', properties: ['openDirectory'] });
    return canceled ? null : (filePaths[0] ?? null);
  }
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    title: 'New Case',
    buttonLabel: 'Create Case',
    nameFieldLabel: 'Case folder',
    properties: ['createDirectory'],
  });
  return canceled ? null : (filePath ?? null);
}

async function openCase(window: BrowserWindow, cases: CaseActions): Promise<void> {
  const dir = await askForCaseFolder(window, 'open');
  if (dir) await cases.open(dir);
}

async function newCase(window: BrowserWindow, cases: CaseActions): Promise<void> {
  const dir = await askForCaseFolder(window, 'new');
  if (dir) await cases.create(dir);
}
