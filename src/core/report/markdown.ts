// The report as Markdown: readable as plain text, and rendered the same by any
// CommonMark viewer. Everything from the case is escaped except the analyst's
// rationale and methodology, which are Markdown by design, less raw HTML and links
// that are not http(s) or mailto.

import { humanDate } from '../../shared/human-date';
import type { Reliability } from '../../shared/model';
import { UNGRADED_RELIABILITY } from '../../shared/scales';
import { containMarkdown } from './contain-markdown';
import { inertMarkdown } from './inert-markdown';
import { blockquote, escapeMarkdown as text, inlineCode } from './markdown-escape';
import type {
  Graded,
  Report,
  ReportAppearance,
  ReportArticle,
  ReportCarrier,
  ReportClaim,
  ReportEvidence,
  ReportQuote,
  ReportSource,
  SourceRef,
} from './report-types';
import {
  ANCHOR_NOTES,
  CARRIERS_TITLE,
  DIFFERENCE_LABELS,
  excerptOf,
  FIRST_CARRIER,
  MARKED_CARRIER,
  FIRST_APPEARANCE,
  MISSING_INTRO,
  NONE,
  orphanWarning,
  pageLabel,
  RATING_SCALE_INTRO,
  ratingValueWords,
  scopeLine,
  SECTION_TITLES as TITLES,
  selectionLine,
} from './report-words';
import { safeHref } from './safe-url';
import type { DiffPiece } from '../../shared/provenance';

const NOT_STATED = '—';
/** Continuation lines of a list item line up under its text. */
const ITEM_INDENT = '   ';

export function renderMarkdown(report: Report): string {
  const byWhom = report.analyst ? ` by ${text(report.analyst)}` : '';
  const { sections } = report;
  const selection = selectionLine(report);
  return `${[
    `# ${text(report.title)}`,
    `Verification report${byWhom}, generated ${text(humanDate(report.generatedAt))} with Claimdesk ${text(report.appVersion)}.`,
    ...(selection === null ? [] : [`*${text(selection)}*`]),
    ...(sections.missing ? [missing(report)] : []),
    ...(sections.summary ? [summary(report)] : []),
    ...(sections.claimsTable ? [`## ${TITLES.claimsTable}`, claimsTable(report.claims)] : []),
    ...(sections.claims ? [`## ${TITLES.claims}`, ...(report.claims.length === 0 ? [NONE.claims] : report.claims.map(claim))] : []),
    ...(sections.sources
      ? [`## ${TITLES.sources}`, report.sources.length === 0 ? NONE.sources : report.sources.map(source).join('\n')]
      : []),
    ...(sections.articles ? [`## ${TITLES.articles}`, articles(report.articles), ...provenance(report)] : []),
    ...(sections.methodology ? [`## ${TITLES.methodology}`, markdown(report.methodology, NONE.methodology)] : []),
    ...(sections.ratingScale ? [ratingScale(report)] : []),
  ].join('\n\n')}\n`;
}

/** Gaps come first, where an editor cannot miss them. */
function missing(report: Report): string {
  if (report.missing.length === 0) return [`## ${TITLES.missing}`, NONE.missing].join('\n\n');
  return [`## ${TITLES.missing}`, text(MISSING_INTRO), report.missing.map((issue) => `- ${text(issue.message)}`).join('\n')].join(
    '\n\n',
  );
}

function claimsTable(claims: readonly ReportClaim[]): string {
  if (claims.length === 0) return NONE.claims;
  const rows = claims.map((c) =>
    [
      String(c.number),
      text(c.statement),
      c.claimant ? text(c.claimant) : NOT_STATED,
      text(c.verdict.label),
      String(c.evidence.length),
      String(c.appearances.length),
    ].join(' | '),
  );
  return ['| # | Claim | Claimant | Verdict | Evidence | Appearances |', '| ---: | --- | --- | --- | ---: | ---: |', ...rows.map((row) => `| ${row} |`)].join(
    '\n',
  );
}

function ratingScale({ ratingScale: scale }: Report): string {
  const verdicts = scale.verdicts.map(
    (v) => `| ${text(v.label)} | ${text(v.definition)} | ${text(ratingValueWords(v.ratingValue, scale.best))} |`,
  );
  const grades = (rows: ReadonlyArray<Graded<string | number>>) =>
    rows.map((g) => `| **${text(String(g.value))}** | ${text(g.label)} | ${text(g.definition)} |`);
  return [
    `## ${TITLES.ratingScale}`,
    text(RATING_SCALE_INTRO),
    ['| Verdict | Definition | ClaimReview value |', '| --- | --- | --- |', ...verdicts].join('\n'),
    ['| Reliability | Label | Definition |', '| --- | --- | --- |', ...grades(scale.reliability)].join('\n'),
    ['| Credibility | Label | Definition |', '| --- | --- | --- |', ...grades(scale.credibility)].join('\n'),
  ].join('\n\n');
}

