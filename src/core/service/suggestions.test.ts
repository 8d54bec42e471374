import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../shared/selector';
import { SUGGESTION_THRESHOLD } from '../../shared/suggestions';
import type { CaseData } from '../../shared/model';
import { openCaseService } from './index';
import { articlesToScoreFirst } from './suggestions';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const STORY = [
  'Budget vote',
  '',
  'Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years. I think we can all agree on that. ' +
    'Senator Harris voted against the bill because it cut $2 billion from schools. Thank you very much.',
].join('\n');

async function importStory() {
  const opened = await openFreshCase();
  const { article } = await opened.client.importFile({ name: 'budget.txt', dataBase64: asBase64(STORY) });
  return { ...opened, article };
}

describe('check-worthiness suggestions', () => {
  it('suggests the checkable sentences of an article, with offsets into its text', async () => {
    const { client, service, article } = await importStory();
    const suggestions = await client.getSuggestions({ articleId: article.id });
    const texts = suggestions.map((suggestion) => suggestion.text);
    expect(texts).toContain('Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.');
    expect(texts).not.toContain('Thank you very much.');
    for (const suggestion of suggestions) {
      expect(article.doc.text.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
      expect(suggestion.score).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
    }
    await service.close();
  });

  it('lists every sentence best first on request, and filters the case list by reason', async () => {
    const { client, service, article } = await importStory();
    const every = await client.listSuggestions({ articleId: article.id, everySentence: true, limit: 0 });
    expect(every).toHaveLength(5);
    expect(every.map((suggestion) => suggestion.score)).toEqual(every.map((s) => s.score).sort((a, b) => b - a));
    const causal = await client.listSuggestions({ reason: 'causal' });
    expect(causal.map((suggestion) => suggestion.text)).toEqual([
      'Senator Harris voted against the bill because it cut $2 billion from schools.',
    ]);
    expect(causal[0]?.type).toBe('statistic');
    await service.close();
  });

  it('skips a sentence once it is tagged as a claim', async () => {
    const { client, service, article } = await importStory();
    const [first] = await client.getSuggestions({ articleId: article.id });
    await client.createClaim({ articleId: article.id, selector: selectorFor(article.doc.text, first!.start, first!.end) });
    const after = await client.getSuggestions({ articleId: article.id });
    expect(after.map((suggestion) => suggestion.start)).not.toContain(first!.start);
    expect(await client.listSuggestions({})).not.toContainEqual(expect.objectContaining({ start: first!.start }));
    await service.close();
  });

  it('keeps a dismissal with the case, across saves of the panes and a reopening, outside the history', async () => {
    const { client, service, article, dir, options } = await importStory();
    const [first] = await client.getSuggestions({ articleId: article.id });
    await client.dismissSuggestion({ articleId: article.id, start: first!.start, end: first!.end });
    await client.saveLayout({ layout: { panes: [{ tabs: [article.id], active: article.id, scroll: {}, size: 1 }] } });
    expect((await client.getUndoState({})).undo).not.toMatch(/suggest/i);
    await service.close();

    const reopened = await openCaseService(dir, options);
    const suggestions = await reopened.handlers.getSuggestions({ articleId: article.id });
    expect(suggestions.map((suggestion) => suggestion.start)).not.toContain(first!.start);
    expect((await reopened.handlers.getCase({})).layout?.panes[0]?.active).toBe(article.id);
    await reopened.close();
  });

  it('says which article it cannot find', async () => {
    const { client, service } = await openFreshCase();
    await expect(client.getSuggestions({ articleId: 'art_missing' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.dismissSuggestion({ articleId: 'art_missing', start: 0, end: 4 })).rejects.toMatchObject({
      code: 'not-found',
    });
    await service.close();
  });
});

describe('the articles scored when a case opens', () => {
  /** Only the fields the choice reads: the articles in import order and the panes. */
  const caseWith = (count: number, layout: CaseData['layout']) =>
    ({ articles: Array.from({ length: count }, (_, i) => ({ id: `art_${i}` })), layout }) as unknown as CaseData;

  it('are those open in the panes, the active ones first, then the latest imported, each once', () => {
    const layout = { panes: [{ tabs: ['art_1', 'art_2'], active: 'art_2', scroll: {}, size: 1 }] };
    expect(articlesToScoreFirst(caseWith(4, layout))).toEqual(['art_2', 'art_1', 'art_3', 'art_0']);
  });

  it('are not every article of a large case, and never an article no longer in it', () => {
    const layout = { panes: [{ tabs: ['art_gone'], active: null, scroll: {}, size: 1 }] };
    const chosen = articlesToScoreFirst(caseWith(1_000, layout));
    expect(chosen).toHaveLength(20);
    expect(chosen[0]).toBe('art_999');
    expect(chosen).not.toContain('art_gone');
  });
});
