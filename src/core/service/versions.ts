// A page imported again with other bytes is the next version of the article already
// in the case under its URL. The claims marked on the previous version are carried
// into the new one by re-anchoring their selectors; the old appearances stay where
// they are, since the old text still says what they quote.

import { caseIndex } from '../../shared/case-index';
import type { ImportResult, ReanchorSummary } from '../../shared/api';
import type { Appearance, ArticleSummary, CaseData, NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { reanchorSelectors, type Reanchored } from '../anchor';
import { reanchorOffThread } from '../anchor-thread';
import { includeArticle, newId } from '../store';
import type { ServiceContext } from './context';
import { urlKey } from './normalize';

/** The newest version of the page at `url` in the case, or null when it has none. */
export function latestVersion(data: Readonly<CaseData>, url: string | null): ArticleSummary | null {
  if (url === null) return null;
  const key = urlKey(url);
  let latest: ArticleSummary | null = null;
  for (const article of data.articles) {
    if (article.url === null || urlKey(article.url) !== key) continue;
    // Cases from before versions may hold the same page twice as version 1: the later import wins.
    const newer = latest === null || article.version > latest.version ||
      (article.version === latest.version && article.importedAt > latest.importedAt);
    if (newer) latest = article;
  }
  return latest;
}

/**
 * Re-anchors off the main thread, then adds the article and its appearances in one
 * edit, so a case never holds a new version without its claims.
 */
export async function importVersion(ctx: ServiceContext, input: NewArticle, previous: ArticleSummary): Promise<ImportResult> {
  const carried = caseIndex(ctx.store.data).appearancesIn(previous.id);
  const text = input.doc.text;
  const results = await reanchorOffThread(ctx.anchorWorker, { text, selectors: carried.map((appearance) => appearance.selector) });
  const resolved = new Map(carried.map((appearance, i) => [appearance.id, results[i]!]));
  const article = await ctx.store.writeArticle(input, { version: previous.version + 1, previousVersionId: previous.id });
  const reanchored = await ctx.store.includeWritten(article, (draft, journal) => {
    if (latestVersion(draft, input.url)?.id !== previous.id) {
      throw new ClaimdeskError(
        'invalid-input',
        `Another version of ${input.url} was imported at the same time. Nothing was imported; try again.`,
      );
    }
    includeArticle(draft, journal, article);
    const summary: ReanchorSummary = { previousVersionId: previous.id, anchored: 0, fuzzy: 0, orphaned: 0 };
    for (const old of draft.appearances.filter((appearance) => appearance.articleId === previous.id)) {
      // A claim marked while the worker ran is re-anchored here: rare, and only one or two.
      const { selector, status }: Reanchored = resolved.get(old.id) ?? reanchorSelectors(text, [old.selector])[0]!;
      const appearance: Appearance = { id: newId('app'), claimId: old.claimId, articleId: article.id, selector, status, createdAt: ctx.now() };
      draft.appearances.push(appearance);
      journal.created('appearance', appearance.id, appearance);
      summary[status] += 1;
    }
    return summary;
  });
  ctx.fingerprints.noteImported(article);
  return { article, reanchored };
}
