// Importing articles: the importer converts the bytes, the store keeps the original and
// the article. The same bytes are never imported twice.

import type { Params } from '../../shared/api';
import type { Article, NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile as convertFile, importPastedHtml, importPastedText } from '../import';
import type { ServiceContext } from './context';

export async function importFile(ctx: ServiceContext, { name, dataBase64 }: Params<'importFile'>): Promise<Article> {
  const bytes = Buffer.from(dataBase64, 'base64');
  return save(ctx, await convertFile(name, bytes), bytes);
}

export async function importText(ctx: ServiceContext, { text, title }: Params<'importText'>): Promise<Article> {
  const article = importPastedText(text, title);
  return save(ctx, article, Buffer.from(text, 'utf8'));
}

export async function importHtml(ctx: ServiceContext, { html, title }: Params<'importHtml'>): Promise<Article> {
  const article = importPastedHtml(html, title);
  return save(ctx, article, Buffer.from(html, 'utf8'));
}

/** The original is kept before the article names it, so provenance is never missing. */
async function save(ctx: ServiceContext, article: NewArticle, bytes: Uint8Array): Promise<Article> {
  const twin = ctx.store.data.articles.find((existing) => existing.sha256 === article.sha256);
  if (twin) {
    const what = article.fileName ?? 'This text';
    const message = `${what} is already in this case as "${twin.title}". Nothing was imported.`;
    throw new ClaimdeskError('duplicate', message, { id: twin.id, title: twin.title });
  }
  await ctx.store.saveOriginal(article.sha256, bytes);
  return ctx.store.addArticle(article);
}

export function getArticle(ctx: ServiceContext, { id }: Params<'getArticle'>): Promise<Article> {
  return ctx.store.readArticle(id);
}
