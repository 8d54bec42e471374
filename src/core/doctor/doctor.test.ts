import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Appearance, CaseData, Evidence } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { importPastedText } from '../import';
import { CaseStore } from '../store';
import { sampleClaim } from '../store/test-case';
import { useTempFolders } from '../store/test-folders';
import { diagnoseCase, repairCase, type Problem } from './index';

const tempFolder = useTempFolders();

/** A healthy case: two articles with their originals, a claim marked in the first, a source and its evidence. */
async function healthyCase(): Promise<{ dir: string; ids: { kept: string; other: string; claim: string; source: string } }> {
  const dir = await tempFolder();
  const store = await CaseStore.create(dir, { name: 'Harbour', analyst: 'Dana' });
  const add = async (text: string) => {
    const article = importPastedText(text, null);
    await store.saveOriginal(article.sha256, Buffer.from(text, 'utf8'));
    return store.addArticle(article);
  };
  const kept = await add('Harbour crowd\n\nPolice said about 1,200 people gathered.');
  const other = await add('Council budget\n\nThe council said the repairs cost double.');
  const claim = { ...sampleClaim('clm_crowd', 'About 1,200 people gathered'), tags: ['crowd'] };
  const start = kept.doc.text.indexOf('about 1,200');
  const appearance: Appearance = {
    id: 'app_crowd',
    claimId: claim.id,
    articleId: kept.id,
    selector: selectorFor(kept.doc.text, start, start + 11),
    status: 'anchored',
    createdAt: claim.createdAt,
  };
  const evidence: Evidence = { id: 'evd_police', claimId: claim.id, sourceId: 'src_police', relation: 'supports', credibility: 2, excerpt: '', passage: null, note: '', createdAt: claim.createdAt };
  const source = { id: 'src_police', title: 'Police statement', url: null, publisher: null, author: null, authors: [], containerTitle: null, cslType: null, publishedAt: null, accessedAt: null, kind: 'official-statement' as const, reliability: 'B' as const, notes: '', articleId: null };
  await store.edit((draft, journal) => {
    draft.claims.push(claim);
    draft.appearances.push(appearance);
    draft.tags.push({ name: 'crowd', color: '#2f6fdb' });
    draft.sources.push(source);
    draft.evidence.push(evidence);
    journal.created('claim', claim.id, claim);
    journal.created('appearance', appearance.id, appearance);
    journal.created('tag', 'crowd', { name: 'crowd', color: '#2f6fdb' });
    journal.created('source', source.id, source);
    journal.created('evidence', evidence.id, evidence);
  });
  await store.close();
  return { dir, ids: { kept: kept.id, other: other.id, claim: claim.id, source: 'src_police' } };
}

