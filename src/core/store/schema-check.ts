// Whether a value has a schema's shape, answered without building zod's copy of it. zod
// checks a value by making a new one, which for a desk-scale case means a million
// objects made and thrown away on every open: more time than the check itself. This
// turns the schema's definition into a plain test, once, that says only yes or no; the
// place of a problem is still found by zod, which is asked only when the answer is no.
//
// It must never say yes where zod says no: any part of a schema it does not know for
// certain (another kind of schema, another check) is handed to zod, which checks that
// part as it always would.

import type { z } from 'zod';

type Schema = z.ZodType;
type Test = (value: unknown) => boolean;
type Definition = Record<string, unknown> & { type: string };
type CheckDefinition = { check: string; value?: number; minimum?: number; inclusive?: boolean };

const compiled = new WeakMap<Schema, Test>();

/** True only if `schema.safeParse(value)` would succeed. */
export function conforms(schema: Schema, value: unknown): boolean {
  return testOf(schema)(value);
}

function testOf(schema: Schema): Test {
  let test = compiled.get(schema);
  if (!test) {
    test = compile(schema) ?? ((value) => schema.safeParse(value).success);
    compiled.set(schema, test);
  }
  return test;
}

/** The test for the schema, or null where zod must decide. */
function compile(schema: Schema): Test | null {
  const def = schema._zod.def as unknown as Definition;
  switch (def.type) {
    case 'object':
      return def.catchall === undefined ? objectTest(def.shape as Record<string, Schema>) : null;
    case 'array': {
      if (def.checks !== undefined) return null;
      const item = testOf(def.element as Schema);
      return (value) => Array.isArray(value) && value.every((element) => item(element));
    }
    case 'record': {
      const keyDef = (def.keyType as Schema)._zod.def as unknown as Definition;
      if (keyDef.type !== 'string' || keyDef.checks !== undefined || keyDef.format !== undefined) return null;
      const item = testOf(def.valueType as Schema);
      return (value) => isRecord(value) && Object.values(value).every((element) => item(element));
    }
    case 'nullable': {
      const inner = testOf(def.innerType as Schema);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const inner = testOf(def.innerType as Schema);
      return (value) => value === undefined || inner(value);
    }
    case 'string': {
      const least = def.format === undefined ? leastLength(def) : null;
      return least === null ? null : (value) => typeof value === 'string' && value.length >= least;
    }
    case 'number': {
      const within = def.format === undefined || def.format === 'safeint' ? boundsTest(def) : null;
      if (within === null) return null;
      const whole = def.format === 'safeint';
      return (value) => typeof value === 'number' && Number.isFinite(value) && (!whole || Number.isSafeInteger(value)) && within(value);
    }
    case 'enum': {
      const options = new Set(Object.values(def.entries as Record<string, unknown>));
      return (value) => options.has(value);
    }
    case 'literal': {
      const options = new Set(def.values as unknown[]);
      return (value) => options.has(value);
    }
    default:
      return null;
  }
}

function objectTest(shape: Record<string, Schema>): Test {
  const fields = Object.entries(shape).map(([key, field]) => ({ key, test: testOf(field) }));
  return (value) => {
    if (!isRecord(value)) return false;
    for (const { key, test } of fields) if (!test(value[key])) return false;
    return true;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checksOf(def: Definition): CheckDefinition[] {
  return ((def.checks as Array<{ _zod: { def: CheckDefinition } }> | undefined) ?? []).map((check) => check._zod.def);
}

/** A string's least length, 0 without one; null when it has another check. */
function leastLength(def: Definition): number | null {
  let least = 0;
  for (const check of checksOf(def)) {
    if (check.check !== 'min_length') return null;
    least = Math.max(least, check.minimum!);
  }
  return least;
}

/** A number's bounds as one test; null when it has another check. */
function boundsTest(def: Definition): ((value: number) => boolean) | null {
  const tests: Array<(value: number) => boolean> = [];
  for (const { check, value: bound, inclusive } of checksOf(def)) {
    if (check === 'greater_than') tests.push(inclusive ? (value) => value >= bound! : (value) => value > bound!);
    else if (check === 'less_than') tests.push(inclusive ? (value) => value <= bound! : (value) => value < bound!);
    else return null;
  }
  return (value) => tests.every((test) => test(value));
}
