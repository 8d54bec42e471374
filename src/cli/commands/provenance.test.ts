import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run';
import { useCliWorkers } from '../test-workers';

useCliWorkers();

const QUOTE = 'about 200 meters from the embassy gates, police said on Monday evening';

function page(outlet: string, slug: string, date: string, sentence: string): string {
  return `<!doctype html><html><head><title>${outlet}: crowd at the embassy</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}">
<link rel="canonical" href="https://${slug}.example/embassy"></head><body><article>
<p>Protesters gathered ${sentence}. The ministry would not comment.</p></article></body></html>`;
}

let dir: string;
let caseDir: string;

async function claimdesk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (...parts: unknown[]) => out.push(parts.join(' ')), error: (...parts: unknown[]) => err.push(parts.join(' ')) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function importPage(name: string, html: string): Promise<string> {
  await writeFile(join(dir, name), html);
  return (await claimdesk('import', caseDir, join(dir, name))).stdout.split('\t')[0]!;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-provenance-'));
  caseDir = join(dir, 'case');
  expect((await claimdesk('init', caseDir, '--name', 'Embassy')).code).toBe(0);
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('claimdesk provenance', () => {
  it('lists a claim’s carriers as the contract says, the first publisher first', async () => {
    const wire = await importPage('wire.html', page('Northern Wire', 'wire', '2026-03-04T08:00:00Z', QUOTE.replace('200', '100')));
    const herald = await importPage('herald.html', page('Harbour Herald', 'herald', '2026-03-03T09:00:00Z', QUOTE));
    const claim = (await claimdesk('claim', caseDir, '--article', herald, '--quote', QUOTE)).stdout.split('\t')[0]!;

    const result = await claimdesk('provenance', caseDir, '--claim', claim, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      quote: QUOTE,
      firstArticleId: herald,
      carriers: [
        { articleId: herald, title: 'Harbour Herald: crowd at the embassy', outlet: 'Harbour Herald', publishedAt: '2026-03-03T09:00:00Z', match: 'exact', text: QUOTE, differences: [] },
        {
          articleId: wire,
          title: 'Northern Wire: crowd at the embassy',
          outlet: 'Northern Wire',
          publishedAt: '2026-03-04T08:00:00Z',
          match: 'altered',
          text: QUOTE.replace('200', '100'),
          differences: [{ kind: 'number', from: '200', to: '100' }],
        },
      ],
    });

    const text = await claimdesk('provenance', caseDir, '--article', wire, '--quote', 'from the embassy gates, police said on Monday');
    expect(text.stdout.split('\n')[0]).toMatch(new RegExp(`^first\\texact\\t${herald}\\t`));
  });

  it('lists every carrier of a quote of a few words, and says why words too common are not looked for', async () => {
    const herald = await importPage('herald.html', page('Harbour Herald', 'herald', '2026-03-03T09:00:00Z', `${QUOTE}; the group is orchestrating an attack`));
    const wire = await importPage('wire.html', page('Northern Wire', 'wire', '2026-03-04T08:00:00Z', `${QUOTE}, as the group “Is Orchestrating an attack”`));
    await importPage('blog.html', page('Blog', 'blog', '2026-03-05T08:00:00Z', 'near the gates: an attack, which the group is orchestrating'));

    const result = await claimdesk('provenance', caseDir, '--article', wire, '--quote', 'Is Orchestrating an attack', '--json');
    expect(result.code, result.stderr).toBe(0);
    const found = JSON.parse(result.stdout) as { carriers: Array<{ articleId: string; match: string; text: string }> };
    expect(found.carriers.map(({ articleId, match, text }) => [articleId, match, text])).toEqual([
      [herald, 'trivial', 'is orchestrating an attack'],
      [wire, 'exact', 'Is Orchestrating an attack'],
    ]);

    const common = await claimdesk('provenance', caseDir, '--article', wire, '--quote', 'as the');
    expect(common.code).toBe(1);
    expect(common.stderr).toContain('cannot be looked for in other articles');
  });

  it('takes either a claim or a quote of an article, and says why not', async () => {
    const herald = await importPage('herald.html', page('Harbour Herald', 'herald', '2026-03-03T09:00:00Z', QUOTE));
    expect((await claimdesk('provenance', caseDir)).code).toBe(2);
    expect((await claimdesk('provenance', caseDir, '--claim', 'clm_x', '--article', herald, '--quote', 'police said')).code).toBe(2);
    const missing = await claimdesk('provenance', caseDir, '--claim', 'clm_missing');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('clm_missing');
  });
});