async function editCaseFile(dir: string, change: (data: CaseData) => void): Promise<void> {
  const file = join(dir, 'claimdesk.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as CaseData;
  change(data);
  await writeFile(file, JSON.stringify(data));
}

const kinds = (problems: readonly Problem[]) => problems.map((problem) => `${problem.kind} ${problem.subject}`).sort();

describe('claimdesk doctor', () => {
  it('finds nothing wrong with a healthy case', async () => {
    const { dir } = await healthyCase();
    expect((await diagnoseCase(dir)).problems).toEqual([]);
  });

  it('finds broken references and duplicated ids, each with what it means', async () => {
    const { dir, ids } = await healthyCase();
    await editCaseFile(dir, (data) => {
      const appearance = data.appearances[0]!;
      data.appearances.push(structuredClone(appearance));
      data.appearances.push({ ...appearance, id: 'app_lost', articleId: 'art_gone' });
      data.claims.push({ ...data.claims[0]!, statement: 'A different claim under the same id' });
      data.evidence.push({ ...data.evidence[0]!, id: 'evd_lost', sourceId: 'src_gone' });
      data.claims[0]!.tags.push('harbour');
    });
    const { problems } = await diagnoseCase(dir);
    expect(kinds(problems)).toEqual([
      'appearance-without-article app_lost',
      'duplicate-id app_crowd',
      `duplicate-id ${ids.claim}`,
      'evidence-without-source evd_lost',
      'tag-missing harbour',
    ]);
    const byKind = (kind: string, subject: string) => problems.find((problem) => problem.kind === kind && problem.subject === subject)!;
    expect(byKind('duplicate-id', 'app_crowd')).toMatchObject({ repair: 'drop-duplicate', message: expect.stringContaining('both copies the same') });
    expect(byKind('duplicate-id', ids.claim).repair).toBeUndefined();
    expect(byKind('duplicate-id', ids.claim).message).toContain('Edits reach only the first');
    expect(byKind('appearance-without-article', 'app_lost').message).toContain('The report cannot quote it');
  });

  it('finds missing, garbled and unreferenced article files, and originals that no longer match their hash', async () => {
    const { dir, ids } = await healthyCase();
    const data = JSON.parse(await readFile(join(dir, 'claimdesk.json'), 'utf8')) as CaseData;
    const [kept, other] = data.articles;
    await rm(join(dir, 'articles', `${ids.other}.json`));
    await writeFile(join(dir, 'articles', `${ids.kept}.json`), '{"id": "art_');
    await writeFile(join(dir, 'articles', 'art_orphan.json'), '{}');
    await writeFile(join(dir, 'originals', other!.sha256), 'tampered bytes');
    await rm(join(dir, 'originals', kept!.sha256));
    const { problems } = await diagnoseCase(dir);
    expect(kinds(problems)).toEqual([
      `article-file-damaged articles/${ids.kept}.json`,
      `article-file-missing articles/${ids.other}.json`,
      // Opening the case moved it aside: no article names it.
      'article-file-quarantined quarantine/articles/art_orphan.json',
      `original-damaged originals/${other!.sha256}`,
      `original-missing originals/${kept!.sha256}`,
    ]);
    expect(problems.every((problem) => problem.repair === undefined)).toBe(true);
    expect(problems.find((problem) => problem.kind === 'article-file-damaged')!.message).toContain('not valid JSON');
  });

  it('finds an article file that holds another article', async () => {
    const { dir, ids } = await healthyCase();
    await writeFile(join(dir, 'articles', `${ids.kept}.json`), await readFile(join(dir, 'articles', `${ids.other}.json`)));
    expect(kinds((await diagnoseCase(dir)).problems)).toEqual([`article-file-mismatch articles/${ids.kept}.json`]);
  });

  it('repairs what it safely can, with a backup first and the removed entries kept, as one edit in the history', async () => {
    const { dir, ids } = await healthyCase();
    await editCaseFile(dir, (data) => {
      data.appearances.push(structuredClone(data.appearances[0]!));
      data.appearances.push({ ...data.appearances[0]!, id: 'app_lost', articleId: 'art_gone' });
      data.evidence.push({ ...data.evidence[0]!, id: 'evd_lost', claimId: 'clm_gone' });
      data.claims.push({ ...data.claims[0]!, statement: 'A different claim under the same id' });
      data.claims[0]!.tags.push('harbour');
    });
    const damaged = await readFile(join(dir, 'claimdesk.json'), 'utf8');
    const historyBefore = await readFile(join(dir, 'history.jsonl'), 'utf8');
    const report = await repairCase(dir, new Date('2026-01-02T03:04:05.000Z'));

    // Every file the repair changed, as it was: the snapshot and the journal.
    expect(report.backup).toBe(join(dir, 'doctor-backup.2026-01-02T03-04-05-000Z'));
    expect(await readFile(join(report.backup!, 'claimdesk.json'), 'utf8')).toBe(damaged);
    expect(await readFile(join(report.backup!, 'history.jsonl'), 'utf8')).toBe(historyBefore);
    expect(await readFile(join(dir, 'history.jsonl'), 'utf8')).not.toBe(historyBefore);
    const kept = JSON.parse(await readFile(report.removedFile!, 'utf8')) as { kind: string; entity: { id: string }; why: string }[];
    expect(kept.map(({ kind, entity, why }) => [kind, entity.id, why])).toEqual([
      ['appearance', 'app_crowd', 'an exact second copy'],
      ['appearance', 'app_lost', 'its article is missing'],
      ['evidence', 'evd_lost', 'its claim is missing'],
    ]);
    expect(report.recreatedTags).toEqual([{ name: 'harbour', color: '#7f8c8d' }]);
    // Two different claims under one id need the analyst: reported, left as they are.
    expect(kinds(report.remaining)).toEqual([`duplicate-id ${ids.claim}`]);

    const store = await CaseStore.open(dir);
    expect(store.data.appearances.map((appearance) => appearance.id)).toEqual(['app_crowd']);
    expect(store.data.evidence.map((item) => item.id)).toEqual(['evd_police']);
    const history = await store.readHistory();
    await store.close();
    expect(history.filter((entry) => entry.action === 'delete').map((entry) => entry.entityId)).toEqual(['app_crowd', 'app_lost', 'evd_lost']);
    expect(history.some((entry) => entry.action === 'create' && entry.entity === 'tag' && entry.entityId === 'harbour')).toBe(true);
  });

  it('changes nothing and makes no backup when nothing can be repaired', async () => {
    const { dir, ids } = await healthyCase();
    await rm(join(dir, 'articles', `${ids.other}.json`));
    const before = await readFile(join(dir, 'claimdesk.json'), 'utf8');
    const report = await repairCase(dir);
    expect(report).toMatchObject({ backup: null, removedFile: null, removed: [], recreatedTags: [] });
    expect(kinds(report.remaining)).toEqual([`article-file-missing articles/${ids.other}.json`]);
    expect(await readFile(join(dir, 'claimdesk.json'), 'utf8')).toBe(before);
  });
});

describe('the journal', () => {
  it('reports a damaged line of the history and an edit a crash set aside, and leaves both alone', async () => {
    const { dir } = await healthyCase();
    const history = join(dir, 'history.jsonl');
    const lines = (await readFile(history, 'utf8')).split('\n');
    lines.splice(1, 0, '{"at": "2026-01-01", "act');
    await writeFile(history, lines.join('\n'));
    await writeFile(join(dir, 'history.jsonl.torn'), '{"seq": 9, "of": 2');
    const { problems } = await diagnoseCase(dir);
    expect(kinds(problems)).toEqual(['journal-edit-set-aside history.jsonl.torn', 'journal-line-damaged history.jsonl']);
    expect(problems.find((problem) => problem.kind === 'journal-line-damaged')!.message).toContain('1 line(s)');
    expect(await readFile(join(dir, 'history.jsonl.torn'), 'utf8')).toBe('{"seq": 9, "of": 2');
  });
});
