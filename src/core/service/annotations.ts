// Importing W3C Web Annotations (or a Hypothesis export) onto the case's articles: each
// annotation whose target is an article here and whose quote is found in its text
// becomes an appearance of a new claim. Nothing is guessed: an annotation on another
// page, or whose words are not in the article, is reported and left out.

import type { AnnotationImportResult, AnnotationOutcome, Params } from '../../shared/api';
import { ANNOTATION_OUTCOMES } from '../../shared/api';
import type { Appearance, ArticleSummary, Claim, Id, Selector } from '../../shared/model';
import { normalizeQuote, selectorFor } from '../../shared/selector';
import { resolveSelector } from '../anchor';
import { readAnnotations, verdictNamed, type ReadAnnotation } from '../interchange/annotation-read';
import { SHA256_URN_PREFIX } from '../report/identifiers';
import { newId } from '../store';
import type { ServiceContext } from './context';
import { urlKey } from './normalize';
import { ensureTags, uniqueTags } from './tags';

interface Placed {
  index: number;
  read: ReadAnnotation;
  articleId: Id;
  selector: Selector;
  status: 'anchored' | 'fuzzy';
}

export async function importAnnotations(ctx: ServiceContext, { json }: Params<'importAnnotations'>): Promise<AnnotationImportResult> {
  const annotations = readAnnotations(json);
  const data = ctx.store.data;
  const articleFor = targetIndex(data.articles);
  const texts = new Map<Id, string>();
  const outcomes: AnnotationOutcome[] = [];
  const placed: Placed[] = [];
  const marked = new Set(data.appearances.map(placeKey));
  for (const [index, read] of annotations.entries()) {
    const base = { index, target: read.target, quote: read.quote?.exact ?? null };
    const article = read.target === null ? undefined : articleFor(read.target);
    if (article === undefined) {
      outcomes.push({ ...base, status: 'unmatched-target' });
      continue;
    }
    if (read.quote === null || normalizeQuote(read.quote.exact) === '') {
      outcomes.push({ ...base, status: 'no-quote', articleId: article.id });
      continue;
    }
    if (!texts.has(article.id)) texts.set(article.id, (await ctx.store.readArticle(article.id)).doc.text);
    const found = anchor(texts.get(article.id)!, read);
    if (found === null) {
      outcomes.push({ ...base, status: 'quote-not-found', articleId: article.id });
    } else if (marked.has(placeKey({ articleId: article.id, selector: found.selector }))) {
      outcomes.push({ ...base, status: 'duplicate', articleId: article.id });
    } else {
      placed.push({ index, read, articleId: article.id, ...found });
      marked.add(placeKey({ articleId: article.id, selector: found.selector }));
      outcomes.push({ ...base, status: 'created', articleId: article.id, anchor: found.status });
    }
  }
  const claims = await createClaims(ctx, placed);
  for (const outcome of outcomes) {
    const claimId = claims.byIndex.get(outcome.index);
    if (claimId !== undefined) outcome.claimId = claimId;
  }
  const counts = Object.fromEntries(ANNOTATION_OUTCOMES.map((status) => [status, 0])) as AnnotationImportResult['counts'];
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return { claims: claims.created, counts, outcomes };
}

/**
 * Finds an article by the target's source: its URL (ignoring a #fragment and a trailing
 * slash) or urn:sha256 of its bytes. Of several versions of one page, the newest.
 */
function targetIndex(articles: readonly ArticleSummary[]): (target: string) => ArticleSummary | undefined {
  const index = new Map<string, ArticleSummary>();
  const newest = [...articles].sort((a, b) => a.version - b.version);
  for (const article of newest) {
    index.set(`${SHA256_URN_PREFIX}${article.sha256}`, article);
    if (article.url) index.set(urlKey(article.url), article);
  }
  return (target) => index.get(target.trim().toLowerCase().startsWith(SHA256_URN_PREFIX) ? target.trim().toLowerCase() : urlKey(target));
}

/**
 * Places the quote in our text. Another tool's offsets count characters of its own
 * rendering of the page, so the position is only a hint: resolveSelector checks it
 * against the quote and searches when they disagree. The stored selector is ours.
 */
function anchor(text: string, read: ReadAnnotation): Pick<Placed, 'selector' | 'status'> | null {
  const quote = read.quote!;
  const exact = normalizeQuote(quote.exact);
  const collapse = (side: string) => side.normalize('NFC').replace(/\s+/g, ' ');
  const position = read.position ?? { start: 0, end: exact.length };
  const resolution = resolveSelector(text, {
    position,
    quote: { exact, prefix: collapse(quote.prefix), suffix: collapse(quote.suffix) },
  });
  if (resolution.status === 'orphaned') return null;
  return { selector: selectorFor(text, resolution.position.start, resolution.position.end), status: resolution.status };
}

/**
 * One place in one article. An annotation at a place already marked, by the case or
 * earlier in this file, is a duplicate: importing a file twice adds nothing.
 */
function placeKey({ articleId, selector: { position } }: { articleId: Id; selector: Selector }): string {
  return `${articleId}:${position.start}:${position.end}`;
}

/** One claim per describing body id (or per annotation without one), created in one edit. */
async function createClaims(ctx: ServiceContext, placed: readonly Placed[]): Promise<{ created: number; byIndex: Map<number, Id> }> {
  const groups = new Map<string, Placed[]>();
  for (const item of placed) {
    const key = item.read.claimKey ?? `annotation:${item.index}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const now = ctx.now();
  const byIndex = new Map<number, Id>();
  const made = [...groups.values()].map((group) => {
    const claim = claimFrom(group, now);
    const appearances = group.map((item): Appearance => {
      byIndex.set(item.index, claim.id);
      return { id: newId('app'), claimId: claim.id, articleId: item.articleId, selector: item.selector, status: item.status, createdAt: now };
    });
    return { claim, appearances };
  });
  if (made.length > 0) {
    await ctx.store.edit((draft, journal) => {
      for (const { claim, appearances } of made) {
        draft.claims.push(claim);
        journal.created('claim', claim.id, claim);
        for (const appearance of appearances) {
          draft.appearances.push(appearance);
          journal.created('appearance', appearance.id, appearance);
        }
        ensureTags(draft, journal, claim.tags);
      }
    });
  }
  return { created: made.length, byIndex };
}

function claimFrom(group: readonly Placed[], now: string): Claim {
  const first = group[0]!.read;
  const verdict = first.assessment === null ? null : verdictNamed(first.assessment);
  // Another tool's rating is kept in the rationale rather than lost or forced onto our scale.
  const foreign = first.assessment !== null && verdict === null ? [`Assessed as “${first.assessment.trim()}” in the imported annotation.`] : [];
  return {
    id: newId('clm'),
    statement: first.statement?.trim() || group[0]!.selector.quote.exact,
    claimant: '',
    type: 'factual',
    tags: uniqueTags(group.flatMap((item) => item.read.tags)),
    verdict: verdict ?? 'unrated',
    confidence: null,
    rationale: [...new Set(group.flatMap((item) => item.read.comments)), ...foreign].join('\n\n'),
    createdAt: now,
    updatedAt: now,
  };
}
