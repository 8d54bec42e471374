// Analyst Markdown goes into the Markdown report as Markdown. A block it leaves open
// (a code fence never closed, an HTML comment without "-->") would swallow the rest of
// the report, so such a block is closed at the end of the analyst's text.

import { lexer, type Token } from 'marked';

/** A paragraph that should survive any well-closed Markdown placed before it. */
const PROBE = 'claimdesk-probe';

/**
 * The Markdown, with whatever it left open closed. When no single closer helps, it is
 * quoted as plain text instead: losing its formatting is better than losing the report.
 */
export function containMarkdown(markdown: string): string {
  if (!leavesBlockOpen(markdown)) return markdown;
  for (const closer of closersFor(markdown)) {
    const closed = `${markdown}\n${closer}`;
    if (!leavesBlockOpen(closed)) return closed;
  }
  return markdown
    .split(/\n\s*\n/)
    .map((paragraph) => `    ${paragraph.replace(/\n/g, '\n    ')}`)
    .join('\n\n');
}

function leavesBlockOpen(markdown: string): boolean {
  const last: Token | undefined = lexer(`${markdown}\n\n${PROBE}`).at(-1);
  return !(last?.type === 'paragraph' && last.raw.trim() === PROBE);
}

/** Every way CommonMark ends a multi-line block: code fences and HTML blocks 1–5. */
function closersFor(markdown: string): string[] {
  const longestRun = (char: string) =>
    Math.max(3, ...(markdown.match(new RegExp(`${char}{3,}`, 'g')) ?? []).map((run) => run.length));
  return ['`'.repeat(longestRun('`')), '~'.repeat(longestRun('~')), '-->', '?>', ']]>', '>', '</pre>'];
}
