// Where a quote came from: the articles of the case carrying it, exactly or nearly.
// The quote is a claim's (its first placed appearance), a passage of an article, or
// typed text.

import type { Params } from '../../shared/api';
import { caseIndex } from '../../shared/case-index';
import type { Appearance, Article, CaseData, Id } from '../../shared/model';
import type { Carriers } from '../../shared/provenance';
import { ClaimdeskError } from '../../shared/rpc';
import { canLookFor, type CarrierQuery } from '../provenance/carriers';
import { findOrFail } from './collections';
import type { ServiceContext } from './context';
import { checkedSelector } from './selection';

export async function findCarriers(ctx: ServiceContext, params: Params<'findCarriers'>): Promise<Carriers> {
  const data = ctx.store.data;
  if (params.claimId !== undefined) {
    findOrFail(data, 'claims', params.claimId);
    return claimCarriers(ctx, data, params.claimId);
  }
  if (params.passage !== undefined) {
    const article = await ctx.store.readArticle(params.passage.articleId);
    const { quote, position } = checkedSelector(article, params.passage.selector);
    return ctx.fingerprints.carriers(data, { quote: lookable(quote.exact), source: { articleId: article.id, position } });
  }
  return ctx.fingerprints.carriers(data, { quote: lookable(params.text!) });
}

/** Words asked for by the analyst that nearly every article holds are refused with why, rather than answered with nothing. */
function lookable(quote: string): string {
  if (canLookFor(quote)) return quote;
  throw new ClaimdeskError(
    'invalid-input',
    `"${quote}" cannot be looked for in other articles: it has no word of four letters or more, and short words and figures are in nearly every article. Select or type more of the passage.`,
  );
}

/** The carriers of each claim marked somewhere, by claim id, reading no article twice: for the report. */
export async function carriersOfClaims(
  ctx: ServiceContext,
  data: Readonly<CaseData>,
  claimIds: readonly Id[],
  bodies: ReadonlyMap<Id, Article>,
): Promise<Map<Id, Carriers>> {
  const found = new Map<Id, Carriers>();
  for (const claimId of claimIds) {
    if (caseIndex(data).appearancesOf(claimId).length > 0) found.set(claimId, await claimCarriers(ctx, data, claimId, bodies));
  }
  return found;
}

/** A claim's carriers, each saying which of the claim's appearances already marks it there. */
async function claimCarriers(ctx: ServiceContext, data: Readonly<CaseData>, claimId: Id, bodies?: ReadonlyMap<Id, Article>): Promise<Carriers> {
  const appearances = caseIndex(data).appearancesOf(claimId);
  const origin = appearances.find((appearance) => appearance.status !== 'orphaned') ?? appearances[0];
  if (origin === undefined) throw new ClaimdeskError('not-found', `Claim ${claimId} is marked nowhere, so it has no words to look for.`);
  const query: CarrierQuery = {
    quote: origin.selector.quote.exact,
    source: { articleId: origin.articleId, position: origin.selector.position },
  };
  const found = await ctx.fingerprints.carriers(data, query, bodies);
  for (const carrier of found.carriers) {
    carrier.appearanceId = markedAt(appearances, carrier.articleId, carrier.selector.position)?.id ?? null;
  }
  return found;
}

/** The appearance overlapping these words of the article, if any. */
function markedAt(appearances: readonly Appearance[], articleId: Id, { start, end }: { start: number; end: number }): Appearance | undefined {
  return appearances.find(
    (appearance) =>
      appearance.articleId === articleId &&
      appearance.status !== 'orphaned' &&
      appearance.selector.position.start < end &&
      start < appearance.selector.position.end,
  );
}
