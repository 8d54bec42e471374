import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticText } from '../anchor/synthetic-text';
import { findClusters } from './clusters';
import { FingerprintIndex } from './fingerprint-index';

const random = seededRandom(11);
const story = (words = 600) => syntheticText(words, random);

/** An outlet's rewrite: a new first paragraph, one paragraph dropped, a few words changed. */
function rewrite(text: string): string {
  const paragraphs = text.split('\n\n');
  paragraphs[0] = 'Our correspondent reports from the capital, where tension rose again today.';
  paragraphs.splice(2, 1);
  return paragraphs.join('\n\n').replace(/ minister /, ' prime minister ').replace(/ police /, ' security forces ');
}

function indexOf(articles: Record<string, string>): FingerprintIndex {
  const index = new FingerprintIndex();
  for (const [id, text] of Object.entries(articles)) index.add(id, text);
  return index;
}

function clusters(articles: Record<string, string>, order: Record<string, string> = {}) {
  return findClusters(indexOf(articles), { articleIds: Object.keys(articles), order: (id) => order[id] ?? id });
}

describe('findClusters', () => {
  it('groups a wire story with its reprint and its rewrite, apart from unrelated stories', () => {
    const wire = story();
    const found = clusters(
      { wire, reprint: wire, rewrite: rewrite(wire), other: story(), another: story() },
      { wire: '2026-01-01', reprint: '2026-01-02', rewrite: '2026-01-03' },
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.articleIds).toEqual(['wire', 'reprint', 'rewrite']);
    expect(found[0]!.shared).toBeGreaterThan(0.7);
    expect(found[0]!.shared).toBeLessThanOrEqual(1);
  });

  it('rates a rewrite as sharing less than an identical reprint', () => {
    const wire = story();
    const [reprinted] = clusters({ wire, reprint: wire });
    const [rewritten] = clusters({ wire, rewrite: rewrite(wire) });
    expect(reprinted!.shared).toBe(1);
    expect(rewritten!.shared).toBeLessThan(reprinted!.shared);
  });

  it('groups a text copied more widely than a posting list is counted in full, apart from the rest', () => {
    const wire = story();
    const articles: Record<string, string> = { other: story() };
    for (let k = 0; k < 80; k++) articles[`copy${String(k).padStart(2, '0')}`] = k % 2 ? wire : rewrite(wire);
    const found = clusters(articles);
    expect(found).toHaveLength(1);
    expect(found[0]!.articleIds).toHaveLength(80);
    expect(found[0]!.articleIds).not.toContain('other');
  });

  it('does not group articles that share only a quote', () => {
    const quote = '“We will not allow anyone to attack our embassy or threaten the lives of our diplomats and staff in the capital,” the spokesman said.';
    expect(clusters({ one: `${story()}\n\n${quote}`, two: `${quote}\n\n${story()}` })).toEqual([]);
  });

  it('does not group articles that share only boilerplate, however many carry it', () => {
    const footer = story(120);
    const articles = Object.fromEntries(Array.from({ length: 60 }, (_, k) => [`a${k}`, `${story(400)}\n\n${footer}`]));
    expect(clusters(articles)).toEqual([]);
  });

  it('groups only the articles asked for: an earlier version of a page is no copy of it', () => {
    const page = story();
    const index = indexOf({ v1: page, v2: `${page}\n\nUpdate: police revised the figure.` });
    expect(findClusters(index, { articleIds: ['v2'], order: (id) => id })).toEqual([]);
  });

  it('finds nothing in an empty case', () => {
    expect(findClusters(new FingerprintIndex(), { articleIds: [], order: (id) => id })).toEqual([]);
  });
});
