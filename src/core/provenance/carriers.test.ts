import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/model';
import { findCarriers } from './carriers';
import { FingerprintIndex } from './fingerprint-index';

const QUOTE = 'protesters gathered about 200 meters from the embassy gates before dawn on Tuesday';
const BEFORE = 'The ministry would not comment further, and the city council met later in the afternoon.';
const AFTER = 'Markets were calm and the central bank left rates where they were all year.';

function sourcesOf(texts: Record<string, string>) {
  const index = new FingerprintIndex();
  for (const [id, text] of Object.entries(texts)) index.add(id, text);
  const summaries = new Map(
    Object.keys(texts).map((id) => [id, { id, title: id, outlet: null, publishedAt: null, importedAt: `2026-01-0${id.length}T00:00:00Z` } as ArticleSummary]),
  );
  return { index, summaries, readText: async (id: string) => texts[id] ?? null };
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
});
