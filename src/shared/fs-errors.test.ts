import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from './api';
import { fileSystemMessage } from './fs-errors';
import { dispatch } from './rpc';

/** An error as Node gives it; the CLI's tests provoke real ones. Most cannot be provoked on every machine (tests may run as root). */
function nodeError(code: string, path: string, syscall = 'open'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, ${syscall} '${path}'`), { code, path, syscall, errno: -1 });
}

/** What happened, and what to do about it, for each errno. */
const EXPECTED: Array<[string, RegExp, RegExp]> = [
  ['EACCES', /Permission denied/, /Give your user account access/],
  ['EPERM', /Permission denied/, /Give your user account access/],
  ['ENOSPC', /disk is full/, /Free some space/],
  ['EROFS', /read-only/, /Copy the case folder somewhere writable/],
  ['EISDIR', /is a folder where Claimdesk expected a file/, /Choose a file/],
  ['ENOENT', /does not exist/, /Check the path/],
  ['EMFILE', /Too many files are open/, /Close some programs/],
  ['ENOTDIR', /is a file where a folder was expected/, /Check the path/],
  ['EEXIST', /already exists/, /Choose another name/],
  ['EBUSY', /in use by another program/, /Close that program/],
];

describe('file-system errors in words', () => {
  it.each(EXPECTED)('explains %s, names the file and says what to do', (code, what, todo) => {
    const message = fileSystemMessage(nodeError(code, '/cases/embassy/claimdesk.json'));
    expect(message).toMatch(what);
    expect(message).toMatch(todo);
    expect(message).toContain('"/cases/embassy/claimdesk.json"');
  });

  it('says whether reading or changing the file was refused', () => {
    expect(fileSystemMessage(nodeError('EACCES', '/a', 'scandir'))).toContain('may not read "/a"');
    expect(fileSystemMessage(nodeError('EACCES', '/a', 'rename'))).toContain('may not change "/a"');
  });

  it('leaves alone what is not a file-system error', () => {
    expect(fileSystemMessage(new TypeError('x is undefined'))).toBeNull();
    expect(fileSystemMessage(Object.assign(new Error('bad'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeNull();
    expect(fileSystemMessage('EACCES')).toBeNull();
  });
});

describe('the API envelope', () => {
  it('carries a file-system error as its explanation, not as an unexpected error with a stack', async () => {
    const logUnexpected = vi.fn();
    const handlers = { getCase: () => Promise.reject(nodeError('ENOSPC', '/cases/embassy/claimdesk.json', 'write')) } as unknown as ApiHandlers;
    const envelope = await dispatch(handlers, 'getCase', {}, logUnexpected);
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'file-system', message: expect.stringMatching(/^The disk is full: Claimdesk could not write "\/cases\/embassy\/claimdesk.json"/) },
    });
    expect(logUnexpected).not.toHaveBeenCalled();
  });

  it('still logs a true fault, and says it is unexpected', async () => {
    const logUnexpected = vi.fn();
    const handlers = { getCase: () => Promise.reject(new TypeError('x is undefined')) } as unknown as ApiHandlers;
    const envelope = await dispatch(handlers, 'getCase', {}, logUnexpected);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal', message: 'Unexpected error: x is undefined' } });
    expect(logUnexpected).toHaveBeenCalledOnce();
  });
});
