import { describe, expect, it } from 'vitest';
import { InvertedIndex, type WeightedText } from './inverted-index';
import { rank } from './ranking';

const body = (text: string): WeightedText[] => [{ text, weight: 1 }];

function indexOf(documents: Record<string, string | WeightedText[]>): InvertedIndex {
  const index = new InvertedIndex();
  for (const [id, fields] of Object.entries(documents)) index.add(id, typeof fields === 'string' ? body(fields) : fields);
  return index;
}

const ids = (index: InvertedIndex, query: string, limit = 20) => rank(index, query, limit).map(({ id }) => id);

/** Documents that only make `embassy` common and `attack` rare. */
const filler = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`filler-${i}`, `embassy statement number ${i}`]));

describe('rank', () => {
  it('needs every word of the query', () => {
    const index = indexOf({ both: 'embassy attack', one: 'embassy crowds', other: 'attack crowds' });
    expect(ids(index, 'embassy attack')).toEqual(['both']);
    expect(ids(index, 'embassy zeppelin')).toEqual([]);
    expect(ids(index, '')).toEqual([]);
  });

  it('ranks more occurrences, shorter documents and titles higher', () => {
    const index = indexOf({
      once: 'attack on the gate today',
      twice: 'attack on the attack gate',
      long: 'attack on the gate today and tomorrow and the day after',
      titled: [{ text: 'attack', weight: 2 }, ...body('on the gate')],
    });
    const order = ids(index, 'attack');
    expect(order.indexOf('twice')).toBeLessThan(order.indexOf('once'));
    expect(order.indexOf('once')).toBeLessThan(order.indexOf('long'));
    expect(order.indexOf('titled')).toBeLessThan(order.indexOf('once'));
  });

  it('weighs a rare word more than a common one', () => {
    const index = indexOf({ ...filler, rareTwice: 'embassy attack attack', commonTwice: 'embassy embassy attack' });
    expect(ids(index, 'embassy attack')).toEqual(['rareTwice', 'commonTwice']);
  });

  it('completes a word being typed, below the word itself, and says which terms matched', () => {
    const index = indexOf({ port: 'the port', portal: 'the portal', other: 'the harbour' });
    expect(ids(index, 'port')).toEqual(['port', 'portal']);
    expect(rank(index, 'porta', 20)[0]).toMatchObject({ id: 'portal', terms: ['portal'] });
    expect(ids(index, 'po')).toEqual([]);
  });

  it('finds a word with a typo, below the word spelled right', () => {
    const index = indexOf({ right: 'militia', typo: 'mlitia', short: 'band' });
    expect(ids(index, 'militia')).toEqual(['right', 'typo']);
    expect(ids(index, 'bank')).toEqual([]);
  });

  it('returns the best up to the limit, equal scores in id order', () => {
    const index = indexOf({ c: 'same words', a: 'same words', b: 'same words', d: 'same words same' });
    expect(ids(index, 'same', 3)).toEqual(['d', 'a', 'b']);
    expect(ids(index, 'same', 0)).toEqual([]);
  });

  it('never returns a removed document, before or after compaction', () => {
    const index = indexOf({ ...filler, gone: 'embassy attack', kept: 'embassy attack today' });
    index.remove('gone');
    expect(ids(index, 'attack')).toEqual(['kept']);
    expect(ids(index, 'embassy attack')).toEqual(['kept']);
    index.compacted();
    expect(ids(index, 'embassy attack')).toEqual(['kept']);
  });

  it('ranks the same whether the index was built at once or changed document by document', () => {
    const documents = { ...filler, a: 'embassy attack at dawn', b: 'attack near the embassy gate', c: 'embassy attack attack' };
    const direct = indexOf(documents);
    const changed = indexOf({ ...documents, a: 'nothing', b: 'else' });
    changed.add('a', body(documents.a));
    changed.add('b', body(documents.b));
    changed.compacted();
    for (const query of ['embassy attack', 'attack', 'emba', 'attak']) expect(ids(changed, query), query).toEqual(ids(direct, query));
  });
});