function summary({ summary }: Report): string {
  const parts = [`## ${TITLES.summary}`, text(scopeLine(summary))];
  if (summary.byVerdict.length > 0) {
    const rows = summary.byVerdict.map((v) => `| ${text(v.label)} | ${v.count} |`);
    parts.push(['| Verdict | Claims |', '| --- | ---: |', ...rows].join('\n'));
  }
  const warning = orphanWarning(summary);
  if (warning !== null) parts.push(`**${text(warning)}**`);
  return parts.join('\n\n');
}

function claim(item: ReportClaim): string {
  const facts = [
    `- **Claimant:** ${item.claimant ? text(item.claimant) : NOT_STATED}`,
    `- **Type:** ${text(item.type.label)}`,
    `- **Tags:** ${item.tags.length > 0 ? item.tags.map(text).join(', ') : NOT_STATED}`,
    `- **Confidence:** ${item.confidence ? text(item.confidence.label) : NOT_STATED}`,
  ];
  return [
    `### Claim ${item.number}: ${text(item.statement)}`,
    `**Verdict: ${text(item.verdict.label)}** — ${text(item.verdict.definition)}`,
    facts.join('\n'),
    '#### Appearances',
    item.appearances.length === 0
      ? NONE.appearances
      : item.appearances.map((place) => appearance(place, item.appearances.length > 1)).join('\n\n'),
    ...(item.carriers.length === 0 ? [] : [`#### ${CARRIERS_TITLE}`, item.carriers.map(carrier).join('\n\n')]),
    '#### Rationale',
    markdown(item.rationale, NONE.rationale),
    '#### Evidence',
    item.evidence.length === 0 ? NONE.evidence : item.evidence.map(evidence).join('\n\n'),
  ].join('\n\n');
}

/** Where the claim's words are carried, and for an altered copy what changed (removed ~~struck~~, added **strong**). */
function carrier(item: ReportCarrier): string {
  const { article } = item;
  const where = [
    ...(item.first ? [`**${FIRST_CARRIER}**`] : []),
    text(item.match.label),
    `*${text(article.title)}*`,
    article.outlet && text(article.outlet),
    article.publishedAt && text(article.publishedAt),
    autolink(article.url),
    item.marked && MARKED_CARRIER,
  ].filter((part): part is string => Boolean(part));
  const words = item.match.value === 'altered' ? item.diff.map(diffPiece).join(' ') : text(item.text);
  const changes = item.differences.map((change) => `  - ${DIFFERENCE_LABELS[change.kind]}: ${text(change.from || '—')} → ${text(change.to || '—')}`);
  return [`- ${where.join(', ')}`, `  > ${words}`, ...(changes.length === 0 ? [] : [changes.join('\n')])].join('\n\n');
}

function diffPiece({ kind, text: words }: DiffPiece): string {
  if (kind === 'removed') return `~~${text(words)}~~`;
  return kind === 'added' ? strong(words) : text(words);
}

function appearance(item: ReportAppearance, markFirst: boolean): string {
  const where = [...articleLine(item), ...(markFirst && item.first ? [`**${FIRST_APPEARANCE}**`] : [])];
  const note = ANCHOR_NOTES[item.status];
  return [where.join(', '), quoted(item), ...(note === null ? [] : [`**${text(note)}**`])].join('\n\n');
}

/** The article a quote is in: title, number in the article list, page, outlet, date, link. */
function articleLine(item: ReportQuote): string[] {
  const { article } = item;
  return [
    `*${text(article.title)}* (A${article.number}${item.page === null ? '' : `, ${pageLabel(item.page)}`})`,
    article.outlet && text(article.outlet),
    article.publishedAt && text(humanDate(article.publishedAt)),
    autolink(article.url),
  ].filter((part): part is string => Boolean(part));
}

function quoted(item: ReportQuote, indent = ''): string {
  return `${indent}> ${text(item.before)}${strong(item.exact)}${text(item.after)}`;
}

