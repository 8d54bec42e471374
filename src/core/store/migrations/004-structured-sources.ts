// Schema 4 → 5: sources keep what a reference manager gives them: the authors name by
// name, the container title (the newspaper) apart from the publisher, and the CSL type.
// An older case knew none of these: its author text stays, with no structure behind it.

import type { Migration } from './migrate';

export const structuredSources: Migration = {
  from: 4,
  up(data) {
    const sources = (data.sources ?? []) as Array<Record<string, unknown>>;
    return { ...data, sources: sources.map((source) => ({ authors: [], containerTitle: null, cslType: null, ...source })) };
  },
};
