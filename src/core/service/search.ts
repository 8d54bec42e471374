import type { Params, SearchResults } from '../../shared/api';
import type { ServiceContext } from './context';

/** A missing or damaged article file costs its own text only: the rest is searched, and the answer names it. */
export async function search(ctx: ServiceContext, { query, limit }: Params<'search'>): Promise<SearchResults> {
  const data = ctx.store.data;
  const hits = await ctx.search.search(data, query, limit);
  const unreadable = ctx.search.unreadableArticles(data).map(({ id, title }) => ({ id, title }));
  return { hits, unreadable };
}
