import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/model';
import { InvertedIndex } from '../search/inverted-index';
import { canLookFor, findCarriers, type CarrierSources } from './carriers';
import { FingerprintIndex } from './fingerprint-index';

const QUOTE = 'protesters gathered about 200 meters from the embassy gates before dawn on Tuesday';
const BEFORE = 'The ministry would not comment further, and the city council met later in the afternoon.';
const AFTER = 'Markets were calm and the central bank left rates where they were all year.';

function sourcesOf(texts: Record<string, string>): CarrierSources {
  const index = new FingerprintIndex();
  const wordIndex = new InvertedIndex();
  for (const [id, text] of Object.entries(texts)) {
    index.add(id, text);
    wordIndex.add(id, [{ text, weight: 1 }]);
  }
  const summaries = new Map(
    Object.keys(texts).map((id) => [id, { id, title: id, outlet: null, publishedAt: null, importedAt: `2026-01-0${id.length}T00:00:00Z` } as ArticleSummary]),
  );
  const articlesWithWords = async (words: readonly string[]) =>
    wordIndex.documentsWithAll(words.map((word) => word.toLowerCase())).map((doc) => wordIndex.idOf(doc));
  return { index, summaries, readText: async (id: string) => texts[id] ?? null, articlesWithWords };
}

const story = (middle: string) => `${BEFORE} ${middle} ${AFTER}`;

