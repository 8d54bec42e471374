import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report-model';
import { renderMarkdown } from './markdown';
import { PASSAGE_QUOTE, sampleCase, sampleCaseWithPassage } from './sample-case';

const OPTIONS = { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' };

function sampleMarkdown(edit?: (data: ReturnType<typeof sampleCase>['data']) => void): string {
  const { data, articles } = sampleCase();
  edit?.(data);
  return renderMarkdown(buildReport(data, articles, OPTIONS));
}

function headings(markdown: string): Array<[number, string]> {
  return marked
    .lexer(markdown)
    .filter((token): token is Tokens.Heading => token.type === 'heading')
    .map((token) => [token.depth, token.text]);
}

function allTokens(markdown: string): Token[] {
  const tokens: Token[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    tokens.push(token);
  });
  return tokens;
}

describe('renderMarkdown', () => {
  const markdown = sampleMarkdown();

  it('shows every claim with its verdict, claimant, rationale and quotes in context', () => {
    for (const text of [
      '### Claim 1: Iran is orchestrating an attack on the U.S. Embassy.',
      '**Verdict: Misleading**',
      '**Claimant:** US officials',
      '### Claim 2: Security forces made 40 arrests overnight.',
      '**Verdict: Unproven**',
      '> Officials in Washington said on Tuesday that **Iran is orchestrating an attack on the U.S. Embassy** in Baghdad',
      '*US officials warn of embassy attack* (A1)',
      'The officials offered **no evidence**',
      'No independent count of the arrests was available.',
    ]) {
      expect(markdown).toContain(text);
    }
  });

  it('cites the page of a quote in a PDF', () => {
    expect(markdown).toContain('*Ministry blames militias for embassy protests* (A2, p. 2), Baghdad Daily');
    expect(markdown).not.toMatch(/\(A1, p\./);
  });

  it('flags the orphaned appearance and quotes it as recorded', () => {
    expect(markdown).toContain('> …repeated the claim that **Tehran ordered the attack** according to two unnamed…');
    expect(markdown).toContain('**Orphaned: not found in the article’s text');
  });

  it('grades each piece of evidence', () => {
    expect(markdown).toContain('**[S1] Interior ministry statement** — Refutes');
    expect(markdown).toContain('Reliability: **B** — Usually reliable');
    expect(markdown).toContain('Credibility: **2** — Probably true');
    expect(markdown).toContain('> The protests were organised by local militia leaders.');
  });

  it('cites a source nobody graded as to be graded, never as F', () => {
    const ungraded = sampleMarkdown((data) => {
      for (const source of data.sources) source.reliability = 'F';
    });
    expect(ungraded).toContain('  - Reliability: *to be graded*');
    expect(ungraded).toMatch(/; reliability \*to be graded\*\./);
    expect(ungraded).not.toContain('Reliability: **F**');
    expect(ungraded).not.toContain('reliability **F**');
  });

  it('quotes a passage cited as evidence in context, under the article it comes from, without repeating it', () => {
    const { data, articles } = sampleCaseWithPassage();
    const withPassage = renderMarkdown(buildReport(data, articles, OPTIONS));
    expect(withPassage).toContain('  - Passage: *Ministry blames militias for embassy protests* (A2, p. 2), Baghdad Daily');
    expect(withPassage).toMatch(new RegExp(`^  > ….* He added that \\*\\*${PASSAGE_QUOTE}\\*\\* and that the situation was under control\\.$`, 'm'));
    expect(withPassage.split(PASSAGE_QUOTE)).toHaveLength(3); // the appearance and the passage; the excerpt repeats it
  });

  it('marks the first appearance of a claim made in more than one place', () => {
    expect(markdown).toContain('https://wire.example/embassy-warning>, **First appearance**');
    expect(markdown.match(/First appearance/g)).toHaveLength(1);
  });

  it('lists sources, and articles with their hashes', () => {
    expect(markdown).toMatch(/^1\. \*\*Interior ministry statement\*\*/m);
    expect(markdown).toContain('Evidence for: claim 1 (Refutes).');
    expect(markdown).toContain(`\`${'a'.repeat(64)}\``);
    expect(markdown).toContain(`\`${'b'.repeat(64)}\``);
  });

  it('keeps the report outline: one title and the sections in order', () => {
    expect(headings(markdown).filter(([depth]) => depth <= 2)).toEqual([
      [1, 'Embassy attack claims'],
      [2, 'What is missing'],
      [2, 'Summary'],
      [2, 'Claims at a glance'],
      [2, 'Claims'],
      [2, 'Sources'],
      [2, 'Articles'],
      [2, 'Methodology'],
      [2, 'Rating scale'],
    ]);
  });

  it('escapes case text so that it cannot make structure', () => {
    const hostile = sampleMarkdown((data) => {
      data.claims[1]!.statement = '# not a heading | pipe `tick` <b>html</b>';
      data.claims[1]!.claimant = '- [link](javascript:alert(1))';
      data.articles[0]!.title = 'Title | with | pipes';
      data.articles[0]!.url = 'javascript:alert(1)';
    });
    const claimHeading = headings(hostile).find(([depth, text]) => depth === 3 && text.startsWith('Claim 1'));
    expect(claimHeading?.[1]).toContain('\\# not a heading \\| pipe');
    expect(headings(hostile).filter(([depth]) => depth === 1)).toHaveLength(1);
    const tokens = allTokens(hostile);
    expect(tokens.some((token) => token.type === 'html')).toBe(false);
    expect(tokens.some((token) => token.type === 'codespan' && token.text === 'tick')).toBe(false);
    expect(tokens.filter((token): token is Tokens.Link => token.type === 'link').map((link) => link.href)).not.toContainEqual(
      expect.stringMatching(/^javascript:/i),
    );
    const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
    const table = tables.find((candidate) => candidate.header.some((cell) => cell.text === 'SHA-256'));
    expect(table?.rows.map((row) => row.length)).toEqual([9, 9]);
    expect(table?.rows[0]?.[1]?.text).toContain('Title | with | pipes');
  });

  it('keeps a rationale that leaves a code fence open from swallowing the report', () => {
    const unclosed = sampleMarkdown((data) => {
      data.claims[1]!.rationale = 'See the log:\n\n```\nraw output';
      data.workspace.methodology = 'Notes <!-- draft';
    });
    expect(headings(unclosed).filter(([depth]) => depth === 2).map(([, text]) => text)).toEqual([
      'What is missing',
      'Summary',
      'Claims at a glance',
      'Claims',
      'Sources',
      'Articles',
      'Methodology',
      'Rating scale',
    ]);
    expect(unclosed).toContain('```\nraw output\n```');
  });
});
