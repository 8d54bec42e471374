import { describe, expect, it } from 'vitest';
import type { ApiClient, ImportResult } from '../../shared/api';
import type { Appearance, TextPosition } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { editLetters } from '../anchor/synthetic-edits';
import { seededRandom, syntheticText } from '../anchor/synthetic-text';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const URL_OF_PAGE = 'https://wire.example/world/embassy-protest';
const QUOTES = 20;
/** An edit at either end of a quote may shift its best alignment by a character or two. */
const EDGE_SLACK = 3;

/** A saved news page whose article text is `text` (paragraphs separated by blank lines). */
function page(text: string, url = URL_OF_PAGE): string {
  const paragraphs = text.split('\n\n').map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Embassy protest</title>
<link rel="canonical" href="${url}"></head>
<body><article>${paragraphs}</article></body></html>`;
}

async function importPage(client: ApiClient, html: string, name = 'embassy.html'): Promise<ImportResult> {
  return client.importFile({ name, dataBase64: asBase64(html) });
}

/** QUOTES claims spread over the text, each 40 to 120 characters, cut at word boundaries. */
async function markClaims(client: ApiClient, articleId: string, text: string): Promise<Appearance[]> {
  const random = seededRandom(42);
  const appearances: Appearance[] = [];
  for (let n = 0; n < QUOTES; n++) {
    const from = Math.floor((n / QUOTES) * (text.length - 200));
    const start = text.indexOf(' ', from) + 1;
    const end = text.lastIndexOf(' ', start + 40 + Math.floor(random() * 80));
    const { appearance } = await client.createClaim({ articleId, selector: selectorFor(text, start, end) });
    appearances.push(appearance);
  }
  return appearances;
}

function overlaps(a: TextPosition, b: TextPosition): boolean {
  return a.start < b.end && b.start < a.end;
}

describe('importing a new version of a page', () => {
  const text = syntheticText(2_500, seededRandom(7));

  it('links the version to the previous one and re-anchors every claim in unchanged text', async () => {
    const { client, service } = await openFreshCase();
    const first = await importPage(client, page(text));
    expect(first.reanchored).toBeNull();
    expect(first.article).toMatchObject({ version: 1, previousVersionId: null });
    expect(first.article.doc.text).toBe(text);
    const old = await markClaims(client, first.article.id, text);

    // Same words, other bytes: the page was saved again with a different fragment in its URL.
    const second = await importPage(client, page(text, `${URL_OF_PAGE}#comments`));

    expect(second.article).toMatchObject({ version: 2, previousVersionId: first.article.id });
    expect(second.reanchored).toEqual({ previousVersionId: first.article.id, anchored: QUOTES, fuzzy: 0, orphaned: 0 });
    const data = await client.getCase({});
    const carried = data.appearances.filter((appearance) => appearance.articleId === second.article.id);
    expect(carried.map(({ claimId, selector, status }) => ({ claimId, selector, status }))).toEqual(
      old.map(({ claimId, selector }) => ({ claimId, selector, status: 'anchored' })),
    );
    // The old text still says what the old appearances quote.
    expect(data.appearances.filter((appearance) => appearance.articleId === first.article.id)).toEqual(old);
    const history = await service.store.readHistory();
    const last = history.filter((entry) => entry.at === history.at(-1)!.at);
    expect(last.map((entry) => `${entry.action} ${entry.entity}`)).toEqual([
      'create article',
      ...old.map(() => 'create appearance'),
    ]);
    await service.close();
  });

  it('places at least 95% of the claims, and none on wrong words, with 10% of the characters edited', async () => {
    const { client, service } = await openFreshCase();
    const first = await importPage(client, page(text));
    const old = await markClaims(client, first.article.id, text);
    const edited = editLetters(text, 0.1, seededRandom(8));

    const second = await importPage(client, page(edited.text));

    const carried = (await client.getCase({})).appearances.filter((appearance) => appearance.articleId === second.article.id);
    let correct = 0;
    carried.forEach((appearance, i) => {
      const { start, end } = old[i]!.selector.position;
      const expected = { start: edited.offsets[start]!, end: edited.offsets[end]! };
      if (appearance.status === 'orphaned') return;
      expect(overlaps(appearance.selector.position, expected), `claim ${i} is on other words`).toBe(true);
      const exact = Math.abs(appearance.selector.position.start - expected.start) <= EDGE_SLACK &&
        Math.abs(appearance.selector.position.end - expected.end) <= EDGE_SLACK;
      if (exact) correct += 1;
      expect(appearance.selector.quote.exact).toBe(edited.text.slice(appearance.selector.position.start, appearance.selector.position.end));
    });
    expect(correct / QUOTES).toBeGreaterThanOrEqual(0.95);
    const { anchored, fuzzy, orphaned } = second.reanchored!;
    expect(anchored + fuzzy + orphaned).toBe(QUOTES);
    expect(fuzzy).toBeGreaterThan(0);
    await service.close();
  });

  it('orphans the claims whose passage was deleted, keeping their words', async () => {
    const { client, service } = await openFreshCase();
    const first = await importPage(client, page(text));
    const old = await markClaims(client, first.article.id, text);
    const paragraphs = text.split('\n\n');
    const cut = paragraphs.slice(3, 6).join('\n\n');
    const shortened = text.replace(`${cut}\n\n`, '');
    const deleted = { start: text.indexOf(cut), end: text.indexOf(cut) + cut.length };

    const second = await importPage(client, page(shortened));

    const carried = (await client.getCase({})).appearances.filter((appearance) => appearance.articleId === second.article.id);
    carried.forEach((appearance, i) => {
      const was = old[i]!.selector;
      const inside = was.position.start >= deleted.start && was.position.end <= deleted.end;
      const outside = !overlaps(was.position, deleted);
      if (inside) expect(appearance).toMatchObject({ status: 'orphaned', selector: was });
      if (outside) expect(appearance.status, `claim ${i}`).toBe('anchored');
    });
    expect(second.reanchored!.orphaned).toBeGreaterThan(0);
    await service.close();
  });

  it('lets the analyst confirm a fuzzy placement, and refuses to confirm an orphan', async () => {
    const { client, service } = await openFreshCase();
    const first = await importPage(client, page(text));
    await markClaims(client, first.article.id, text);
    const paragraphs = text.split('\n\n');
    const changed = [editLetters(paragraphs[0]!, 0.05, seededRandom(9)).text, ...paragraphs.slice(2)].join('\n\n');
    const second = await importPage(client, page(changed));

    const carried = (await client.getCase({})).appearances.filter((appearance) => appearance.articleId === second.article.id);
    const fuzzy = carried.find((appearance) => appearance.status === 'fuzzy')!;
    const orphan = carried.find((appearance) => appearance.status === 'orphaned')!;
    expect(await client.confirmAppearance({ id: fuzzy.id })).toMatchObject({ id: fuzzy.id, status: 'anchored' });
    await expect(client.confirmAppearance({ id: orphan.id })).rejects.toMatchObject({ code: 'invalid-input' });
    await service.close();
  });

  it('replaces an orphan, in one undoable step, when the analyst marks its claim again in that version', async () => {
    const { client, service } = await openFreshCase();
    const first = await importPage(client, page(text));
    const old = await markClaims(client, first.article.id, text);
    const paragraphs = text.split('\n\n');
    const cut = paragraphs.slice(3, 6).join('\n\n');
    const second = await importPage(client, page(text.replace(`${cut}\n\n`, '')));
    const carried = (await client.getCase({})).appearances.filter((appearance) => appearance.articleId === second.article.id);
    const orphan = carried.find((appearance) => appearance.status === 'orphaned')!;
    const untouched = carried.filter((appearance) => appearance.id !== orphan.id);
    const newText = second.article.doc.text;
    const start = newText.indexOf(' ', 100) + 1;

    const marked = await client.addAppearance({
      claimId: orphan.claimId,
      articleId: second.article.id,
      selector: selectorFor(newText, start, newText.indexOf(' ', start + 30)),
    });

    const after = (await client.getCase({})).appearances;
    expect(after.find((appearance) => appearance.id === orphan.id)).toBeUndefined();
    expect(after.find((appearance) => appearance.id === marked.id)).toMatchObject({ status: 'anchored', claimId: orphan.claimId });
    for (const kept of untouched) expect(after.some((appearance) => appearance.id === kept.id)).toBe(true);
    // The first version keeps the claim's words where they were.
    expect(after.some((appearance) => appearance.id === old[0]!.id)).toBe(true);

    await client.undo({});
    const undone = (await client.getCase({})).appearances;
    expect(undone.find((appearance) => appearance.id === orphan.id)).toMatchObject({ status: 'orphaned' });
    expect(undone.find((appearance) => appearance.id === marked.id)).toBeUndefined();
    await service.close();
  });

  it('refuses the same bytes again instead of making a version of them', async () => {
    const { client, service } = await openFreshCase();
    await importPage(client, page(text));
    await expect(importPage(client, page(text), 'again.html')).rejects.toThrow(/already in this case/);
    expect((await client.getCase({})).articles).toHaveLength(1);
    await service.close();
  });
});
