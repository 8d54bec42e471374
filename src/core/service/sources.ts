// The case's source library. One URL is one source: the library never holds two.

import type { Params } from '../../shared/api';
import type { ArticleSummary, CaseData, Source } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { newId, revise, type Journal } from '../store';
import { findForUpdate, findOrFail, removeWhere } from './collections';
import type { ServiceContext } from './context';
import { applyPatch } from './patch';
import { blankToNull, urlKey } from './normalize';
import { sourceKindOf } from './source-kind';

export function createSource(ctx: ServiceContext, params: Params<'createSource'>): Promise<Source> {
  return ctx.store.edit((draft, journal) => {
    const source: Source = {
      id: newId('src'),
      title: params.title,
      url: blankToNull(params.url),
      publisher: blankToNull(params.publisher),
      author: blankToNull(params.author),
      authors: params.authors ?? [],
      containerTitle: blankToNull(params.containerTitle),
      cslType: blankToNull(params.cslType),
      publishedAt: blankToNull(params.publishedAt),
      accessedAt: blankToNull(params.accessedAt) ?? ctx.now().slice(0, 10),
      kind: params.kind ?? 'other',
      reliability: params.reliability ?? 'F',
      notes: params.notes ?? '',
      articleId: params.articleId ?? null,
    };
    refuseDuplicateUrl(draft, source);
    if (source.articleId) findOrFail(draft, 'articles', source.articleId);
    draft.sources.push(source);
    journal.created('source', source.id, source);
    return source;
  });
}

export function updateSource(ctx: ServiceContext, { id, patch }: Params<'updateSource'>): Promise<Source> {
  return ctx.store.edit((draft, journal) => {
    const source = findForUpdate(draft, 'sources', id);
    const before = structuredClone(source);
    applyPatch(source, patch);
    for (const field of ['url', 'publisher', 'author', 'containerTitle', 'cslType', 'publishedAt', 'accessedAt'] as const) {
      source[field] = blankToNull(source[field]);
    }
    keepStructureTrue(source, before, patch);
    refuseDuplicateUrl(draft, source);
    journal.updated('source', id, before, source);
    return source;
  });
}

/**
 * The authors' structure and the CSL type stand only while they still say what the
 * source says: other author words typed by the analyst are the authors now, and another
 * kind is another type.
 */
function keepStructureTrue(source: Source, before: Source, patch: Params<'updateSource'>['patch']): void {
  if (source.author !== before.author && patch.authors === undefined) source.authors = [];
  if (source.kind !== before.kind && patch.cslType === undefined) source.cslType = null;
}

/** Takes the evidence links that cite the source with it. */
export function deleteSource(ctx: ServiceContext, { id }: Params<'deleteSource'>): Promise<void> {
  return ctx.store.edit((draft, journal) => {
    findOrFail(draft, 'sources', id);
    removeWhere(draft, 'evidence', (evidence) => evidence.sourceId === id, journal);
    removeWhere(draft, 'sources', (source) => source.id === id, journal);
  });
}

/**
 * The library's entry for a loaded article, so a passage of it can be cited: the source
 * that already is the article, else the source with the article's URL (which becomes
 * the article's), else a new source made from the article's metadata, ungraded.
 */
export function sourceOfArticle(draft: CaseData, journal: Journal, article: ArticleSummary): Source {
  const own = draft.sources.find((source) => source.articleId === article.id);
  if (own) return own;
  const key = article.url === null ? null : urlKey(article.url);
  const twin = draft.sources.find((source) => source.url !== null && urlKey(source.url) === key);
  if (twin) {
    // A twin that is already another version of the page stays so; the passage names its own article.
    if (twin.articleId !== null) return twin;
    const before = structuredClone(twin);
    const changed = revise(draft.sources, twin);
    changed.articleId = article.id;
    journal.updated('source', twin.id, before, changed);
    return changed;
  }
  const source: Source = {
    id: newId('src'),
    title: article.title,
    url: article.url,
    publisher: article.outlet,
    author: article.byline,
    authors: [],
    containerTitle: null,
    cslType: null,
    publishedAt: article.publishedAt,
    // The analyst read the page when it was imported.
    accessedAt: article.importedAt.slice(0, 10),
    kind: sourceKindOf(article),
    // F, "cannot be judged", until the analyst grades the source.
    reliability: 'F',
    notes: '',
    articleId: article.id,
  };
  draft.sources.push(source);
  journal.created('source', source.id, source);
  return source;
}

function refuseDuplicateUrl(data: CaseData, source: Source): void {
  if (!source.url) return;
  const key = urlKey(source.url);
  const twin = data.sources.find((other) => other.id !== source.id && other.url && urlKey(other.url) === key);
  if (twin) {
    throw new ClaimdeskError(
      'invalid-input',
      `The source "${twin.title}" (${twin.id}) already has the URL ${source.url}. Link that source instead; nothing was saved.`,
    );
  }
}