function evidence(item: ReportEvidence): string {
  const { source } = item;
  const lines = [
    `- **[S${source.number}] ${text(source.title)}** — ${text(item.relation.label)}`,
    `  - Source: ${[byline(source), autolink(source.url)].join(' ').trim()}`,
    `  - Reliability: ${reliability(item.reliability)}`,
    `  - Credibility: ${grade(item.credibility)}`,
  ];
  if (item.passage !== null) lines.push(`  - Passage: ${articleLine(item.passage).join(', ')}`);
  if (item.note.trim() !== '') lines.push(`  - Note: ${text(item.note.trim())}`);
  // Indented under the list item, so the passage and the excerpt stay part of it.
  const passage = item.passage === null ? [] : [quoted(item.passage, '  ')];
  const excerpt = excerptOf(item);
  return [lines.join('\n'), ...passage, ...(excerpt === '' ? [] : [blockquote(excerpt, '  ')])].join('\n\n');
}

function source(item: ReportSource): string {
  const citations = item.citedBy.map((c) => `claim ${c.claimNumber} (${text(c.relation.label)})`);
  const accessed = item.accessedAt ? ` Accessed ${text(humanDate(item.accessedAt))}.` : '';
  const url = autolink(item.url);
  const notes = item.notes.trim() === '' ? '' : ` Notes: ${text(item.notes.trim())}`;
  return [
    `${item.number}. **${text(item.title)}** — ${byline(item)}.${accessed}`,
    `${ITEM_INDENT}${text(item.kind.label)}; reliability ${reliability(item.reliability, false)}.${url && ` ${url}`}`,
    `${ITEM_INDENT}${citations.length === 0 ? NONE.citations : `Evidence for: ${citations.join(', ')}.`}${notes}`,
  ].join('\n');
}

function articles(items: readonly ReportArticle[]): string {
  if (items.length === 0) return NONE.articles;
  const rows = items.map((a) => [
    `A${a.number}`,
    a.url ? link(a.title, a.url) : text(a.title),
    text(a.outlet ?? NOT_STATED),
    text(a.byline ?? NOT_STATED),
    text(a.publishedAt ? humanDate(a.publishedAt) : NOT_STATED),
    text(humanDate(a.importedAt)),
    text(a.format),
    String(a.wordCount),
    inlineCode(a.sha256),
  ]);
  return [
    '| # | Title | Outlet | Byline | Published | Imported | Format | Words | SHA-256 |',
    '| --- | --- | --- | --- | --- | --- | --- | ---: | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

/** Which articles changed after publication and how, and which are copies of one text. */
function provenance({ articles: items, copies }: Report): string[] {
  const changed = items
    .filter((a) => a.changes !== null)
    .map((a) => `- **A${a.number}**${a.silentEdit ? ' (silent edit)' : ''}: ${text(a.changes!)}`);
  const copied = copies.map(
    (group) => `- ${group.articles.map((n) => `A${n}`).join(', ')}: copies of one text (${Math.round(group.shared * 100)}% shared), one source rather than ${group.articles.length}.`,
  );
  return [
    ...(changed.length ? ['**Changed after publication**', changed.join('\n')] : []),
    ...(copied.length ? ['**Copies of one text**', copied.join('\n')] : []),
  ];
}

/** Bold text; the spaces at its edges stay outside, where CommonMark needs them. */
function strong(words: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(words) ?? [];
  return core === '' ? text(words) : `${text(lead)}**${text(core)}**${text(trail)}`;
}

/** A source's reliability: its grade, or "to be graded" with no letter while nobody has graded it. */
function reliability(scale: Graded<Reliability>, withDefinition = true): string {
  return scale.value === UNGRADED_RELIABILITY ? '*to be graded*' : grade(scale, withDefinition);
}

function grade(scale: Graded<string | number>, withDefinition = true): string {
  const definition = withDefinition ? `: ${text(scale.definition)}` : '';
  return `**${text(String(scale.value))}** — ${text(scale.label)}${definition}`;
}

/** Authors first, as a reference list has them, then where and by whom it was published, then when. */
function byline({ author, containerTitle, publisher, publishedAt }: SourceRef): string {
  const parts = [author, containerTitle, publisher, publishedAt && humanDate(publishedAt)].filter((part): part is string => Boolean(part)).map(text);
  return parts.length > 0 ? parts.join(', ') : NONE.byline;
}

function markdown(source: string, whenEmpty: string): string {
  return source.trim() === '' ? whenEmpty : containMarkdown(inertMarkdown(source));
}

/** The URL as a link when it is http(s) or mailto; left out otherwise, as in the HTML report. */
function autolink(url: string | null): string {
  const href = safeHref(url);
  return href === null ? '' : `<${href}>`;
}

/** A link when the URL is http(s) or mailto; the label alone otherwise. */
function link(label: string, url: string): string {
  const href = safeHref(url);
  return href === null ? text(label) : `[${text(label)}](<${href}>)`;
}
