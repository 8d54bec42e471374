import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../core/chromium';
import { runCli } from './run';
import { useCliWorkers } from './test-workers';

useCliWorkers();

const PAGE = `<!doctype html><html><head><title>Minister accuses Kestria</title>
<meta property="og:site_name" content="Northern Wire"></head><body><article>
<h1>Minister accuses Kestria</h1>
<p>The minister said the government of Kestria "is orchestrating an attack on our embassy".
She said the protest was large. She said the protest was paid for.</p>
<p>Police said about 1,200 people gathered outside the embassy on Monday evening.</p>
</article></body></html>`;

let dir: string;
let caseDir: string;

/** Runs the CLI as a user would and keeps what it printed. */
async function claimdesk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    log: (...parts: unknown[]) => out.push(parts.join(' ')),
    error: (...parts: unknown[]) => err.push(parts.join(' ')),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function importedArticleId(): Promise<string> {
  const { stdout } = await claimdesk('import', caseDir, join(dir, 'page.html'));
  return stdout.split('\t')[0]!;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-cli-'));
  caseDir = join(dir, 'case');
  await writeFile(join(dir, 'page.html'), PAGE);
  expect((await claimdesk('init', caseDir, '--name', 'Embassy', '--analyst', 'Dana Reyes')).code).toBe(0);
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the claimdesk command line', () => {
  it('runs the whole loop: import, claim, source, link, export', async () => {
    const articleId = await importedArticleId();
    expect(articleId).toMatch(/^art_/);

    const claim = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'is orchestrating an attack on our embassy',
      '--claimant', 'The minister', '--verdict', 'unproven', '--rationale', 'No evidence *either way*.', '--json');
    expect(claim.code).toBe(0);
    const { claim: created } = JSON.parse(claim.stdout) as { claim: { id: string; verdict: string; rationale: string } };
    expect(created).toMatchObject({ verdict: 'unproven', rationale: 'No evidence *either way*.' });

    const source = await claimdesk('source', caseDir, '--title', 'Police statement', '--url', 'https://police.example/s',
      '--kind', 'official-statement', '--reliability', 'b');
    const sourceId = source.stdout.split('\t')[0]!;
    const link = await claimdesk('link', caseDir, '--claim', created.id, '--source', sourceId, '--relation', 'context',
      '--credibility', '3', '--excerpt', 'no evidence of foreign funding');
    expect(link.code).toBe(0);

    const out = join(dir, 'report.md');
    expect((await claimdesk('export', caseDir, '--format', 'markdown', '--out', out)).code).toBe(0);
    const report = await readFile(out, 'utf8');
    expect(report).toContain('is orchestrating an attack on our embassy');
    expect(report).toContain('Police statement');
    expect(report).toContain('no evidence of foreign funding');
    expect(report).toContain('Reliability: **B**');
  });

  it('prints readable text, or JSON with --json, for results and for errors alike', async () => {
    const text = await claimdesk('import', caseDir, join(dir, 'page.html'));
    expect(text.stdout).toMatch(/^art_\S+\tMinister accuses Kestria\t.*page\.html$/);
    expect(await claimdesk('case', caseDir)).toMatchObject({ stdout: expect.stringContaining('Embassy\nAnalyst: Dana Reyes') });

    const json = await claimdesk('case', caseDir, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ name: 'Embassy', analyst: 'Dana Reyes' });

    const duplicate = await claimdesk('import', caseDir, join(dir, 'page.html'), '--json');
    expect(duplicate.code).toBe(0);
    expect(JSON.parse(duplicate.stdout)).toMatchObject({ imported: 0, duplicate: 1, failed: 0 });

    const missing = await claimdesk('export', join(dir, 'nowhere'), '--format', 'markdown', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ error: { code: 'not-a-workspace' } });
  });

  it('refuses a quote that is not in the article, with exit code 1, and creates nothing', async () => {
    const articleId = await importedArticleId();
    const result = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'a line nobody wrote');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The quote does not occur in "Minister accuses Kestria"');
    const data = JSON.parse(await readFile(join(caseDir, 'claimdesk.json'), 'utf8')) as { claims: unknown[] };
    expect(data.claims).toEqual([]);
  });

  it('asks which occurrence a repeated quote means, and tags the one chosen', async () => {
    const articleId = await importedArticleId();
    const ambiguous = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'She said the protest was');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('occurs 2 times');
    expect(ambiguous.stderr).toContain('--occurrence 1..2');

    const second = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'She said the protest was', '--occurrence', '2', '--json');
    expect(second.code).toBe(0);
    const { appearance } = JSON.parse(second.stdout) as { appearance: { selector: { quote: { suffix: string } } } };
    expect(appearance.selector.quote.suffix).toMatch(/^ paid for\./);

    const outOfRange = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'She said the protest was', '--occurrence', '3');
    expect(outOfRange.code).toBe(2);
  });

  it('exits 2 with the usage for a wrong call, and 1 for a missing case', async () => {
    const missing = await claimdesk('claim', caseDir, '--quote', 'x');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--article is required');
    expect(missing.stderr).toContain('Usage: claimdesk claim <dir>');

    const badVerdict = await claimdesk('claim', caseDir, '--article', 'art_x', '--quote', 'x', '--verdict', 'pants-on-fire');
    expect(badVerdict.code).toBe(2);

    const unknownOption = await claimdesk('export', caseDir, '--colour', 'red');
    expect(unknownOption.code).toBe(2);

    expect((await claimdesk('frobnicate')).code).toBe(2);

    const notACase = await claimdesk('export', join(dir, 'nowhere'), '--format', 'markdown');
    expect(notACase.code).toBe(1);
    expect(notACase.stderr).toMatch(/nowhere/);
    expect(await readdir(dir)).not.toContain('nowhere');
  });

  it('reads the methodology from a file and refuses a file that does not exist', async () => {
    await writeFile(join(dir, 'method.md'), 'We asked the **police** first.');
    expect((await claimdesk('case', caseDir, '--methodology-file', join(dir, 'method.md'))).code).toBe(0);
    expect((await claimdesk('case', caseDir)).stdout).toContain('We asked the **police** first.');

    const missing = await claimdesk('case', caseDir, '--methodology-file', join(dir, 'gone.md'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('gone.md: cannot read the methodology file');
    expect((await claimdesk('case', caseDir)).stdout).toContain('We asked the **police** first.');
  });

  it('lists the articles and finds words across articles, claims and sources', async () => {
    const articleId = await importedArticleId();
    const listed = await claimdesk('articles', caseDir);
    expect(listed.stdout).toBe(`${articleId}\tv1\t-\tNorthern Wire\tMinister accuses Kestria`);

    await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'is orchestrating an attack on our embassy',
      '--rationale', 'No evidence of foreign funding.');
    await claimdesk('source', caseDir, '--title', 'Police statement on funding', '--kind', 'official-statement');

    const found = await claimdesk('search', caseDir, 'funding', '--json');
    expect(found.code).toBe(0);
    const { hits, unreadable } = JSON.parse(found.stdout) as { hits: Array<{ kind: string; snippet: string }>; unreadable: unknown[] };
    expect(unreadable).toEqual([]);
    expect(hits.map((hit) => hit.kind).sort()).toEqual(['claim', 'source']);

    const text = await claimdesk('search', caseDir, 'orchestrating');
    expect(text.stdout).toMatch(new RegExp(`^article\\t${articleId}\\t.*orchestrating`, 'm'));
    expect((await claimdesk('search', caseDir, 'zeppelin')).stdout).toBe('No matches.');
  });
});

