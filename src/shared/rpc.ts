// The envelope every transport carries: a result, or an error with a code and a
// message. No raw exception crosses a process boundary.

import { api, METHODS, type ApiClient, type ApiHandlers, type Method } from './api';
import { fileSystemMessage } from './fs-errors';

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'import-failed',
  /**
   * Already in the case: the same bytes (the error's subject is the article holding
   * them), or a tag of the same name.
   */
  'duplicate',
  'not-a-workspace',
  'corrupt-workspace',
  'newer-schema',
  'unknown-method',
  /** Something the request needs is not on this machine, such as a Chromium to print PDF. */
  'unavailable',
  /** Another process has the case open for writing; the message names it. */
  'case-locked',
  /** A file of the case was changed by another program while it was open; nothing was saved over it. */
  'changed-on-disk',
  /** The caller is not one the app answers: a page other than its own. */
  'forbidden',
  /** A git remote asks for a user name and token that were not given, or refused those given: ask and try again. */
  'credentials-needed',
  /** The disk said no: permissions, space, a read-only volume, a file in use. The message names the file. */
  'file-system',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What an error is about, when callers need more than its words: a duplicate's twin. */
export interface ErrorSubject {
  id: string;
  title: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  subject?: ErrorSubject;
}

export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ErrorBody };

/** An error meant for the user: its message says what went wrong and with what. */
export class ClaimdeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly subject?: ErrorSubject,
  ) {
    super(message);
    this.name = 'ClaimdeskError';
  }
}

export function isMethod(name: string): name is Method {
  return Object.hasOwn(api, name);
}

/** Where an error that is not the user's to fix goes, stack and all: a log, or nowhere. */
export type UnexpectedErrorLog = (error: unknown) => void;

/** Validates the input, runs the handler, and wraps whatever happens in an envelope. */
export async function dispatch(
  handlers: ApiHandlers,
  name: string,
  input: unknown,
  logUnexpected: UnexpectedErrorLog = console.error,
): Promise<Envelope> {
  try {
    if (!isMethod(name)) throw new ClaimdeskError('unknown-method', `There is no API method "${name}".`);
    const parsed = api[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      throw new ClaimdeskError('invalid-input', `Invalid input to ${name}${where}: ${issue?.message ?? 'rejected'}.`);
    }
    const handler = handlers[name] as (params: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error, logUnexpected) };
  }
}

function toErrorBody(error: unknown, logUnexpected: UnexpectedErrorLog): ErrorBody {
  if (error instanceof ClaimdeskError) {
    const { code, message, subject } = error;
    return subject ? { code, message, subject } : { code, message };
  }
  const fileSystem = fileSystemMessage(error);
  if (fileSystem !== null) return { code: 'file-system', message: fileSystem };
  logUnexpected(error);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

export type Send = (method: Method, input: unknown) => Promise<Envelope>;

/** Builds the typed client from any transport that carries envelopes. */
export function createClient(send: Send): ApiClient {
  const client = {} as Record<Method, (input: unknown) => Promise<unknown>>;
  for (const name of METHODS) {
    client[name] = async (input) => {
      const envelope = await send(name, input);
      if (envelope.ok) return envelope.result;
      const { code, message, subject } = envelope.error;
      throw new ClaimdeskError(code, message, subject);
    };
  }
  return client as ApiClient;
}
