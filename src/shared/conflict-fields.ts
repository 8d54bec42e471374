// The fields an analyst may write by hand to settle a conflict, besides taking mine or
// theirs: what the Conflicts view offers (a text box, or a list of the allowed values)
// and what the service accepts. Lists of items, positions in a text and references to
// other items are not written by hand: for them only mine or theirs.

import { CLAIM_TYPES, CONFIDENCES, CREDIBILITIES, RELATIONS, RELIABILITIES, SOURCE_KINDS, VERDICTS, type EntityKind } from './model';
import { CLAIM_TYPE_LABELS, CREDIBILITY_SCALE, RELATION_LABELS, RELIABILITY_SCALE, SOURCE_KIND_LABELS, VERDICT_SCALE } from './scales';

export type FieldValue = string | number | null;

export interface Choice {
  value: FieldValue;
  label: string;
}

export type FieldInput =
  | {
      kind: 'text';
      /** A paragraph or more (a rationale, notes) rather than a line. */
      multiline: boolean;
      /** Empty is refused (a claim's statement, a title). */
      required: boolean;
      /** Empty is stored as null, as the forms store an empty URL or outlet. */
      nullable: boolean;
      max: number;
    }
  | { kind: 'choice'; choices: readonly Choice[] };

type TextInput = Extract<FieldInput, { kind: 'text' }>;

const line = (options: { required?: boolean; nullable?: boolean; max?: number; multiline?: boolean } = {}): TextInput => ({
  kind: 'text',
  multiline: options.multiline ?? false,
  required: options.required ?? false,
  nullable: options.nullable ?? false,
  max: options.max ?? 2_000,
});
const paragraphs: TextInput = { kind: 'text', multiline: true, required: false, nullable: false, max: 200_000 };
const choice = (choices: readonly Choice[]): FieldInput => ({ kind: 'choice', choices });
const labelled = <T extends string | number>(values: readonly T[], label: (value: T) => string): Choice[] =>
  values.map((value) => ({ value, label: label(value) }));

const CONFIDENCE_LABELS = { low: 'Low', moderate: 'Moderate', high: 'High' } as const;

const FIELD_INPUTS: Partial<Record<EntityKind, Record<string, FieldInput>>> = {
  claim: {
    statement: line({ required: true, max: 20_000, multiline: true }),
    claimant: line({ max: 500 }),
    type: choice(labelled(CLAIM_TYPES, (value) => CLAIM_TYPE_LABELS[value])),
    verdict: choice(labelled(VERDICTS, (value) => VERDICT_SCALE[value].label)),
    confidence: choice([{ value: null, label: 'Not set' }, ...labelled(CONFIDENCES, (value) => CONFIDENCE_LABELS[value])]),
    rationale: paragraphs,
  },
  source: {
    title: line({ required: true, max: 1_000 }),
    url: line({ nullable: true }),
    publisher: line({ nullable: true }),
    author: line({ nullable: true }),
    containerTitle: line({ nullable: true }),
    publishedAt: line({ nullable: true, max: 100 }),
    accessedAt: line({ nullable: true, max: 100 }),
    kind: choice(labelled(SOURCE_KINDS, (value) => SOURCE_KIND_LABELS[value])),
    reliability: choice(labelled(RELIABILITIES, (value) => `${value}: ${RELIABILITY_SCALE[value].label}`)),
    notes: paragraphs,
  },
  evidence: {
    relation: choice(labelled(RELATIONS, (value) => RELATION_LABELS[value])),
    credibility: choice(labelled(CREDIBILITIES, (value) => `${value}: ${CREDIBILITY_SCALE[value].label}`)),
    excerpt: paragraphs,
    note: paragraphs,
  },
  article: {
    title: line({ required: true, max: 1_000 }),
    outlet: line({ nullable: true }),
    byline: line({ nullable: true }),
    url: line({ nullable: true }),
    publishedAt: line({ nullable: true, max: 100 }),
  },
  workspace: {
    name: line({ required: true, max: 500 }),
    methodology: paragraphs,
  },
};

/** How a conflicting field is written by hand; null when only mine or theirs can settle it. */
export function fieldInput(entity: EntityKind, field: string | null): FieldInput | null {
  return field === null ? null : (FIELD_INPUTS[entity]?.[field] ?? null);
}

export type Checked = { ok: true; value: FieldValue } | { ok: false; problem: string };

/**
 * The value as the field stores it, or what is wrong with it. A choice is matched by its
 * value in any letter case, or its label (the command line passes both as text).
 */
export function checkFieldValue(input: FieldInput, given: unknown): Checked {
  if (input.kind === 'choice') {
    const wanted = given === null || given === '' ? null : String(given).trim().toLowerCase();
    const found = input.choices.find((option) => (option.value === null ? wanted === null : String(option.value).toLowerCase() === wanted || option.label.toLowerCase() === wanted));
    if (found) return { ok: true, value: found.value };
    const allowed = input.choices.map((option) => (option.value === null ? 'empty' : String(option.value))).join(', ');
    return { ok: false, problem: `must be one of ${allowed}` };
  }
  if (given !== null && typeof given !== 'string') return { ok: false, problem: 'must be text' };
  const text = given ?? '';
  if (text.length > input.max) return { ok: false, problem: `is longer than the ${input.max.toLocaleString('en')} characters it holds` };
  if (text.trim() === '') {
    if (input.required) return { ok: false, problem: 'cannot be empty' };
    return { ok: true, value: input.nullable ? null : '' };
  }
  return { ok: true, value: input.required ? text.trim() : text };
}