describe('the history on the command line', () => {
  it('prints the audit trail newest first, and only one claim’s changes with --claim', async () => {
    const articleId = await importedArticleId();
    const made = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'is orchestrating an attack on our embassy', '--json');
    const { claim } = JSON.parse(made.stdout) as { claim: { id: string } };
    await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'Police said about 1,200 people');

    const all = await claimdesk('history', caseDir);
    expect(all.code).toBe(0);
    const lines = all.stdout.split('\n');
    expect(lines[0]).toMatch(/^\S+\tDana Reyes\tcreate appearance\t/);
    expect(lines.at(-1)).toMatch(/\tcreate workspace\t.*\tEmbassy$/);

    const ofClaim = await claimdesk('history', caseDir, '--claim', claim.id, '--json');
    const entries = JSON.parse(ofClaim.stdout) as { entity: string; actor: string }[];
    expect(entries.map((entry) => entry.entity)).toEqual(['appearance', 'claim']);
    expect(entries.every((entry) => entry.actor === 'Dana Reyes')).toBe(true);
  });
});

describe('claims in many places and evidence from passages, on the command line', () => {
  const OTHER = `<!doctype html><html><head><title>Police statement</title>
<meta property="og:site_name" content="Port Ardent Police"><link rel="canonical" href="https://police.example/statement"></head>
<body><article><p>The minister repeated that Kestria is orchestrating an attack on our embassy. Police said about 1,200 people were present.
Police said the protest was peaceful.</p></article></body></html>`;

  async function twoArticlesAndAClaim() {
    const wire = await importedArticleId();
    await writeFile(join(dir, 'police.html'), OTHER);
    const police = (await claimdesk('import', caseDir, join(dir, 'police.html'))).stdout.split('\t')[0]!;
    const claim = (await claimdesk('claim', caseDir, '--article', wire, '--quote', 'is orchestrating an attack on our embassy')).stdout.split('\t')[0]!;
    return { wire, police, claim };
  }

  const caseFile = async () =>
    JSON.parse(await readFile(join(caseDir, 'claimdesk.json'), 'utf8')) as {
      appearances: Array<{ claimId: string; articleId: string }>;
      evidence: Array<{ sourceId: string; excerpt: string; passage: { articleId: string } | null }>;
      sources: Array<{ id: string; title: string; articleId: string | null }>;
    };

  it('marks a claim again in another article with appear, and refuses the same words twice', async () => {
    const { police, claim } = await twoArticlesAndAClaim();
    const appeared = await claimdesk('appear', caseDir, '--claim', claim, '--article', police, '--quote', 'is orchestrating an attack on our embassy');
    expect(appeared.code, appeared.stderr).toBe(0);
    expect(appeared.stdout).toMatch(new RegExp(`^app_\\S+\\t${claim}\\t${police}\\tis orchestrating an attack on our embassy$`));
    expect((await caseFile()).appearances.map((appearance) => appearance.articleId)).toHaveLength(2);

    const again = await claimdesk('appear', caseDir, '--claim', claim, '--article', police, '--quote', 'is orchestrating an attack on our embassy');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already marked on these words');

    const ambiguous = await claimdesk('appear', caseDir, '--claim', claim, '--article', police, '--quote', 'Police said');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('--occurrence 1..2');
    const missing = await claimdesk('appear', caseDir, '--claim', claim, '--article', police, '--quote', 'a line nobody wrote');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('The quote does not occur in "Police statement"');
    expect((await caseFile()).appearances).toHaveLength(2);
  });

  it('links a passage of an article as evidence, its article becoming the source', async () => {
    const { police, claim } = await twoArticlesAndAClaim();
    const linked = await claimdesk('link', caseDir, '--claim', claim, '--article', police, '--quote', 'Police said', '--occurrence', '2',
      '--relation', 'context', '--credibility', '2', '--note', 'Said the same evening', '--json');
    expect(linked.code, linked.stderr).toBe(0);
    const evidence = JSON.parse(linked.stdout) as { sourceId: string; excerpt: string; note: string; passage: { articleId: string } };
    expect(evidence).toMatchObject({ excerpt: 'Police said', note: 'Said the same evening', passage: { articleId: police } });
    expect((await caseFile()).sources).toEqual([expect.objectContaining({ id: evidence.sourceId, title: 'Police statement', articleId: police })]);

    const out = join(dir, 'report.md');
    await claimdesk('export', caseDir, '--format', 'markdown', '--out', out);
    expect(await readFile(out, 'utf8')).toContain('  - Passage: *Police statement* (A2), Port Ardent Police');
  });

  it('takes exactly one of --source and --article', async () => {
    const { police, claim } = await twoArticlesAndAClaim();
    const source = (await claimdesk('source', caseDir, '--title', 'Police statement by phone')).stdout.split('\t')[0]!;
    const both = await claimdesk('link', caseDir, '--claim', claim, '--source', source, '--article', police, '--quote', 'Police said', '--relation', 'context');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give exactly one of --source');
    const neither = await claimdesk('link', caseDir, '--claim', claim, '--relation', 'context');
    expect(neither.code).toBe(2);
    const noQuote = await claimdesk('link', caseDir, '--claim', claim, '--article', police, '--relation', 'context');
    expect(noQuote.code).toBe(2);
    expect(noQuote.stderr).toContain('--quote is required');
    expect((await caseFile()).evidence).toEqual([]);
  });
});

