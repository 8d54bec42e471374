// Titles for documents that do not carry one: a heading or the first line, cut to a
// readable length.

import type { Doc } from '../../shared/model';

/** Longer first lines are cut at a word boundary and end with an ellipsis. */
const MAX_TITLE_LENGTH = 120;

/** The first non-blank line, whitespace collapsed; null when there is none. */
export function firstLineTitle(text: string): string | null {
  const line = /[^\r\n]*\S[^\r\n]*/.exec(text)?.[0];
  return line ? shorten(line.replace(/\s+/g, ' ').trim().normalize('NFC'), MAX_TITLE_LENGTH) : null;
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** "Report 2024.final.html" → "Report 2024.final". */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The first top-level heading, else the first heading of any level. */
export function headingTitle(doc: Doc): string | null {
  const headings = doc.blocks.filter((block) => block.kind === 'heading');
  const heading = headings.find((block) => block.level === 1) ?? headings[0];
  return heading ? firstLineTitle(doc.text.slice(heading.start, heading.end)) : null;
}
