import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiClient, ExportedFile } from '../../shared/api';
import { SCHEMA_VERSION } from '../../shared/model';
import { createClient, dispatch } from '../../shared/rpc';
import { selectorFor } from '../../shared/selector';
import { chromiumPrinter, findChromium, printPdfWithChromium } from '../chromium';
import { importCase } from '../interchange/case-json';
import { pdfToArticle } from '../import/pdf';
import { useTempFolders } from '../store/test-folders';
import { writeConflicts } from '../sync/conflicts-file';
import { openCaseService, type CaseService } from './index';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();
const tempFolder = useTempFolders();

const PAGE = `<!doctype html><html><head><title>Minister accuses Kestria</title>
<link rel="canonical" href="https://wire.example/kestria">
<meta property="og:site_name" content="Northern Wire"></head><body><article>
<h1>Minister accuses Kestria</h1>
<p>The minister said the government of Kestria is orchestrating an attack on our embassy.</p>
<p>Police said about 1,200 people gathered outside the embassy on Monday evening.</p>
</article></body></html>`;

/** A small case with every kind of thing in it: an article and its original, claims, a source, evidence, a methodology. */
async function buildCase(client: ApiClient) {
  const { article } = await client.importFile({ name: 'kestria.html', dataBase64: asBase64(PAGE) });
  const select = (quote: string) => {
    const start = article.doc.text.indexOf(quote);
    return selectorFor(article.doc.text, start, start + quote.length);
  };
  const mark = async (quote: string) => (await client.createClaim({ articleId: article.id, selector: select(quote) })).claim;
  /** A second place the attack claim is made, and a passage of the article cited as evidence. */
  const markAgainAndCite = async () => {
    await client.addAppearance({ claimId: attack.id, articleId: article.id, selector: select('The minister said') });
    await client.linkEvidence({ claimId: attack.id, passage: { articleId: article.id, selector: select('Police said') } });
  };
  const attack = await mark('Kestria is orchestrating an attack on our embassy');
  const crowd = await mark('about 1,200 people gathered');
  await client.updateClaim({ id: attack.id, patch: { verdict: 'false', claimant: 'The minister', tags: ['kestria'], rationale: 'No *evidence*.' } });
  await client.updateClaim({ id: crowd.id, patch: { verdict: 'mostly-true', tags: ['crowd'] } });
  const source = await client.createSource({ title: 'Police statement', url: 'https://police.example/s', reliability: 'B' });
  await client.linkEvidence({ claimId: crowd.id, sourceId: source.id, relation: 'supports', credibility: 2, excerpt: 'about 1,200' });
  await client.updateWorkspace({ methodology: 'We asked the **police**.' });
  return { article, attack, crowd, markAgainAndCite };
}

const clientOf = (service: CaseService): ApiClient => createClient((method, input) => dispatch(service.handlers, method, input));

const text = (file: ExportedFile) => Buffer.from(file.content, file.encoding).toString('utf8');

