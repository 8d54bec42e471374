import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import type { Article, CaseData } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { readCase } from '../store';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const STORY = 'Embassy protest\n\nThe minister said Kestria is orchestrating an attack on our embassy. Police counted 1,200 people.';

/** A case with one article, one tagged claim marked in two places, one source and the evidence linking them. */
async function buildCase(client: ApiClient) {
  const { article } = await client.importFile({ name: 'story.txt', dataBase64: asBase64(STORY) });
  const quote = 'Kestria is orchestrating an attack';
  const start = article.doc.text.indexOf(quote);
  const { claim } = await client.createClaim({
    articleId: article.id,
    selector: selectorFor(article.doc.text, start, start + quote.length),
    tags: ['kestria', 'embassy'],
  });
  const source = await client.createSource({ title: 'Police statement', url: 'https://police.example/statement' });
  const evidence = await client.linkEvidence({ claimId: claim.id, sourceId: source.id, relation: 'refutes' });
  const secondPlace = await client.addAppearance({ claimId: claim.id, ...passageOf(article, 'our embassy') });
  return { article, claim, source, evidence, secondPlace };
}

type Built = Awaited<ReturnType<typeof buildCase>>;

const EDITS: [string, (client: ApiClient, built: Built) => Promise<unknown>][] = [
  ['import a file', (client) => client.importFile({ name: 'other.txt', dataBase64: asBase64('Another story\n\nIt rained.') })],
  ['paste text', (client) => client.importText({ text: 'A pasted statement.', title: 'Pasted' })],
  ['paste HTML', (client) => client.importHtml({ html: '<p>Rich <b>paste</b></p>', title: null })],
  ['edit article details', (client, { article }) => client.updateArticle({ id: article.id, patch: { outlet: 'Daily Wire' } })],
  ['edit case settings', (client) => client.updateWorkspace({ analyst: 'Ana Lima', methodology: '# How' })],
  ['tag a claim', (client, { article }) => client.createClaim({ articleId: article.id, selector: selectorFor(article.doc.text, 0, 7) })],
  ['rate a claim', (client, { claim }) => client.updateClaim({ id: claim.id, patch: { verdict: 'false', tags: ['embassy'] } })],
  ['delete a claim', (client, { claim }) => client.deleteClaim({ id: claim.id })],
  ['create a tag', (client) => client.createTag({ name: 'Protest', color: '#123456' })],
  ['rename a tag', (client) => client.updateTag({ name: 'embassy', patch: { name: 'Embassy attack', color: '#654321' } })],
  ['merge tags', (client) => client.mergeTags({ from: ['embassy'], into: 'kestria' })],
  ['delete a tag', (client) => client.deleteTag({ name: 'embassy' })],
  ['add a source', (client) => client.createSource({ title: 'Ministry', reliability: 'B' })],
  ['edit a source', (client, { source }) => client.updateSource({ id: source.id, patch: { reliability: 'A' } })],
  ['delete a source in use', (client, { source }) => client.deleteSource({ id: source.id })],
  ['link a source', (client, { claim, source }) => client.linkEvidence({ claimId: claim.id, sourceId: source.id, relation: 'context' })],
  ['grade evidence', (client, { evidence }) => client.updateEvidence({ id: evidence.id, patch: { credibility: 2, note: 'Seen' } })],
  ['unlink a source', (client, { evidence }) => client.unlinkEvidence({ id: evidence.id })],
  ['mark a claim again', (client, { article, claim }) => client.addAppearance({ claimId: claim.id, ...passageOf(article, 'Police counted') })],
  ['unmark one of two appearances', (client, { secondPlace }) => client.deleteAppearance({ id: secondPlace.id })],
  [
    'cite a passage',
    (client, { article, claim }) => client.linkEvidence({ claimId: claim.id, passage: passageOf(article, 'Police counted 1,200 people'), relation: 'refutes' }),
  ],
  [
    'import sources',
    (client) => client.importSources({ json: JSON.stringify([{ type: 'report', title: 'Crowd review', URL: 'https://council.example/review' }]) }),
  ],
  [
    'import annotations',
    (client, { article }) =>
      client.importAnnotations({
        json: JSON.stringify([{ target: { source: `urn:sha256:${article.sha256}`, selector: { type: 'TextQuoteSelector', exact: 'Police counted' } } }]),
      }),
  ],
];

/** The first place of a quote in an article, as a passage to mark or cite. */
function passageOf(article: Article, quote: string) {
  const start = article.doc.text.indexOf(quote);
  return { articleId: article.id, selector: selectorFor(article.doc.text, start, start + quote.length) };
}

/** What opening the case again would find: the snapshot with the journal replayed. */
function caseOnDisk(dir: string): Promise<CaseData> {
  return readCase(dir);
}

describe('undo and redo through the API', () => {
  it.each(EDITS)('%s: undo restores exactly the state before, redo the state after, on disk too', async (_name, edit) => {
    const { client, service, dir } = await openFreshCase();
    const built = await buildCase(client);
    const before = await client.getCase({});
    await edit(client, built);
    const after = await client.getCase({});
    expect(after).not.toEqual(before);

    await client.undo({});
    expect(await client.getCase({})).toEqual(before);
    expect(await caseOnDisk(dir)).toEqual(before);

    await client.redo({});
    expect(await client.getCase({})).toEqual(after);
    expect(await caseOnDisk(dir)).toEqual(after);
    await service.close();
  });

  it('names what it undid and what comes next', async () => {
    const { client, service } = await openFreshCase();
    const { claim } = await buildCase(client);
    await client.updateClaim({ id: claim.id, patch: { verdict: 'false' } });
    expect(await client.getUndoState({})).toEqual({ undo: 'Edit claim', redo: null });
    expect(await client.undo({})).toEqual({ done: 'Edit claim', undo: 'Add appearance', redo: 'Edit claim' });
    await service.close();
  });

  it('finds search hits as the case is after an undo', async () => {
    const { client, service } = await openFreshCase();
    await buildCase(client);
    await client.createSource({ title: 'Quarterly dataset of protests' });
    expect((await client.search({ query: 'quarterly' })).hits).toHaveLength(1);
    await client.undo({});
    expect((await client.search({ query: 'quarterly' })).hits).toEqual([]);
    await service.close();
  });
});

describe('the history', () => {
  it('lists every change newest first, with the analyst, and filters by claim', async () => {
    const { client, service } = await openFreshCase();
    const { claim, evidence } = await buildCase(client);
    await client.updateWorkspace({ analyst: 'Ana Lima' });
    await client.updateClaim({ id: claim.id, patch: { verdict: 'false' } });

    const history = await client.getHistory({});
    expect(history[0]).toMatchObject({ actor: 'Ana Lima', action: 'update', entity: 'claim', entityId: claim.id });
    expect(history.at(-1)).toMatchObject({ actor: 'Dana', action: 'create', entity: 'workspace' });

    const ofClaim = await client.getHistory({ claimId: claim.id });
    expect(ofClaim.map((entry) => `${entry.action} ${entry.entity}`)).toEqual([
      'update claim',
      'create appearance',
      'create evidence',
      'create appearance',
      'create claim',
    ]);
    expect(ofClaim[2]?.entityId).toBe(evidence.id);
    expect(await client.getHistory({ limit: 2 })).toEqual(history.slice(0, 2));
    await service.close();
  });
});
