// Test helper: a stand-in for the `electron` module, for src/main's unit tests (no
// Electron binary runs in the test process). It records what main asks of Electron and
// lets a test play the page, the user and the installer. In a test file:
//   vi.mock('electron', () => import('./test-electron'));
// then import what the test drives from './test-electron' and call resetElectron() before each test.

import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners of every Electron event
type Listener = (...args: any[]) => unknown;

/** What a window-open handler sees and answers. */
export interface WindowOpen {
  url: string;
}
export type WindowOpenHandler = (details: WindowOpen) => { action: 'allow' | 'deny' };

/** A navigation event: `prevented` says whether main refused it. */
export class NavigationEvent {
  prevented = false;
  preventDefault(): void {
    this.prevented = true;
  }
}

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** What every window's printToPDF answers, so a test can make the next print fail. */
export const printer = {
  printToPDF: vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4 stand-in')),
};

export class WebContents extends Emitter {
  url = '';
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  readonly printToPDF = (options: unknown) => printer.printToPDF(options);

  getURL(): string {
    return this.url;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** The page asks to navigate to `url`; returns whether main refused. */
  navigate(url: string): boolean {
    const event = new NavigationEvent();
    this.emit('will-navigate', event, url);
    return event.prevented;
  }
}

interface WindowOptions {
  webPreferences?: Record<string, unknown>;
  [option: string]: unknown;
}

export class BrowserWindow extends Emitter {
  /** Every window created since the last reset, in order. */
  static created: BrowserWindow[] = [];
  readonly webContents = new WebContents();
  readonly show = vi.fn();
  readonly destroy = vi.fn();
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  readonly loadFile = vi.fn(async (file: string) => {
    this.webContents.url = pathToFileURL(file).href;
  });

  constructor(readonly options: WindowOptions = {}) {
    super();
    BrowserWindow.created.push(this);
  }
}

export class Session {
  readonly webRequest = { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() };
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
}

export const session = {
  defaultSession: new Session(),
  fromPartition: vi.fn((_partition: string) => new Session()),
};

type IpcHandler = (event: { senderFrame: unknown }, input: unknown) => unknown;

export const ipcMain = {
  handlers: new Map<string, IpcHandler>(),
  handle(channel: string, handler: IpcHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  /** A call from a page whose frame is `senderFrame`, as ipcRenderer.invoke makes it. */
  async invoke(channel: string, senderFrame: unknown, input?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame }, input);
  },
};

export const app = {
  /** Flip to play an installed build. */
  isPackaged: false,
  getVersion: () => '0.0.0-test',
  getPath: vi.fn((_name: string) => '/nonexistent/user-data'),
  getAppPath: () => process.cwd(),
  on: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  quit: vi.fn(),
  exit: vi.fn(),
};

export const dialog = {
  /** The user's answer to a message box: 1 is Cancel in every box main shows. */
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showErrorBox: vi.fn(),
};

/**
 * The system's secret store: seals by reversing and encoding, so a test can tell a sealed
 * secret from the plain one. `available` plays a system without one.
 */
export const safeStorage = {
  available: true,
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  encryptString: (plain: string): Buffer => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
  decryptString: (sealed: Buffer): string => [...sealed.toString().replace(/^sealed:/, '')].reverse().join(''),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

/** A menu item as main describes it (Electron's MenuItemConstructorOptions, the parts tests read). */
export interface MenuItemTemplate {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export const Menu = {
  buildFromTemplate: vi.fn((template: MenuItemTemplate[]) => ({ template })),
  setApplicationMenu: vi.fn(),
  /** The template of the menu main installed last. */
  installed(): MenuItemTemplate[] {
    const menu = this.setApplicationMenu.mock.lastCall?.[0] as { template: MenuItemTemplate[] } | undefined;
    if (!menu) throw new Error('No application menu was installed.');
    return menu.template;
  },
};

/** Forgets every window, handler and call, and plays a development build. */
export function resetElectron(): void {
  vi.resetAllMocks();
  BrowserWindow.created = [];
  ipcMain.handlers.clear();
  app.isPackaged = false;
  safeStorage.available = true;
  session.defaultSession = new Session();
}
