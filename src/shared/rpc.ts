// The envelope every transport carries: a result, or an error with a code and a
// message. No raw exception crosses a process boundary.

import { api, METHODS, type ApiClient, type ApiHandlers, type Method } from './api';

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'import-failed',
  'not-a-workspace',
  'corrupt-workspace',
  'newer-schema',
  'unknown-method',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Envelope<T = unknown> =
  | { ok: true; result: T }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** An error meant for the user: its message says what went wrong and with what. */
export class ClaimdeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClaimdeskError';
  }
}

export function isMethod(name: string): name is Method {
  return Object.hasOwn(api, name);
}

/** Validates the input, runs the handler, and wraps whatever happens in an envelope. */
export async function dispatch(handlers: ApiHandlers, name: string, input: unknown): Promise<Envelope> {
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
    return { ok: false, error: toErrorBody(error) };
  }
}

function toErrorBody(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof ClaimdeskError) return { code: error.code, message: error.message };
  console.error(error);
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
      throw new ClaimdeskError(envelope.error.code, envelope.error.message);
    };
  }
  return client as ApiClient;
}
