// What a readable claimdesk.json and article file look like. Checked when a case opens,
// so a damaged or hand-edited file is refused with the place it goes wrong, and before
// every save, so Claimdesk never writes a file it would refuse to open.

import { z } from 'zod';
import {
  ANCHOR_STATUSES,
  ARTICLE_FORMATS,
  BLOCK_KINDS,
  CLAIM_TYPES,
  CONFIDENCES,
  CREDIBILITIES,
  MARK_KINDS,
  RELATIONS,
  RELIABILITIES,
  SOURCE_KINDS,
  VERDICTS,
  type Article,
  type CaseData,
} from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { conforms } from './schema-check';

const id = z.string().min(1);
const offset = z.int().min(0);
const nullableText = z.string().nullable();

const workspace = z.object({
  id,
  name: z.string(),
  schemaVersion: z.int().min(0),
  analyst: z.string(),
  methodology: z.string(),
  createdAt: z.string(),
});

const articleSummary = z.object({
  id,
  title: z.string(),
  outlet: nullableText,
  byline: nullableText,
  url: nullableText,
  publishedAt: nullableText,
  importedAt: z.string(),
  format: z.enum(ARTICLE_FORMATS),
  fileName: nullableText,
  sha256: z.string(),
  wordCount: z.number(),
  language: nullableText,
  version: z.int().min(1),
  previousVersionId: id.nullable(),
  textFingerprint: z.string().optional(),
});

const doc = z.object({
  text: z.string(),
  blocks: z.array(
    z.object({
      kind: z.enum(BLOCK_KINDS),
      start: offset,
      end: offset,
      level: z.int().optional(),
      page: z.int().optional(),
    }),
  ),
  marks: z.array(z.object({ kind: z.enum(MARK_KINDS), start: offset, end: offset, href: z.string().optional() })),
});

const articleSchema = articleSummary.extend({ doc }) satisfies z.ZodType<Article>;

/**
 * What an article file must hold to be read: its id and its text. Its metadata is as
 * imported; the case's summary, which the analyst may have corrected, is what counts.
 */
const articleBody = z.object({ id, doc });
export type ArticleBody = z.infer<typeof articleBody>;

const claim = z.object({
  id,
  statement: z.string(),
  claimant: z.string(),
  type: z.enum(CLAIM_TYPES),
  tags: z.array(z.string()),
  verdict: z.enum(VERDICTS),
  confidence: z.enum(CONFIDENCES).nullable(),
  rationale: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const selector = z.object({
  position: z.object({ start: offset, end: offset }),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
});

const appearance = z.object({
  id,
  claimId: id,
  articleId: id,
  selector,
  status: z.enum(ANCHOR_STATUSES),
  createdAt: z.string(),
});

const personName = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  'dropping-particle': z.string().optional(),
  'non-dropping-particle': z.string().optional(),
  suffix: z.string().optional(),
});

const source = z.object({
  id,
  title: z.string(),
  url: nullableText,
  publisher: nullableText,
  author: nullableText,
  authors: z.array(personName),
  containerTitle: nullableText,
  cslType: nullableText,
  publishedAt: nullableText,
  accessedAt: nullableText,
  kind: z.enum(SOURCE_KINDS),
  reliability: z.enum(RELIABILITIES),
  notes: z.string(),
  articleId: id.nullable(),
});

const evidence = z.object({
  id,
  claimId: id,
  sourceId: id,
  relation: z.enum(RELATIONS),
  credibility: z.literal(CREDIBILITIES),
  excerpt: z.string(),
  passage: z.object({ articleId: id, selector }).nullable(),
  note: z.string(),
  createdAt: z.string(),
});

const layout = z.object({
  panes: z.array(
    z.object({
      tabs: z.array(id),
      active: id.nullable(),
      scroll: z.record(z.string(), z.number()),
      size: z.number().min(0).max(1),
      textScale: z.number().optional(),
    }),
  ),
  desk: z.object({ sidebarFolded: z.boolean(), inspectorFolded: z.boolean(), focus: z.literal([1, 2]).nullable() }).optional(),
});

const tag = z.object({ name: z.string(), color: z.string() });

const caseDataSchema = z.object({
  workspace,
  articles: z.array(articleSummary),
  claims: z.array(claim),
  appearances: z.array(appearance),
  sources: z.array(source),
  evidence: z.array(evidence),
  tags: z.array(tag),
  layout: layout.nullable(),
}) satisfies z.ZodType<CaseData>;

/** The shape of each kind of item, to check what an edit saves without checking the whole case. */
const entitySchemas = {
  workspace,
  article: articleSummary,
  claim,
  appearance,
  source,
  evidence,
  tag,
} as const;

/** What is wrong with what a change saves, e.g. `claim clm_1: verdict: Invalid option…`, or null. */
export function changeShapeProblem(change: { entity: keyof typeof entitySchemas; entityId: string; after: unknown }): string | null {
  if (change.after === null || conforms(entitySchemas[change.entity], change.after)) return null;
  const result = entitySchemas[change.entity].safeParse(change.after);
  return result.success ? null : `${change.entity} ${change.entityId}: ${describe(result.error)}`;
}

export function layoutShapeProblem(data: unknown): string | null {
  const result = layout.nullable().safeParse(data);
  return result.success ? null : describe(result.error);
}

/** Only as much as is needed to decide whether to open, upgrade or refuse a file. */
const versioned = z.object({ workspace: z.object({ schemaVersion: z.int().min(0) }) });

/** The shape an older claimdesk.json is known to have before it is migrated. */
export type VersionedData = z.infer<typeof versioned> & Record<string, unknown>;

/** Where `data` first differs from a case, e.g. `claims[3].verdict: Invalid option…`, or null if it is one. */
export function caseShapeProblem(data: unknown): string | null {
  if (conforms(caseDataSchema, data)) return null;
  const result = caseDataSchema.safeParse(data);
  return result.success ? null : describe(result.error);
}

export function articleShapeProblem(data: unknown): string | null {
  if (conforms(articleSchema, data)) return null;
  const result = articleSchema.safeParse(data);
  return result.success ? null : describe(result.error);
}

/** Returns `data` itself, not zod's copy, so fields a later version may add are kept. */
export function checkCaseData(data: unknown, file: string): CaseData {
  throwIfMisshapen(caseShapeProblem(data), file, 'a Claimdesk case');
  return data as CaseData;
}

export function checkArticleBody(data: unknown, file: string): ArticleBody {
  if (conforms(articleBody, data)) return data as ArticleBody;
  const result = articleBody.safeParse(data);
  throwIfMisshapen(result.success ? null : describe(result.error), file, 'a Claimdesk article');
  return data as ArticleBody;
}

export function checkVersioned(data: unknown, file: string): VersionedData {
  const result = versioned.safeParse(data);
  throwIfMisshapen(result.success ? null : describe(result.error), file, 'a Claimdesk case');
  return data as VersionedData;
}

function throwIfMisshapen(problem: string | null, file: string, what: string): void {
  if (problem === null) return;
  throw new ClaimdeskError(
    'corrupt-workspace',
    `${file} does not look like ${what} (${problem}). Claimdesk has not modified it.`,
  );
}

function describe(error: z.ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'unknown problem';
  const where = first.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    '',
  );
  const more = rest.length ? `, and ${rest.length} more problem${rest.length > 1 ? 's' : ''}` : '';
  return `${where || 'the whole file'}: ${first.message}${more}`;
}
