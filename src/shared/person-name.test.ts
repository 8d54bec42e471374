import { describe, expect, it } from 'vitest';
import { bibliographyKey, citedAuthors, citedName } from './person-name';

describe('names in a bibliography', () => {
  it('puts the family name first with the given names as initials; an institution stays as named', () => {
    expect(citedName({ family: 'Abdul-Zahra', given: 'Qassim' })).toBe('Abdul-Zahra, Q.');
    expect(citedName({ family: 'Roe', given: 'Ben Alan', 'non-dropping-particle': 'van', suffix: 'Jr.' })).toBe('van Roe, B. A., Jr.');
    expect(citedName({ literal: 'Ministry of the Interior' })).toBe('Ministry of the Interior');
  });

  it('cites several authors as a list, and the typed author text when no names came with the source', () => {
    const authors = [{ family: 'Abdul-Zahra', given: 'Qassim' }, { family: 'Gambrell', given: 'Jon' }, { literal: 'AP' }];
    expect(citedAuthors({ author: 'ignored', authors })).toBe('Abdul-Zahra, Q., Gambrell, J. & AP');
    expect(citedAuthors({ author: 'Reuters staff', authors: [] })).toBe('Reuters staff');
  });

  it('sorts by the first family name, else the institution or text, else the title', () => {
    const key = (author: string | null, authors: object[], title = 'Title') => bibliographyKey({ author, authors, title });
    expect(key('Qassim Abdul-Zahra', [{ family: 'Abdul-Zahra', given: 'Qassim' }])).toBe('abdul-zahra');
    expect(key('Crowd Lab', [{ literal: 'Crowd Lab' }])).toBe('crowd lab');
    expect(key(null, [], 'Police statement')).toBe('police statement');
  });
});
