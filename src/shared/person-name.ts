// Names as a bibliography writes them: "Abdul-Zahra, Q." for a person, an institution
// as it is named, and the key a reference list is sorted by (the first author's family name).

import type { PersonName, Source } from './model';

/** "Abdul-Zahra, Q.", "van Roe, B., Jr.", or the literal; family names lead. */
export function citedName(name: PersonName): string {
  if (name.literal !== undefined) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter((part) => part !== undefined).join(' ');
  const initials = (name.given ?? '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((given) => `${given[0]!.toUpperCase()}.`)
    .join(' ');
  return [family, [initials, name['dropping-particle']].filter(Boolean).join(' '), name.suffix].filter(Boolean).join(', ');
}

/** The authors as the report cites them: names as they came, else the author text as typed. */
export function citedAuthors(source: Pick<Source, 'author' | 'authors'>): string | null {
  if (source.authors.length === 0) return source.author;
  const names = source.authors.map(citedName);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`;
}

/** The first author's family name (or the institution, or the author text), else the title; lower case. */
export function bibliographyKey(source: Pick<Source, 'author' | 'authors' | 'title'>): string {
  const first = source.authors[0];
  const key = first ? (first.family ?? first.literal ?? first.given ?? '') : (source.author ?? '');
  return (key || source.title).toLocaleLowerCase();
}
