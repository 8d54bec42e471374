// What every CLI command is: a name, its usage, its options, and a run function that
// returns something to print as text, or as JSON with --json.

import type { ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface Outcome {
  /** Printed with --json. */
  json: unknown;
  /** Printed otherwise. */
  text: string;
  /** For a command that ran but did not wholly succeed, such as an import with failed files; 0 without it. */
  exitCode?: number;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Options;
  /** How many positionals the command takes at least. */
  positionals: number;
  run(args: Parsed): Promise<Outcome | void>;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export function requireString(args: Parsed, name: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required.`);
  return value;
}

export function optionalString(args: Parsed, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function optionalInteger(args: Parsed, name: string): number | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number)) throw new UsageError(`--${name} must be a whole number, not "${value}".`);
  return number;
}

export function stringList(args: Parsed, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/** An option whose value must be one of a fixed list, such as a verdict or a grade; any letter case. */
export function optionalChoice<T extends string | number>(args: Parsed, name: string, allowed: readonly T[]): T | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  const choice = allowed.find((candidate) => String(candidate).toLowerCase() === value.toLowerCase());
  if (choice === undefined) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
  return choice;
}

export function requireChoice<T extends string | number>(args: Parsed, name: string, allowed: readonly T[]): T {
  requireString(args, name);
  return optionalChoice(args, name, allowed)!;
}
