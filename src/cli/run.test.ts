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