describe('exporting the report', () => {
  it('exports the whole case as JSON that imports back into a new case and exports the same', async () => {
    const { client, service, options } = await openFreshCase();
    await (await buildCase(client)).markAgainAndCite();
    const exported = await client.exportReport({ format: 'json' });
    expect(exported).toMatchObject({ mimeType: 'application/json', encoding: 'utf8', fileName: expect.stringMatching(/-case-\d{4}-\d{2}-\d{2}\.json$/) });
    await service.close();

    const file = JSON.parse(exported.content);
    expect(file).toMatchObject({ format: 'claimdesk-case', schemaVersion: SCHEMA_VERSION, generator: 'Claimdesk 0.0.0-test' });
    expect(file.case.claims).toHaveLength(2);
    expect(file.case.appearances).toHaveLength(3);
    expect(file.case.evidence.map((item: { passage: unknown }) => item.passage)).toEqual([
      null,
      { articleId: file.case.articles[0].id, selector: expect.objectContaining({ quote: expect.objectContaining({ exact: 'Police said' }) }) },
    ]);
    expect(Object.keys(file.originals)).toEqual([file.case.articles[0].sha256]);
    expect(file.history.length).toBeGreaterThan(5);

    const copy = join(await tempFolder(), 'copy');
    await importCase(exported.content, copy);
    const reopened = await openCaseService(copy, options);
    const again = await clientOf(reopened).exportReport({ format: 'json' });
    await reopened.close();
    expect(again.content).toBe(exported.content);
    expect(await readFile(join(copy, 'originals', file.case.articles[0].sha256), 'utf8')).toBe(PAGE);
  });

  it('refuses a case file whose original does not match its hash, a newer one, and a folder that holds a case', async () => {
    const { client, service, dir } = await openFreshCase();
    await buildCase(client);
    const exported = JSON.parse((await client.exportReport({ format: 'json' })).content);
    await service.close();
    const target = join(await tempFolder(), 'copy');

    const [sha256] = Object.keys(exported.originals);
    const tampered = { ...exported, originals: { [sha256!]: asBase64('other bytes') } };
    await expect(importCase(JSON.stringify(tampered), target)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('does not have that SHA-256') });
    await expect(importCase(JSON.stringify({ ...exported, schemaVersion: SCHEMA_VERSION + 1 }), target)).rejects.toMatchObject({ code: 'newer-schema' });
    await expect(importCase('{"format":"something else"}', target)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(importCase(JSON.stringify(exported), dir)).rejects.toMatchObject({ message: expect.stringContaining('already holds a Claimdesk case') });
  });

  it('upgrades a case exported at schema 2 on import, and refuses a passage in an article the case lacks', async () => {
    const { client, service } = await openFreshCase();
    await (await buildCase(client)).markAgainAndCite();
    const exported = JSON.parse((await client.exportReport({ format: 'json' })).content);
    await service.close();

    const versionTwo = structuredClone(exported);
    versionTwo.schemaVersion = 2;
    versionTwo.case.workspace.schemaVersion = 2;
    versionTwo.case.evidence = versionTwo.case.evidence.map(({ passage: _passage, ...item }: Record<string, unknown>) => item);
    const upgraded = await importCase(JSON.stringify(versionTwo), join(await tempFolder(), 'old'));
    expect(upgraded.workspace.schemaVersion).toBe(SCHEMA_VERSION);
    expect(upgraded.evidence.map((item) => item.passage)).toEqual([null, null]);

    const dangling = structuredClone(exported);
    dangling.case.evidence[1].passage.articleId = 'art_gone';
    await expect(importCase(JSON.stringify(dangling), join(await tempFolder(), 'dangling'))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining(`${dangling.case.evidence[1].id} refers to something the case does not contain`),
    });
  });

  it('exports each text format, with the options applied', async () => {
    const { client, service } = await openFreshCase();
    await buildCase(client);
    const onlyCrowd = { claims: { tags: ['crowd'] }, sections: {} };
    const markdown = text(await client.exportReport({ format: 'markdown', options: onlyCrowd }));
    expect(markdown).toContain('about 1,200 people gathered');
    expect(markdown).not.toContain('### Claim 2');
    const html = await client.exportReport({ format: 'html' });
    expect(html).toMatchObject({ mimeType: 'text/html', fileName: expect.stringMatching(/\.html$/) });
    const reviews = JSON.parse(text(await client.exportReport({ format: 'claimreview', options: onlyCrowd })));
    expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed)).toEqual(['about 1,200 people gathered']);
    const annotations = JSON.parse(text(await client.exportReport({ format: 'annotations' })));
    expect(annotations.first.items[0].target.source).toBe('https://wire.example/kestria');
    await service.close();
  });

  it('checks completeness through the API', async () => {
    const { client, service } = await openFreshCase();
    const { attack } = await buildCase(client);
    expect(await client.checkReport({})).toEqual([
      expect.objectContaining({ kind: 'rated-without-evidence', claimId: attack.id }),
      expect.objectContaining({ kind: 'rated-without-rationale' }),
    ]);
    await service.close();
  });

  it('lists the conflicts a sync left under What is missing in the report (the HTML is what PDF prints), as the check does', async () => {
    const { client, service, dir } = await openFreshCase();
    const { attack } = await buildCase(client);
    const sides = { mine: 'false', theirs: 'true', myAnalyst: 'Dana', theirAnalyst: 'Ben', myAt: null, theirAt: null, restore: [] };
    await writeConflicts(dir, [{ id: `claim:${attack.id}:verdict`, entity: 'claim', entityId: attack.id, field: 'verdict', ...sides }]);
    const listed = `A sync left a conflict: the verdict of claim “Kestria is orchestrating an attack on our embassy” (${attack.id}) was changed both here and by Ben.`;

    expect(await client.checkReport({})).toContainEqual(expect.objectContaining({ kind: 'unresolved-conflict', message: expect.stringContaining(listed) }));
    const markdown = text(await client.exportReport({ format: 'markdown' }));
    const missing = markdown.slice(markdown.indexOf('## What is missing'), markdown.indexOf('## Summary'));
    expect(missing).toMatch(/- A sync left a conflict: the verdict of claim “Kestria is orchestrating an attack on our embassy” \(clm\\_\w+\) was changed both here and by Ben\./);
    const html = text(await client.exportReport({ format: 'html' }));
    expect(html.slice(html.indexOf('id="missing"'))).toContain(listed);
    await client.resolveConflict({ id: `claim:${attack.id}:verdict`, take: 'mine' });
    expect(text(await client.exportReport({ format: 'html' }))).not.toContain('A sync left a conflict');
    await service.close();
  });

  it('says PDF is unavailable when no printer was given', async () => {
    const { client, service } = await openFreshCase();
    await expect(client.exportReport({ format: 'pdf' })).rejects.toMatchObject({ code: 'unavailable' });
    await service.close();
  });

  it.skipIf(findChromium() === null)('prints the report to a PDF whose text holds every claim’s statement', { timeout: 120_000 }, async () => {
    const { service, dir, options } = await openFreshCase();
    await service.close();
    const printing = await openCaseService(dir, { ...options, printPdf: printPdfWithChromium });
    const client = clientOf(printing);
    await buildCase(client);
    const pdf = await client.exportReport({ format: 'pdf' });
    await printing.close();
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    const bytes = Buffer.from(pdf.content, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { doc } = await pdfToArticle('report.pdf', new Uint8Array(bytes));
    const flat = doc.text.replace(/\s+/g, ' ');
    for (const statement of ['Kestria is orchestrating an attack on our embassy', 'about 1,200 people gathered']) {
      expect(flat).toContain(statement);
    }
  });

  it('says how to get a Chromium when none is found, or when it cannot be started', async () => {
    await expect(chromiumPrinter(null)('<p>x</p>')).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('sudo apt-get install -y chromium'),
    });
    const notAProgram = join(await tempFolder(), 'chromium');
    await writeFile(notAProgram, '');
    await expect(chromiumPrinter(notAProgram)('<p>x</p>')).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('could not be started'),
    });
  });
});
