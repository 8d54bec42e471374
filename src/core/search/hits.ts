// From a matched document to what the analyst sees: the words around the match, and
// for matches in an article's words, where to open it.

import type { SearchHit } from '../../shared/api';
import { caseIndex } from '../../shared/case-index';
import type { CaseData, Id, TextPosition } from '../../shared/model';
import { contextAround } from '../../shared/selector';
import type { SearchDocument } from './documents';
import { findSpot, type Spot } from './terms';

/** Characters of context either side of the match: one line of a results list. */
const SNIPPET_CONTEXT = 60;

/** A passage a hit may show, and where it sits in an article when it is an article's words. */
interface Passage {
  text: string;
  articleId?: Id;
  /** Offset of `text` in that article, for a quote that is still anchored. */
  offset?: number;
}

/** `terms` are the document's words that matched, as the index spells them. */
export function hitFor(
  document: SearchDocument,
  terms: readonly string[],
  data: Readonly<CaseData>,
  texts: ReadonlyMap<Id, string>,
): SearchHit {
  const passages = passagesOf(document, data, texts);
  // The passage holding most of the matched words; the most telling of equals.
  let best: { passage: Passage; spot: Spot } | null = null;
  for (const passage of passages) {
    const spot = findSpot(passage.text, terms);
    if (spot !== null && spot.termCount > (best?.spot.termCount ?? 0)) best = { passage, spot };
  }
  // Without one, the match was a prefix or fuzzy variant the words do not spell out: show the beginning.
  const { passage, spot } = best ?? { passage: passages[0]!, spot: null };
  const hit: SearchHit = {
    kind: document.kind,
    id: document.entityId,
    title: document.title,
    snippet: snippet(passage.text, spot ?? { start: 0, end: 0 }),
  };
  if (passage.articleId !== undefined) hit.articleId = passage.articleId;
  if (passage.offset !== undefined && spot !== null) {
    hit.position = { start: passage.offset + spot.start, end: passage.offset + spot.end };
  }
  return hit;
}

/** Where to look for the match, most telling first. */
function passagesOf(document: SearchDocument, data: Readonly<CaseData>, texts: ReadonlyMap<Id, string>): Passage[] {
  const id = document.entityId;
  switch (document.kind) {
    case 'article':
      // Only the text: a hit that opens the article at the words beats one that repeats the title.
      return [{ text: texts.get(id) ?? '', articleId: id, offset: 0 }];
    case 'claim': {
      const quotes = caseIndex(data)
        .appearancesOf(id)
        .map((appearance): Passage => {
          const passage: Passage = { text: appearance.selector.quote.exact, articleId: appearance.articleId };
          // An orphan's words are not at its recorded place.
          if (appearance.status !== 'orphaned') passage.offset = appearance.selector.position.start;
          return passage;
        });
      return [{ text: document.title }, ...quotes, { text: document.extra }];
    }
    case 'source': {
      const articleId = caseIndex(data).sources.get(id)?.articleId ?? undefined;
      const own = articleId === undefined ? {} : { articleId };
      return [{ text: document.title, ...own }, { text: document.body, ...own }, { text: document.extra, ...own }];
    }
  }
}

function snippet(text: string, spot: TextPosition): string {
  const { before, exact, after } = contextAround(text, spot, SNIPPET_CONTEXT);
  return `${before}${exact}${after}`.replace(/\s+/g, ' ').trim();
}