describe('exporting and importing with the command line', () => {
  async function caseWithClaims() {
    const articleId = await importedArticleId();
    const attack = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'is orchestrating an attack on our embassy',
      '--claimant', 'The minister', '--verdict', 'false', '--tag', 'kestria', '--json');
    const crowd = await claimdesk('claim', caseDir, '--article', articleId, '--quote', 'about 1,200 people gathered', '--verdict', 'true', '--tag', 'crowd');
    expect([attack.code, crowd.code]).toEqual([0, 0]);
    return articleId;
  }

  it('exports every format to a file, with claims chosen by verdict and tag', async () => {
    await caseWithClaims();
    const formats = { markdown: 'md', html: 'html', json: 'json', claimreview: 'jsonld', annotations: 'jsonld' };
    for (const [format, extension] of Object.entries(formats)) {
      const out = join(dir, `report.${format}.${extension}`);
      const result = await claimdesk('export', caseDir, '--format', format, '--out', out, '--json');
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ format, path: out });
    }
    expect(await readFile(join(dir, 'report.html.html'), 'utf8')).toContain('<section id="rating-scale">');

    const out = join(dir, 'false.md');
    await claimdesk('export', caseDir, '--format', 'markdown', '--out', out, '--verdict', 'false', '--omit', 'ratingScale');
    const report = await readFile(out, 'utf8');
    expect(report).toContain('is orchestrating an attack on our embassy');
    expect(report).not.toContain('### Claim 2');
    expect(report).not.toContain('## Rating scale');

    const reviews = join(dir, 'crowd.jsonld');
    await claimdesk('export', caseDir, '--format', 'claimreview', '--out', reviews, '--tag', 'crowd', '--url', 'https://checks.example/r');
    expect(JSON.parse(await readFile(reviews, 'utf8'))).toEqual([
      expect.objectContaining({ claimReviewed: 'about 1,200 people gathered', url: 'https://checks.example/r#claim-1' }),
    ]);

    expect((await claimdesk('export', caseDir, '--format', 'markdown', '--verdict', 'pants-on-fire')).code).toBe(2);
    expect((await claimdesk('export', caseDir, '--format', 'docx')).code).toBe(2);
  });

  it.skipIf(findChromium() === null)('prints a PDF with the system Chromium', { timeout: 120_000 }, async () => {
    await caseWithClaims();
    const out = join(dir, 'report.pdf');
    const result = await claimdesk('export', caseDir, '--format', 'pdf', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('lists what a reader could not audit, and says so when exporting', async () => {
    await caseWithClaims();
    const check = await claimdesk('check', caseDir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('rated-without-evidence\tClaim “is orchestrating an attack on our embassy” has a verdict but no evidence.');
    const exported = await claimdesk('export', caseDir, '--format', 'html', '--out', join(dir, 'r.html'));
    expect(exported.stdout).toMatch(/gaps a reader cannot audit/);
  });

  it('round-trips a case through JSON with import-case', async () => {
    await caseWithClaims();
    const first = join(dir, 'case.json');
    expect((await claimdesk('export', caseDir, '--format', 'json', '--out', first)).code).toBe(0);
    const copy = join(dir, 'copy');
    const imported = await claimdesk('import-case', first, copy);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Created case "Embassy"');
    const second = join(dir, 'again.json');
    expect((await claimdesk('export', copy, '--format', 'json', '--out', second)).code).toBe(0);
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
    expect((await claimdesk('import-case', first, copy)).code).toBe(1);
  });

  it('creates claims from an annotation file with import-annotations, and reports what it left out', async () => {
    await caseWithClaims();
    const annotations = join(dir, 'annotations.jsonld');
    await claimdesk('export', caseDir, '--format', 'annotations', '--out', annotations);
    const other = join(dir, 'other');
    await claimdesk('init', other, '--name', 'Other');
    await claimdesk('import', other, join(dir, 'page.html'));
    const result = await claimdesk('import-annotations', other, annotations, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ claims: 2, counts: { created: 2 } });

    const again = await claimdesk('import-annotations', other, annotations);
    expect(again.stdout).toContain('0 claims created from 0 annotations; 2 already marked');
    const empty = join(dir, 'empty');
    await claimdesk('init', empty, '--name', 'Empty');
    const unmatched = await claimdesk('import-annotations', empty, annotations);
    expect(unmatched.code).toBe(1);
    expect(unmatched.stdout).toContain('2 on no article of the case');
  });

  it('lists the claims with their appearances and evidence by relation', async () => {
    await caseWithClaims();
    expect((await claimdesk('claims', join(dir, 'other-empty'))).code).toBe(1);
    const listed = await claimdesk('claims', caseDir, '--json');
    const [attack, crowd] = JSON.parse(listed.stdout) as Array<{ id: string }>;
    const source = (await claimdesk('source', caseDir, '--title', 'Police statement', '--url', 'https://police.example/s')).stdout.split('\t')[0]!;
    const other = (await claimdesk('source', caseDir, '--title', 'Embassy guard', '--kind', 'interview')).stdout.split('\t')[0]!;
    await claimdesk('link', caseDir, '--claim', attack!.id, '--source', source, '--relation', 'refutes');
    await claimdesk('link', caseDir, '--claim', attack!.id, '--source', other, '--relation', 'context');
    await claimdesk('link', caseDir, '--claim', crowd!.id, '--source', source, '--relation', 'supports');

    expect((await claimdesk('claims', caseDir)).stdout).toBe(
      [
        `${attack!.id}\tfalse\t1 appearance\tsupports 0, refutes 1, context 1, origin 0\tis orchestrating an attack on our embassy`,
        `${crowd!.id}\ttrue\t1 appearance\tsupports 1, refutes 0, context 0, origin 0\tabout 1,200 people gathered`,
      ].join('\n'),
    );
    expect(JSON.parse((await claimdesk('claims', caseDir, '--json')).stdout)).toEqual([
      expect.objectContaining({ id: attack!.id, appearances: 1, evidence: { supports: 0, refutes: 1, context: 1, origin: 0 } }),
      expect.objectContaining({ id: crowd!.id, verdict: 'true', statement: 'about 1,200 people gathered' }),
    ]);
  });

  it('exports the source library as CSL-JSON and imports it into another case, once', async () => {
    await claimdesk('source', caseDir, '--title', 'Police statement', '--url', 'https://police.example/s', '--publisher', 'Metropolitan Police',
      '--date', '2024-03-05', '--kind', 'official-statement', '--reliability', 'B');
    await claimdesk('source', caseDir, '--title', 'Embassy guard', '--kind', 'interview', '--author', 'Sam Okoro');
    const printed = await claimdesk('sources', caseDir, 'export');
    expect(printed.code, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual([
      expect.objectContaining({ type: 'document', title: 'Police statement', issued: { 'date-parts': [[2024, 3, 5]] } }),
      expect.objectContaining({ type: 'interview', author: [{ literal: 'Sam Okoro' }] }),
    ]);
    const file = join(dir, 'sources.json');
    const written = await claimdesk('sources', caseDir, 'export', '--out', file);
    expect(written.stdout).toBe(`Wrote 2 sources to ${file}`);
    expect(`${printed.stdout}\n`).toBe(await readFile(file, 'utf8'));

    const other = join(dir, 'other');
    await claimdesk('init', other, '--name', 'Other');
    const imported = await claimdesk('sources', other, 'import', file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^created\tsrc_\S+\tPolice statement\ncreated\tsrc_\S+\tEmbassy guard\n2 created, 0 duplicate, 0 failed$/);
    const listed = await claimdesk('sources', other);
    expect(listed.stdout).toMatch(/^src_\S+\tB\tofficial-statement\tPolice statement\thttps:\/\/police\.example\/s\nsrc_\S+\tF\tinterview\tEmbassy guard\t-$/);

    const strip = (items: Array<Record<string, unknown>>) => items.map(({ id: _id, ...item }) => item);
    const again = JSON.parse((await claimdesk('sources', other, 'export', '--json')).stdout) as Array<Record<string, unknown>>;
    expect(strip(again)).toEqual(strip(JSON.parse(printed.stdout) as Array<Record<string, unknown>>));

    const twice = await claimdesk('sources', other, 'import', file, '--json');
    expect(JSON.parse(twice.stdout)).toMatchObject({ created: [expect.objectContaining({ title: 'Embassy guard' })], duplicates: [{ index: 0, url: 'https://police.example/s' }], failed: [] });
  });

  it('reports the items of a CSL-JSON file it cannot import, and refuses a file that is not CSL-JSON', async () => {
    const mixed = join(dir, 'mixed.json');
    await writeFile(mixed, JSON.stringify([{ id: 'a', type: 'report', title: 'Audit', URL: 'https://audit.example' }, { id: 'b', type: 'report' }]));
    const result = await claimdesk('sources', caseDir, 'import', mixed);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^created\tsrc_\S+\tAudit\nfailed\t#2\tit has no title\n1 created, 0 duplicate, 1 failed$/);
    const duplicate = await claimdesk('sources', caseDir, 'import', mixed);
    expect(duplicate.stdout).toMatch(/^duplicate\t#1\tAudit\thttps:\/\/audit\.example\tsame URL as src_\S+\n/);

    await writeFile(join(dir, 'notes.txt'), 'not json');
    const notJson = await claimdesk('sources', caseDir, 'import', join(dir, 'notes.txt'), '--json');
    expect(notJson.code).toBe(1);
    expect(JSON.parse(notJson.stderr)).toMatchObject({ error: { code: 'invalid-input', message: expect.stringMatching(/not CSL-JSON/) } });
    expect((await claimdesk('sources', caseDir, 'import', join(dir, 'gone.json'))).stderr).toContain('gone.json: cannot read the file');
    expect((await claimdesk('sources', caseDir, 'import')).code).toBe(2);
    expect((await claimdesk('sources', caseDir, 'frobnicate')).code).toBe(2);
    expect((await claimdesk('sources', caseDir, '--out', mixed)).code).toBe(2);
    expect((await claimdesk('sources', caseDir)).stdout).toMatch(/^src_\S+\tF\treport\tAudit\thttps:\/\/audit\.example$/);
  });
});

describe('tags on the command line', () => {
  /** Two claims, tagged [kestria, embassy] and [crowd, embassy]. */
  async function taggedClaims() {
    const articleId = await importedArticleId();
    const claimWith = async (quote: string, ...tags: string[]) => {
      const result = await claimdesk('claim', caseDir, '--article', articleId, '--quote', quote, ...tags.flatMap((tag) => ['--tag', tag]));
      expect(result.code, result.stderr).toBe(0);
    };
    await claimWith('is orchestrating an attack on our embassy', 'kestria', 'embassy');
    await claimWith('about 1,200 people gathered', 'crowd', 'embassy');
  }

  const claimTags = async () =>
    (JSON.parse(await readFile(join(caseDir, 'claimdesk.json'), 'utf8')) as { claims: Array<{ tags: string[] }> }).claims.map(
      (claim) => claim.tags,
    );

  it('lists the tags with their colour and how many claims carry each', async () => {
    expect((await claimdesk('tags', caseDir)).stdout).toBe('No tags.');
    await taggedClaims();
    expect((await claimdesk('tags', caseDir)).stdout).toBe(['#2f6fdb\t1 claim\tkestria', '#8e44ad\t2 claims\tembassy', '#16a085\t1 claim\tcrowd'].join('\n'));
    expect(JSON.parse((await claimdesk('tags', caseDir, '--json')).stdout)).toEqual([
      { name: 'kestria', color: '#2f6fdb', claims: 1 },
      { name: 'embassy', color: '#8e44ad', claims: 2 },
      { name: 'crowd', color: '#16a085', claims: 1 },
    ]);
  });

  it('creates, renames, recolours, merges and deletes tags, and the claims follow', async () => {
    await taggedClaims();
    expect((await claimdesk('tags', caseDir, 'create', 'Protest', '#00AA00')).stdout).toBe('#00aa00\t0 claims\tProtest');
    expect((await claimdesk('tags', caseDir, 'rename', 'embassy', 'Embassy attack')).stdout).toBe('#8e44ad\t2 claims\tEmbassy attack');
    expect((await claimdesk('tags', caseDir, 'color', 'kestria', '#112233')).stdout).toBe('#112233\t1 claim\tkestria');
    expect(await claimTags()).toEqual([['kestria', 'Embassy attack'], ['crowd', 'Embassy attack']]);

    const merged = await claimdesk('tags', caseDir, 'merge', 'crowd', 'Embassy attack', '--into', 'protest', '--json');
    expect(JSON.parse(merged.stdout)).toEqual([{ name: 'Protest', color: '#00aa00', claims: 2 }]);
    expect(await claimTags()).toEqual([['kestria', 'Protest'], ['Protest']]);

    expect((await claimdesk('tags', caseDir, 'delete', 'Protest')).stdout).toBe('Deleted the tag "Protest".');
    expect(await claimTags()).toEqual([['kestria'], []]);
    expect((await claimdesk('tags', caseDir)).stdout).toBe('#112233\t1 claim\tkestria');
  });

  it('refuses a rename onto another tag with exit code 1, and a wrong call with the usage and exit code 2', async () => {
    await taggedClaims();
    const clash = await claimdesk('tags', caseDir, 'rename', 'crowd', 'Embassy');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('merge "crowd" into "embassy"');
    expect((await claimdesk('tags', caseDir, 'color', 'crowd', 'green')).code).toBe(1);
    expect((await claimdesk('tags', caseDir, 'merge', 'crowd')).code).toBe(2);
    expect((await claimdesk('tags', caseDir, 'rename', 'crowd')).code).toBe(2);
    expect((await claimdesk('tags', caseDir, 'delete', 'crowd', '--into', 'embassy')).code).toBe(2);
    const unknown = await claimdesk('tags', caseDir, 'paint');
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: claimdesk tags') });
    expect(await claimTags()).toEqual([['kestria', 'embassy'], ['crowd', 'embassy']]);
  });
});

describe('what the command line prints', () => {
  it('shows control characters in file names as escapes: no forged line, no terminal escape, JSON still the same names', async () => {
    const name = 'evil\nart_fake\tForged title\tx.txt\u001b[31m\u202eexe.txt';
    const path = join(dir, name);
    await writeFile(path, 'A story\n\nThe crowd gathered.');
    const text = await claimdesk('import', caseDir, path);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')).toHaveLength(1);
    expect(text.stdout.split('\t')).toHaveLength(3);
    expect(text.stdout).toContain('evil\\nart_fake\\tForged title\\tx.txt\\x1b[31m\\u202eexe.txt');
    for (const active of ['\u001b', '\u202e']) expect(text.stdout).not.toContain(active);

    const again = await claimdesk('import', caseDir, path, '--json');
    expect(again.stdout).not.toContain('\u202e');
    expect(JSON.parse(again.stdout).outcomes[0].file).toBe(path);
  });

  it('keeps each value of a listing in its line and column', async () => {
    const source = await claimdesk('source', caseDir, '--title', 'Police\nsrc_fake\tA\tforged\tline', '--url', 'https://police.example/s');
    expect(source.stdout.split('\n')).toHaveLength(1);
    const listed = await claimdesk('sources', caseDir);
    expect(listed.stdout.split('\n')).toHaveLength(1);
    expect(listed.stdout.split('\t')).toHaveLength(5);
    expect(listed.stdout).toContain('Police\\nsrc_fake\\tA\\tforged\\tline');
  });

  it('escapes control characters in error messages too', async () => {
    const failed = await claimdesk('export', join(dir, 'no\u001b]0;pwned\u0007where'), '--format', 'markdown');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('no\\x1b]0;pwned\\x07where');
    for (const active of ['\u0007', '\u001b']) expect(failed.stderr).not.toContain(active);
  });
});

describe('failures the command line explains', () => {
  it('says what a file-system error means and what to do, with no stack', async () => {
    const underAFile = join(dir, 'page.html', 'report.md');
    const failed = await claimdesk('export', caseDir, '--format', 'markdown', '--out', underAFile);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('is a file where a folder was expected. Check the path and try again.');
    expect(failed.stderr).not.toMatch(/Unexpected|\n\s+at /);

    const json = await claimdesk('export', caseDir, '--format', 'markdown', '--out', underAFile, '--json');
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'file-system' } });
  });

  it('refuses a file over the import limit before reading it, and says the limit', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, '');
    // Sparse: the file says it is 51 MB without taking the disk space.
    await truncate(big, 51 * 1024 * 1024);
    const result = await claimdesk('import', caseDir, big);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`failed\t${big}: 51.0 MB. The file is larger than 50 MB, the most Claimdesk imports.`);
  });
});
