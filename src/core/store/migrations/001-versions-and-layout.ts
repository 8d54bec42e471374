// Schema 1 → 2: articles gain their place among the versions of a page, and the case
// gains the analyst's pane layout. Every article of an older case is a first version:
// version 1 knew no re-imports. No layout was ever saved, so there is none to carry.

import type { Migration } from './migrate';

export const versionsAndLayout: Migration = {
  from: 1,
  up(data) {
    const articles = (data.articles ?? []) as Array<Record<string, unknown>>;
    return {
      ...data,
      articles: articles.map((article) => ({ ...article, version: 1, previousVersionId: null })),
      layout: null,
    };
  },
};
