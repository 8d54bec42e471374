import type { Params, SearchHit } from '../../shared/api';
import type { ServiceContext } from './context';

export function search(ctx: ServiceContext, { query, limit }: Params<'search'>): Promise<SearchHit[]> {
  return ctx.search.search(ctx.store.data, query, limit);
}
