// The report's stylesheet, inlined into the HTML so the file needs nothing else:
// system fonts only, verdict badges in the verdict scale's colours, print rules for PDF.

import { VERDICTS } from '../../shared/model';
import { VERDICT_SCALE } from '../../shared/scales';

const DARK_TEXT = '#1d232b';
const LIGHT_TEXT = '#ffffff';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Dark or light text, whichever reads better on the badge colour. */
function textOn(background: string): string {
  return contrast(background, LIGHT_TEXT) >= contrast(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}

const VERDICT_RULES = VERDICTS.map((verdict) => {
  const { color } = VERDICT_SCALE[verdict];
  return `.verdict-${verdict} { background: ${color}; color: ${textOn(color)}; }`;
}).join('\n');

export const REPORT_CSS = `
:root { --ink: ${DARK_TEXT}; --muted: #5b6573; --rule: #d9dde3; --accent: #1f4e79; --quote: #f5f6f8; --mark: #fff0a0; --alert: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 50rem; padding: 2.5rem 1.5rem 4rem; color: var(--ink); background: #fff;
  font: 1rem/1.6 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif; }
h1, h2, h3, h4, .kicker, .meta, .badge, .facts, .where, .status, table, footer {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 1rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 0; color: var(--muted); }
h4 { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 1.4rem 0 0.4rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: var(--muted); }
.meta, .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; font-size: 0.9rem; }
.meta dt, .facts dt { color: var(--muted); }
.meta dd, .facts dd { margin: 0; }
.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.claim { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: 1.25rem; }
.claim:first-of-type { border-top: 0; margin-top: 0; padding-top: 0; }
.statement { font-size: 1.25rem; font-weight: 600; line-height: 1.4; margin: 0.3rem 0 0.6rem; }
.badge { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 0.25rem; font-size: 0.8rem; font-weight: 700; }
.definition { color: var(--muted); font-size: 0.95rem; }
.appearances, .evidence, .sources, .articles, .carriers { padding-left: 0; list-style: none; }
.appearances > li, .evidence > li, .carriers > li { margin: 0 0 1rem; }
.carrier.altered blockquote { border-left-color: var(--alert); }
del { color: var(--alert); }
ins { text-decoration: none; font-weight: 700; }
.differences { margin: 0.3rem 0 0; font-size: 0.85rem; }
.where { font-size: 0.85rem; color: var(--muted); margin: 0 0 0.3rem; }
blockquote { margin: 0.3rem 0; padding: 0.5rem 0.9rem; border-left: 3px solid var(--rule); background: var(--quote); }
blockquote p { margin: 0; }
blockquote p + p { margin-top: 0.5rem; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; }
.orphaned blockquote { border-left-color: var(--alert); }
.status { font-size: 0.85rem; color: var(--muted); margin: 0.3rem 0 0; }
.orphaned .status { color: var(--alert); font-weight: 600; }
.grade { font-weight: 700; }
.sources > li, .articles > li { margin: 0 0 0.9rem; }
.hash { font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace; font-size: 0.78rem; overflow-wrap: anywhere; }
.silent-edit { color: #b3261e; }
.rationale img { max-width: 100%; }
.none { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; font-size: 0.9rem; width: 100%; margin: 0 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.8rem 0.3rem 0; border-bottom: 1px solid var(--rule); }
th.number, td.number { text-align: right; }
thead th { color: var(--muted); font-weight: 600; }
.selection { font-style: italic; color: var(--muted); }
#missing { border: 2px solid var(--alert); border-radius: 0.3rem; padding: 0 1rem 0.5rem; }
#missing h2 { border-bottom: 0; color: var(--alert); margin-top: 1rem; }
footer { margin-top: 3rem; font-size: 0.8rem; color: var(--muted); }
${VERDICT_RULES}
@page { margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2, h3, h4 { break-after: avoid; }
  .appearances > li, .evidence > li, .sources > li, .articles > li, tr, .missing > li { break-inside: avoid; }
  thead { display: table-header-group; }
  .claims-table, .scale { font-size: 9pt; }
  .badge, mark, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " <" attr(href) ">"; color: var(--muted); font-size: 85%; }
}
`;
