// Check-worthiness suggestions over the open case. A suggestion the analyst dismissed is
// a view preference kept in the layout, never an edit of the article or the history.

import type { Params } from '../../shared/api';
import type { Appearance, CaseData, DismissedSuggestion, Id, Layout } from '../../shared/model';
import { SUGGESTION_THRESHOLD, type Suggestion } from '../../shared/suggestions';
import { bestFirst } from '../checkworthiness';
import { findOrFail } from './collections';
import type { ServiceContext } from './context';

const DEFAULT_LIMIT = 50;
/**
 * How many of the latest imported articles are scored when a case opens, after those open
 * in the panes. A desk-year case holds thousands: scoring them all at each opening would
 * keep a core busy for minutes, so the others are scored when first asked for.
 */
const LATEST_SCORED_AHEAD = 20;

/** The articles to score in the background when the case opens: the panes' active tabs, their other tabs, the latest imported. */
export function articlesToScoreFirst(data: CaseData): Id[] {
  const panes = data.layout?.panes ?? [];
  const active = panes.flatMap((pane) => (pane.active === null ? [] : [pane.active]));
  const tabs = panes.flatMap((pane) => pane.tabs);
  const latest = data.articles.slice(-LATEST_SCORED_AHEAD).reverse().map((article) => article.id);
  const known = new Set(data.articles.map((article) => article.id));
  return [...new Set([...active, ...tabs, ...latest])].filter((id) => known.has(id));
}

/** The article's suggested sentences the analyst has not tagged or dismissed, in reading order. */
export async function getSuggestions(ctx: ServiceContext, { articleId }: Params<'getSuggestions'>): Promise<Suggestion[]> {
  findOrFail(ctx.store.data, 'articles', articleId);
  const open = openFilter(ctx.store.data);
  return (await ctx.scores.of(articleId)).filter((suggestion) => suggestion.score >= SUGGESTION_THRESHOLD && open(suggestion));
}

/**
 * The best suggestions across the case (or one article), best first. With `everySentence`
 * it also gives sentences below the threshold, tagged or dismissed: every score there is.
 */
export async function listSuggestions(ctx: ServiceContext, params: Params<'listSuggestions'>): Promise<Suggestion[]> {
  const { articleId, reason, everySentence = false } = params;
  const minScore = params.minScore ?? (everySentence ? 0 : SUGGESTION_THRESHOLD);
  const limit = params.limit ?? DEFAULT_LIMIT;
  if (articleId) findOrFail(ctx.store.data, 'articles', articleId);
  const ids = articleId ? [articleId] : ctx.store.data.articles.map((article) => article.id);
  const open = openFilter(ctx.store.data);
  const scored = (await Promise.all(ids.map((id) => ctx.scores.of(id)))).flat();
  const chosen = scored
    .filter((suggestion) => suggestion.score >= minScore)
    .filter((suggestion) => !reason || suggestion.reasons.some((candidate) => candidate.kind === reason))
    .filter((suggestion) => everySentence || open(suggestion))
    .sort(bestFirst);
  return limit === 0 ? chosen : chosen.slice(0, limit);
}

export async function dismissSuggestion(ctx: ServiceContext, params: Params<'dismissSuggestion'>): Promise<void> {
  findOrFail(ctx.store.data, 'articles', params.articleId);
  const dismissal: DismissedSuggestion = { articleId: params.articleId, start: params.start, end: params.end };
  await ctx.store.edit(
    (draft) => {
      const layout: Layout = draft.layout ?? { panes: [{ tabs: [], active: null, scroll: {}, size: 1 }] };
      const dismissed = layout.dismissedSuggestions ?? [];
      if (dismissed.some((known) => sameSentence(known, dismissal))) return;
      // A new layout and list, never a change to the saved ones, which the store may have frozen.
      draft.layout = { ...layout, dismissedSuggestions: [...dismissed, dismissal] };
    },
    { undoable: false },
  );
}

/** Whether a suggestion is still open: neither dismissed nor overlapping a claim's appearance. */
function openFilter(data: CaseData): (suggestion: Suggestion) => boolean {
  const dismissed = data.layout?.dismissedSuggestions ?? [];
  const appearancesByArticle = new Map<Id, Appearance[]>();
  for (const appearance of data.appearances) {
    appearancesByArticle.set(appearance.articleId, [...(appearancesByArticle.get(appearance.articleId) ?? []), appearance]);
  }
  return (suggestion) =>
    !dismissed.some((known) => sameSentence(known, suggestion)) &&
    !(appearancesByArticle.get(suggestion.articleId) ?? []).some((appearance) => overlaps(appearance, suggestion));
}

function sameSentence(a: DismissedSuggestion, b: DismissedSuggestion): boolean {
  return a.articleId === b.articleId && a.start === b.start && a.end === b.end;
}

function overlaps({ selector: { position } }: Appearance, { start, end }: Suggestion): boolean {
  return position.start < end && start < position.end;
}
