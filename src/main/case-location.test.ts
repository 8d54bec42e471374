import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, resetElectron } from './test-electron';
import { shippedDemoCase } from './case-location';

vi.mock('electron', () => import('./test-electron'));

beforeEach(resetElectron);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the shipped demo case', () => {
  it('is the sources’ data/demo-case in development', () => {
    expect(existsSync(join(shippedDemoCase(), 'claimdesk.json'))).toBe(true);
  });

  it('sits beside app.asar once installed, where the packaging configuration puts it', () => {
    app.isPackaged = true;
    vi.stubGlobal('process', { ...process, resourcesPath: join('/opt', 'Claimdesk', 'resources') });
    expect(shippedDemoCase()).toBe(join('/opt', 'Claimdesk', 'resources', 'demo-case'));
  });
});