describe('carriers of a quote', () => {
  it('finds exact, trivial and altered copies, each carrying its own words', async () => {
    const sources = sourcesOf({
      a: story(`Police said ${QUOTE}.`),
      bb: story(`Witnesses said “${QUOTE.toUpperCase()}”.`),
      ccc: story(`Witnesses said ${QUOTE.replace('200', '100')}.`),
      dddd: story('Nothing of the kind happened anywhere near the embassy that week.'),
    });
    const found = await findCarriers({ quote: QUOTE }, sources);
    expect(found.carriers.map(({ articleId, match, text }) => [articleId, match, text])).toEqual([
      ['a', 'exact', QUOTE],
      ['bb', 'trivial', QUOTE.toUpperCase()],
      ['ccc', 'altered', QUOTE.replace('200', '100')],
    ]);
    expect(found.carriers[2]!.differences).toEqual([{ kind: 'number', from: '200', to: '100' }]);
  });

  it('takes the same characters for a copy only as whole words, not inside a longer word or number', async () => {
    const sources = sourcesOf({
      a: story(`Police said x${QUOTE}s.`),
      bb: story(`Police said 1.${QUOTE}-2 and more.`),
    });
    const found = await findCarriers({ quote: QUOTE }, sources);
    expect(found.carriers.map(({ articleId, match }) => [articleId, match])).toEqual([
      ['a', 'altered'],
      ['bb', 'altered'],
    ]);
  });

  it('prefers the place carrying the quote unchanged over an earlier altered one', async () => {
    const altered = QUOTE.replace('Tuesday', 'Monday');
    const text = story(`First ${altered}. ${BEFORE} Then ${QUOTE}.`);
    const [carrier] = (await findCarriers({ quote: QUOTE }, sourcesOf({ a: text }))).carriers;
    expect(carrier).toMatchObject({ match: 'exact', text: QUOTE });
    expect(carrier!.selector.position.start).toBe(text.lastIndexOf(QUOTE));
  });

  it('lists each of many copies carrying one altered text with that text’s differences', async () => {
    const altered = QUOTE.replace('embassy', 'consulate');
    const texts: Record<string, string> = { source: story(`Police said ${QUOTE}.`) };
    for (let n = 0; n < 30; n++) texts[`copy${n}`] = story(`Report ${n}: ${n % 2 === 0 ? altered : QUOTE}.`);
    const found = await findCarriers({ quote: QUOTE }, sourcesOf(texts));
    expect(found.carriers).toHaveLength(31);
    for (const carrier of found.carriers) {
      const n = Number(carrier.articleId.slice(4));
      if (carrier.articleId.startsWith('copy') && n % 2 === 0) expect(carrier).toMatchObject({ match: 'altered', text: altered, differences: [{ kind: 'wording', from: 'embassy', to: 'consulate' }] });
      else expect(carrier).toMatchObject({ match: 'exact', text: QUOTE, differences: [] });
    }
  });

  it('finds every copy of a quote among many articles sharing boilerplate with it', async () => {
    const quote = 'Mayor Ines Haddad told reporters that the ferry service was planned months in advance';
    const texts: Record<string, string> = {};
    for (let n = 0; n < 100; n++) texts[`template${n}`] = story(`The ferry service was planned months in advance, a councillor of district ${n} said on Friday.`);
    texts.exact = story(`${quote}.`);
    texts.trivial = story(`“Mayor Ines Haddad told reporters that the FERRY service was planned, months in advance,” she wrote.`);
    texts.altered = story(`${quote.replace('months', 'weeks')}.`);
    const found = await findCarriers({ quote }, sourcesOf(texts));
    expect(found.carriers.map(({ articleId, match }) => [articleId, match]).sort()).toEqual([
      ['altered', 'altered'],
      ['exact', 'exact'],
      ['trivial', 'trivial'],
    ]);
  });

  it('finds a wire story’s every copy when hundreds of articles carry it', async () => {
    const texts: Record<string, string> = {};
    for (let n = 0; n < 120; n++) texts[`copy${n}`] = story(n % 40 === 1 ? `${QUOTE.replace('200', '100')}.` : n % 40 === 2 ? `“${QUOTE.toUpperCase()}!”` : `${QUOTE}.`);
    const found = await findCarriers({ quote: QUOTE }, sourcesOf(texts));
    const matches = new Map(found.carriers.map(({ articleId, match }) => [articleId, match]));
    expect([...matches.keys()].filter((id) => !id.startsWith('copy'))).toEqual([]);
    expect(matches.size).toBe(120);
    expect(matches.get('copy41')).toBe('altered');
    expect(matches.get('copy42')).toBe('trivial');
    expect(matches.get('copy43')).toBe('exact');
    const fromAltered = await findCarriers({ quote: QUOTE.replace('200', '100') }, sourcesOf(texts));
    expect(fromAltered.carriers.filter(({ match }) => match !== 'altered').map(({ articleId }) => articleId).sort()).toEqual(['copy1', 'copy41', 'copy81']);
    expect(fromAltered.carriers).toHaveLength(120);
  });

  it('does not take an article sharing only part of the quote’s words for a carrier', async () => {
    const sources = sourcesOf({ a: story('protesters gathered about 200 meters from the station, where buses were waiting for them.') });
    expect((await findCarriers({ quote: QUOTE }, sources)).carriers).toEqual([]);
  });

  describe('a quote too short for the fingerprints', () => {
    const CLAIM = 'is orchestrating an attack';
    const found = async (quote: string, texts: Record<string, string>) =>
      (await findCarriers({ quote }, sourcesOf(texts))).carriers.map(({ articleId, match, text }) => [articleId, match, text]);

    it('is found in every article carrying its words, exactly or with case, punctuation and quote marks changed', async () => {
      const texts: Record<string, string> = {
        a: story(`Officials say the group ${CLAIM} on the capital.`),
        bb: story(`“The group Is Orchestrating an attack!” one minister said.`),
        ccc: story(`Nobody ${CLAIM.replace('an', '“an')}” he said.`),
      };
      for (let n = 0; n < 40; n++) texts[`filler${String(n).padStart(2, '0')}`] = story(`Report ${n} on an attack that is said to be orchestrated.`);
      expect(await found(CLAIM, texts)).toEqual([
        ['a', 'exact', CLAIM],
        ['bb', 'trivial', 'Is Orchestrating an attack'],
        ['ccc', 'trivial', 'is orchestrating “an attack'],
      ]);
      expect(await found('"Is orchestrating an attack!"', texts)).toHaveLength(3);
      expect(await found('about 200 meters', { a: story('They stood about 200 meters away.'), bb: story('They stood ABOUT 200 METERS, away.') })).toEqual([
        ['a', 'exact', 'about 200 meters'],
        ['bb', 'trivial', 'ABOUT 200 METERS'],
      ]);
    });

    it('prefers the place carrying its very characters, and takes one word inserted in four for an altered copy', async () => {
      const text = story(`First IS ORCHESTRATING AN ATTACK, then ${CLAIM}.`);
      const [carrier, negated] = (await findCarriers({ quote: CLAIM }, sourcesOf({ a: text, bb: story('The group is not orchestrating an attack.') }))).carriers;
      expect(carrier).toMatchObject({ match: 'exact', text: CLAIM });
      expect(carrier!.selector.position.start).toBe(text.lastIndexOf(CLAIM));
      expect(negated).toMatchObject({ articleId: 'bb', match: 'altered', text: 'is not orchestrating an attack', differences: [{ kind: 'negation' }] });
    });

    it('takes a figure changed in four words for an altered copy, as the share of edits allows', async () => {
      const texts = { a: story('Officials said some 25 people died overnight.'), bb: story('Officials said some 30 people died overnight.') };
      const [exact, altered] = (await findCarriers({ quote: 'some 25 people died' }, sourcesOf(texts))).carriers;
      expect(exact).toMatchObject({ articleId: 'a', match: 'exact' });
      expect(altered).toMatchObject({ articleId: 'bb', match: 'altered', text: 'some 30 people died', differences: [{ kind: 'number', from: '25', to: '30' }] });
    });

    it('does not take a changed word of three, or its words out of order, for a copy', async () => {
      const texts = {
        a: story('They stood about 100 meters away, some 200 meters in all.'),
        bb: story('An attack is what the group is orchestrating, officials say.'),
      };
      expect(await found('about 200 meters', texts)).toEqual([]);
      expect(await found(CLAIM, texts)).toEqual([]);
    });

    it('is not looked for when all its words are short or common, though its own article carries it', async () => {
      const texts = { a: story('It is what it is.'), bb: story('It is late.') };
      expect(canLookFor('it is')).toBe(false);
      expect(canLookFor('in 2019')).toBe(false);
      expect(await found('it is', texts)).toEqual([]);
      const own = await findCarriers({ quote: 'It is', source: { articleId: 'bb', position: { start: BEFORE.length + 1, end: BEFORE.length + 6 } } }, sourcesOf(texts));
      expect(own.carriers.map(({ articleId, match }) => [articleId, match])).toEqual([['bb', 'exact']]);
      expect([canLookFor(CLAIM), canLookFor('about 200 meters'), canLookFor(QUOTE)]).toEqual([true, true, true]);
    });
  });
});
