// Builds a Doc while its text is written, so every importer gets the same canonical
// text (NFC, one space between words, blocks joined by "\n\n") and marks whose offsets
// already point into that text: nothing is re-measured after normalization.

import type { Block, BlockKind, Doc, Mark, MarkKind } from '../../shared/model';

export const BLOCK_SEPARATOR = '\n\n';

interface Context {
  kind: BlockKind;
  level: number | undefined;
}

/** A mark still open in the source; it starts at the next character actually written. */
interface OpenMark {
  kind: MarkKind;
  href: string | undefined;
  start: number | null;
}

/** The block being written: text of one context between two block boundaries. */
interface Segment extends Context {
  text: string;
  /** Whitespace seen since the last word: written as one space only if a word follows. */
  pendingSpace: boolean;
  marks: Mark[];
}

export class DocBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly marks: Mark[] = [];
  private readonly contexts: Context[] = [{ kind: 'paragraph', level: undefined }];
  private readonly openMarks: OpenMark[] = [];
  private segment: Segment | null = null;
  private page: number | undefined;

  /**
   * Starts a block boundary. Text written until the matching closeBlock() (or the next
   * nested openBlock()) becomes one block; without a kind, the enclosing kind is kept,
   * so a paragraph inside a quote is still a quote.
   */
  openBlock(kind?: BlockKind, level?: number): void {
    this.flush();
    const outer = this.top();
    this.contexts.push(kind ? { kind, level: kind === 'heading' ? level : undefined } : { ...outer });
  }

  closeBlock(): void {
    this.flush();
    if (this.contexts.length > 1) this.contexts.pop();
  }

  /** Appends source text; whitespace is collapsed unless the block is preformatted. */
  append(text: string): void {
    const segment = this.segment ?? this.startSegment(text);
    if (!segment) return;
    if (segment.kind === 'preformatted') {
      this.write(segment, text.replace(/\r\n?/g, '\n'));
      return;
    }
    for (const piece of text.split(/(\s+)/)) {
      if (piece === '') continue;
      if (/^\s/.test(piece)) segment.pendingSpace = segment.text.length > 0;
      else this.write(segment, piece);
    }
  }

  /** A line break: kept in preformatted blocks, a space elsewhere. */
  lineBreak(): void {
    if (this.segment?.kind === 'preformatted') this.append('\n');
    else this.append(' ');
  }

  /** Blocks written from now on are on this page (of a PDF). */
  startPage(page: number): void {
    this.flush();
    this.page = page;
  }

  openMark(kind: MarkKind, href?: string): void {
    this.openMarks.push({ kind, href, start: null });
  }

  closeMark(): void {
    const mark = this.openMarks.pop();
    if (mark && this.segment) this.endMark(this.segment, mark);
  }

  build(): Doc {
    this.flush();
    const marks = dedupe(this.marks.sort(byPosition));
    return { text: this.parts.join(''), blocks: this.blocks, marks };
  }

  private top(): Context {
    return this.contexts[this.contexts.length - 1] ?? { kind: 'paragraph', level: undefined };
  }

  /** Loose whitespace between blocks does not open one. */
  private startSegment(text: string): Segment | null {
    const { kind, level } = this.top();
    if (kind !== 'preformatted' && !/\S/.test(text)) return null;
    this.segment = { kind, level, text: '', pendingSpace: false, marks: [] };
    return this.segment;
  }

  private write(segment: Segment, content: string): void {
    if (segment.pendingSpace) {
      segment.text += ' ';
      segment.pendingSpace = false;
    }
    for (const mark of this.openMarks) mark.start ??= segment.text.length;
    segment.text += content;
  }

  private endMark(segment: Segment, mark: OpenMark): void {
    if (mark.start !== null && segment.text.length > mark.start) {
      segment.marks.push(withHref({ kind: mark.kind, start: mark.start, end: segment.text.length }, mark.href));
    }
    mark.start = null;
  }

  /** Ends the current block; marks still open resume in the next one. */
  private flush(): void {
    const segment = this.segment;
    if (!segment) return;
    this.segment = null;
    for (const mark of this.openMarks) this.endMark(segment, mark);
    const { text, marks } = normalizeSegment(segment);
    if (text === '') return;
    if (this.blocks.length > 0) this.push(BLOCK_SEPARATOR);
    const start = this.length;
    this.push(text);
    const block: Block = { kind: segment.kind, start, end: this.length };
    if (segment.kind === 'heading') block.level = segment.level ?? 1;
    if (this.page !== undefined) block.page = this.page;
    this.blocks.push(block);
    for (const mark of marks) this.marks.push({ ...mark, start: mark.start + start, end: mark.end + start });
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

/**
 * Trims a preformatted block's blank edges and composes the text to NFC, moving the
 * marks with it. Other blocks are trimmed already: whitespace is only written before a word.
 */
function normalizeSegment(segment: Segment): { text: string; marks: Mark[] } {
  let { text, marks } = segment;
  if (segment.kind === 'preformatted') {
    const lead = /^(?:[^\S\n]*\n)*/.exec(text)?.[0].length ?? 0;
    const kept = text.slice(lead).trimEnd();
    marks = clampMarks(marks, (offset) => offset - lead, kept.length);
    text = kept;
  }
  const composed = text.normalize('NFC');
  if (composed !== text) {
    const source = text;
    marks = clampMarks(marks, (offset) => source.slice(0, offset).normalize('NFC').length, composed.length);
    text = composed;
  }
  return { text, marks };
}

function clampMarks(marks: Mark[], move: (offset: number) => number, length: number): Mark[] {
  const clamp = (offset: number) => Math.min(Math.max(move(offset), 0), length);
  return marks
    .map((mark) => ({ ...mark, start: clamp(mark.start), end: clamp(mark.end) }))
    .filter((mark) => mark.start < mark.end);
}

function withHref(mark: Mark, href: string | undefined): Mark {
  return href === undefined ? mark : { ...mark, href };
}

/** Outer marks before the marks they contain; equal marks end up side by side. */
function byPosition(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || compare(a.kind, b.kind) || compare(a.href ?? '', b.href ?? '');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nested equal markup (<b><strong>…</strong></b>) yields one mark. Expects sorted marks. */
function dedupe(marks: Mark[]): Mark[] {
  return marks.filter((mark, i) => {
    const previous = marks[i - 1];
    return !(
      previous &&
      previous.kind === mark.kind &&
      previous.start === mark.start &&
      previous.end === mark.end &&
      previous.href === mark.href
    );
  });
}
