import type { Params } from '../../shared/api';
import { concernsClaim } from '../../shared/history';
import type { HistoryEntry } from '../../shared/model';
import type { ServiceContext } from './context';

/** The audit trail, newest first; for one claim when a claim is given. */
export async function getHistory(ctx: ServiceContext, { claimId, limit }: Params<'getHistory'>): Promise<HistoryEntry[]> {
  const entries = (await ctx.store.readHistory()).reverse();
  const chosen = claimId ? entries.filter((entry) => concernsClaim(entry, claimId)) : entries;
  return limit ? chosen.slice(0, limit) : chosen;
}
