// Test helper: the JSON Schemas the tests hold for the standards Claimdesk exports
// (schema.org ClaimReview, W3C Web Annotation), compiled into validators.

import { readFileSync } from 'node:fs';
import { z } from 'zod';

function load(name: string): z.ZodType {
  return z.fromJSONSchema(JSON.parse(readFileSync(new URL(`./${name}.schema.json`, import.meta.url), 'utf8')) as z.core.JSONSchema.JSONSchema);
}

export const CLAIMREVIEW_SCHEMA = load('claimreview');
export const WEB_ANNOTATION_SCHEMA = load('web-annotation');

/** The first problem found, or null: a readable failure beats `false`. */
export function problemsOf(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : z.prettifyError(result.error);
}
