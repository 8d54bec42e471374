import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { createClient, dispatch } from '../../shared/rpc';
import { selectorFor } from '../../shared/selector';
import { openCaseService } from './index';
import { useFreshCases } from './test-service';

const freshCase = useFreshCases();

const STORIES = {
  kept: 'Harbour crowd\n\nPolice said about 1,200 people gathered at the harbour on Monday.',
  deleted: 'Minister speech\n\nThe minister said the harbour protest was organised abroad.',
  garbled: 'Council budget\n\nThe council said the harbour repairs will cost double.',
};

/**
 * A case of three articles, each with a claim, opened afresh after one article file
 * was deleted and another garbled, as a sync tool or a full disk might leave them.
 */
async function damagedCase(): Promise<{ client: ApiClient; ids: Record<keyof typeof STORIES, string> }> {
  const { client, service, dir, options } = await freshCase();
  const ids = {} as Record<keyof typeof STORIES, string>;
  for (const [name, text] of Object.entries(STORIES) as [keyof typeof STORIES, string][]) {
    const article = await client.importText({ text, title: null });
    ids[name] = article.id;
    const quote = text.split('\n\n')[1]!.slice(0, 30);
    await client.createClaim({ articleId: article.id, selector: selectorFor(article.doc.text, article.doc.text.indexOf(quote), article.doc.text.indexOf(quote) + quote.length), statement: `Claim of ${name}` });
  }
  await service.close();
  await rm(join(dir, 'articles', `${ids.deleted}.json`));
  await writeFile(join(dir, 'articles', `${ids.garbled}.json`), '{"doc": {"text": "The council sa');
  const reopened = await openCaseService(dir, options);
  return { client: createClient((method, input) => dispatch(reopened.handlers, method, input)), ids };
}

describe('a case with a missing and a damaged article file', () => {
  it('exports the report with everything else in it, listing both articles as unreadable', async () => {
    const { client, ids } = await damagedCase();
    const markdown = (await client.exportReport({ format: 'markdown' })).content;
    expect(markdown).toContain('Claim of kept');
    expect(markdown).toContain('Police said about 1,200 people');
    // The lost articles' claims are still reported, quoted with the context recorded when marked.
    expect(markdown).toContain('Claim of deleted');
    expect(markdown).toContain('The minister said the harbour');
    // Markdown escapes the underscore of an id.
    const escaped = (id: string) => id.replace('_', '\\_');
    for (const [title, id] of [['Minister speech', ids.deleted], ['Council budget', ids.garbled]] as const) {
      expect(markdown).toContain(`The article “${title}” (${escaped(id)}) cannot be read: its file articles/${escaped(id)}.json is missing or damaged`);
    }
    expect(markdown).not.toContain('“Harbour crowd” (');
  });

  it('lists both in the completeness check, with their ids', async () => {
    const { client, ids } = await damagedCase();
    const issues = await client.checkReport({ options: {} });
    expect(issues.filter((issue) => issue.kind === 'unreadable-article').map((issue) => issue.articleId)).toEqual([ids.deleted, ids.garbled]);
  });

  it('searches the rest and names what it could not search', async () => {
    const { client, ids } = await damagedCase();
    const { hits, unreadable } = await client.search({ query: 'harbour' });
    expect(hits.filter((hit) => hit.kind === 'article').map((hit) => hit.id)).toEqual([ids.kept]);
    expect(unreadable).toEqual([
      { id: ids.deleted, title: 'Minister speech' },
      { id: ids.garbled, title: 'Council budget' },
    ]);
  });
});
