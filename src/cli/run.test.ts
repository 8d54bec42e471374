import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../core/chromium';
import { runCli } from './run';

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
    const hits = JSON.parse(found.stdout) as Array<{ kind: string; snippet: string }>;
    expect(hits.map((hit) => hit.kind).sort()).toEqual(['claim', 'source']);

    const text = await claimdesk('search', caseDir, 'orchestrating');
    expect(text.stdout).toMatch(new RegExp(`^article\\t${articleId}\\t.*orchestrating`, 'm'));
    expect((await claimdesk('search', caseDir, 'zeppelin')).stdout).toBe('No matches.');
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
});
