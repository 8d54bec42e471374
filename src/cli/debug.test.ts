// A fault in Claimdesk itself, as the CLI shows it: the message always, the stack only with --debug.

import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run';

vi.mock('./client', () => ({
  withCase: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'claims')");
  },
}));

async function claimdesk(...argv: string[]) {
  const err: string[] = [];
  const code = await runCli(argv, { log: () => undefined, error: (...parts: unknown[]) => err.push(parts.join(' ')) });
  return { code, stderr: err.join('\n') };
}

describe('an unexpected error on the command line', () => {
  it('prints the message and how to see more, without a stack', async () => {
    const { code, stderr } = await claimdesk('claims', '/cases/embassy');
    expect(code).toBe(1);
    expect(stderr).toContain("claimdesk claims: Cannot read properties of undefined (reading 'claims')");
    expect(stderr).toContain('add --debug to see where it happened');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the stack with --debug, wherever the flag is', async () => {
    for (const argv of [['--debug', 'claims', '/cases/embassy'], ['claims', '/cases/embassy', '--debug']]) {
      const { code, stderr } = await claimdesk(...argv);
      expect(code).toBe(1);
      expect(stderr).toMatch(/TypeError: Cannot read properties[^\n]*\n\s+at /);
    }
  });
});
