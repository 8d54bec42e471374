// Importing articles and correcting their metadata: the importer converts the bytes,
// the store keeps the original and the article. The same bytes are never imported
// twice; a page already in the case under its URL comes in as its next version.

import type { ImportResult, Params } from '../../shared/api';
import type { Article, NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { findForUpdate } from './collections';
import type { ServiceContext } from './context';
import { blankToNull } from './normalize';
import { applyPatch } from './patch';
import { importVersion, latestVersion } from './versions';

/** Converted on the import worker: the case keeps answering while a file is read. */
export async function importFile(ctx: ServiceContext, { name, dataBase64, importId }: Params<'importFile'>): Promise<ImportResult> {
  const bytes = Buffer.from(dataBase64, 'base64');
  const article = await ctx.importRuns.track(importId, (control) => ctx.imports.run({ kind: 'file', name, bytes }, control));
  await keepOriginal(ctx, article, bytes);
  const previous = latestVersion(ctx.store.data, article.url);
  if (previous !== null) return scoreAhead(ctx, await importVersion(ctx, article, previous));
  return { article: await addArticle(ctx, article), reanchored: null };
}

export async function importText(ctx: ServiceContext, { text, title, details }: Params<'importText'>): Promise<Article> {
  const article = withDetails(await ctx.imports.run({ kind: 'text', text, title }), details);
  await keepOriginal(ctx, article, Buffer.from(text, 'utf8'));
  return addArticle(ctx, article);
}

export async function importHtml(ctx: ServiceContext, { html, title, details }: Params<'importHtml'>): Promise<Article> {
  const article = withDetails(await ctx.imports.run({ kind: 'html', html, title }), details);
  await keepOriginal(ctx, article, Buffer.from(html, 'utf8'));
  return addArticle(ctx, article);
}

/** A new article, fingerprinted while its text is in hand, and scored ahead of the analyst's request. */
async function addArticle(ctx: ServiceContext, input: NewArticle): Promise<Article> {
  const article = await ctx.store.addArticle(input);
  ctx.fingerprints.noteImported(article);
  void ctx.scores.warm([article.id]);
  return article;
}

/** Starts scoring a new version's sentences on the scoring worker, without waiting for it. */
function scoreAhead(ctx: ServiceContext, result: ImportResult): ImportResult {
  void ctx.scores.warm([result.article.id]);
  return result;
}

/** The outlet, URL and date the analyst typed win over what the pasted text seemed to say; blanks say nothing. */
function withDetails(article: NewArticle, details: Params<'importText'>['details']): NewArticle {
  const given = Object.entries(details ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== '');
  return { ...article, ...Object.fromEntries(given.map(([key, value]) => [key, (value as string).trim()])) };
}

/** The original is kept before the article names it, so provenance is never missing. */
async function keepOriginal(ctx: ServiceContext, article: NewArticle, bytes: Uint8Array): Promise<void> {
  const twin = ctx.store.data.articles.find((existing) => existing.sha256 === article.sha256);
  if (twin) {
    const what = article.fileName ?? 'This text';
    const message = `${what} is already in this case as "${twin.title}". Nothing was imported.`;
    throw new ClaimdeskError('duplicate', message, { id: twin.id, title: twin.title });
  }
  await ctx.store.saveOriginal(article.sha256, bytes);
}

export function getArticle(ctx: ServiceContext, { id }: Params<'getArticle'>): Promise<Article> {
  return ctx.store.readArticle(id);
}

/** Changes the summary in claimdesk.json only: the article file keeps what was imported. */
export async function updateArticle(ctx: ServiceContext, { id, patch }: Params<'updateArticle'>): Promise<Article> {
  await ctx.store.edit((draft, journal) => {
    const article = findForUpdate(draft, 'articles', id);
    const before = structuredClone(article);
    applyPatch(article, patch);
    for (const field of ['outlet', 'byline', 'url', 'publishedAt'] as const) article[field] = blankToNull(article[field]);
    journal.updated('article', id, before, article);
  });
  return ctx.store.readArticle(id);
}
