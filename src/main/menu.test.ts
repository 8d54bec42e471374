import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecentCase } from '../shared/api';
import { MENU_COMMAND_CHANNEL } from '../shared/methods';
import { BrowserWindow, Menu, app, dialog, resetElectron, type MenuItemTemplate } from './test-electron';
import { installMenu } from './menu';

vi.mock('electron', () => import('./test-electron'));

/** Each menu item that hands its action to the renderer, by label, with the command id it must send. */
const RENDERER_COMMANDS = {
  'Open Shared Case…': 'open-shared',
  'Share Case…': 'share',
  Sync: 'sync',
  'Conflicts…': 'conflicts',
  'Import Files…': 'import',
  'Import Folder…': 'import-folder',
  'Paste Article…': 'paste',
  'Import Annotations…': 'import-annotations',
  'Export Report…': 'export',
  'Case Settings…': 'case-settings',
  Undo: 'undo',
  Redo: 'redo',
  'History of Changes': 'history',
  'Find in Case': 'search',
  'Command Palette': 'palette',
  'Source Library': 'sources',
  Tags: 'tags',
  'Report Preview': 'report-preview',
  'Open in New Pane': 'split',
  'Case Sidebar': 'fold-sidebar',
  'Claims and Inspector': 'fold-inspector',
  'Focus Mode': 'focus-mode',
  'Focus on Two Panes': 'focus-two',
  'Larger Text in Pane': 'text-larger',
  'Smaller Text in Pane': 'text-smaller',
  'Usual Text Size in Pane': 'text-reset',
  'Keyboard Shortcuts': 'shortcuts',
};
/** Handled in main: they open another case. */
const CASE_ITEMS = ['New Case…', 'Open Case…', 'Close Case'];

beforeEach(resetElectron);

function install(recent: RecentCase[] = []) {
  const window = new BrowserWindow();
  const cases = {
    open: vi.fn(async (_dir: string) => undefined),
    create: vi.fn(async (_dir: string) => undefined),
    close: vi.fn(async () => undefined),
  };
  installMenu(window as unknown as ElectronWindow, cases, recent);
  return { window, cases, openCase: cases.open, items: flatten(Menu.installed()) };
}

function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function item(items: MenuItemTemplate[], label: string): MenuItemTemplate & { click: () => void } {
  const found = items.find((candidate) => candidate.label === label);
  if (!found?.click) throw new Error(`No menu item "${label}" to click.`);
  return found as MenuItemTemplate & { click: () => void };
}

/** Lets a dialog's answer, and what main does with it, settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the application menu', () => {
  it('sends each command to the page under its own id', () => {
    const { window, items } = install();
    const sent: Record<string, unknown> = {};
    for (const clickable of items.filter((candidate) => candidate.click && !CASE_ITEMS.includes(candidate.label ?? ''))) {
      window.webContents.send.mockClear();
      clickable.click?.();
      expect(window.webContents.send).toHaveBeenCalledTimes(1);
      const [channel, id] = window.webContents.send.mock.lastCall ?? [];
      expect(channel).toBe(MENU_COMMAND_CHANNEL);
      sent[clickable.label ?? '?'] = id;
    }
    expect(sent).toEqual(RENDERER_COMMANDS);
  });

  it('sends only commands the renderer’s command registry defines', async () => {
    // The registry is Svelte state that runs in the page only; its ids are read from its source.
    const registry = await readFile(join(import.meta.dirname, '../renderer/state/commands.svelte.ts'), 'utf8');
    const defined = new Set([...registry.matchAll(/\bid: '([a-z-]+)'/g)].map((match) => match[1]));
    expect(Object.values(RENDERER_COMMANDS).filter((id) => !defined.has(id))).toEqual([]);
  });

  it('leaves Undo and Redo keys to the page, which tells typing from case edits', () => {
    const { items } = install();
    expect(item(items, 'Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(item(items, 'Redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    expect(item(items, 'Export Report…')).not.toHaveProperty('registerAccelerator', false);
  });

  it('leaves Mod+Plus and Mod+Minus to the page, which sizes the focused pane’s text', () => {
    const { items } = install();
    expect(item(items, 'Larger Text in Pane')).toMatchObject({ accelerator: 'CmdOrCtrl+=', registerAccelerator: false });
    expect(items.find((candidate) => candidate.role === 'zoomIn')?.accelerator).toBe('CmdOrCtrl+Alt+=');
  });

  it('has a DevTools item, and so its shortcut, in development only', () => {
    expect(install().items.filter((candidate) => candidate.role === 'toggleDevTools')).toHaveLength(1);
    app.isPackaged = true;
    expect(install().items.filter((candidate) => /devtools/i.test(`${candidate.role} ${candidate.label}`))).toEqual([]);
  });
});

describe('opening and creating cases from the menu', () => {
  it('opens the folder the user picks, and nothing when they cancel', async () => {
    const { items, openCase } = install();
    item(items, 'Open Case…').click();
    await settle();
    expect(openCase).not.toHaveBeenCalled();

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/cases/kestria'] });
    item(items, 'Open Case…').click();
    await settle();
    expect(openCase).toHaveBeenCalledWith('/cases/kestria');
  });

  it('creates the new case where the user says', async () => {
    const { items, cases } = install();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/cases/Kestria embassy' });
    item(items, 'New Case…').click();
    await vi.waitFor(() => expect(cases.create).toHaveBeenCalledWith('/cases/Kestria embassy'));
  });

  it('lists the recent cases with their folders, and opens the one chosen', () => {
    const recent = [
      { dir: '/cases/kestria', name: 'Kestria', openedAt: '2026-12-03T10:00:00Z' },
      { dir: '/archive/kestria', name: 'Kestria', openedAt: '2026-11-03T10:00:00Z' },
    ];
    const { items, cases } = install(recent);
    item(items, 'Kestria — /archive/kestria').click();
    expect(cases.open).toHaveBeenCalledWith('/archive/kestria');
    expect(install().items.find((candidate) => candidate.label === 'No Recent Cases')).toMatchObject({ enabled: false });
  });

  it('closes the case from the File menu', () => {
    const { items, cases } = install();
    item(items, 'Close Case').click();
    expect(cases.close).toHaveBeenCalled();
  });
});
