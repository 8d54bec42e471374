// A case read from elsewhere (a case file given to import-case, a case folder someone
// sent) has not been through Claimdesk's import rules. What those rules keep out of the
// app is taken out here too: links that go anywhere but the web and mail, and tag
// colours that are not #rrggbb (a colour is written into styles, where it could be CSS).

import { TAG_COLOR_PATTERN, type CaseData, type Doc, type Mark, type Tag } from '../../shared/model';
import { linkHref } from '../import/links';

/** Distinct, readable on white, and in a fixed order so a case looks the same everywhere. */
export const TAG_PALETTE = ['#2f6fdb', '#8e44ad', '#16a085', '#d35400', '#c0392b', '#2c3e50', '#b7950b', '#1abc9c'];

/** The case with every tag colour #rrggbb; the same object when nothing needed it. */
export function sanitizeCaseData(data: CaseData): CaseData {
  if (data.tags.every(hasSafeColor)) return data;
  return { ...data, tags: data.tags.map((tag, index) => (hasSafeColor(tag) ? tag : { ...tag, color: TAG_PALETTE[index % TAG_PALETTE.length]! })) };
}

/**
 * The document with only http(s) and mailto links, as an import keeps them: a link mark
 * with any other address loses its link (its words stay), and no other mark carries an
 * address. The same object when nothing needed it.
 */
export function sanitizeDoc(doc: Doc): Doc {
  if (doc.marks.every(isSafeMark)) return doc;
  return { ...doc, marks: doc.marks.filter((mark) => mark.kind !== 'link' || safeHref(mark) !== null).map(withSafeHref) };
}

function hasSafeColor(tag: Tag): boolean {
  return TAG_COLOR_PATTERN.test(tag.color);
}

function isSafeMark(mark: Mark): boolean {
  return mark.kind === 'link' ? safeHref(mark) === mark.href : mark.href === undefined;
}

/** A relative address has no page to be relative to any more, so it is no link either. */
function safeHref(mark: Mark): string | null {
  return mark.href === undefined ? null : linkHref(mark.href, null);
}

function withSafeHref(mark: Mark): Mark {
  const { href: _href, ...rest } = mark;
  const href = mark.kind === 'link' ? safeHref(mark) : null;
  return href === null ? rest : { ...rest, href };
}
