// A PDF page holds no paragraphs, only runs of text placed at positions. This reads
// them back as a reader sees them: runs along one baseline make a line, and lines make
// a paragraph until a wider gap, a change of type size, or a jump back up the page (the
// next column) ends it.

/** One run of text as pdf.js gives it, in page units (y grows up the page). */
export interface TextRun {
  text: string;
  /** pdf.js found the end of a line after this run. */
  endsLine: boolean;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The type size, near enough. */
  height: number;
}

/**
 * Body text is set with baselines 1.1 to 1.4 sizes apart; a blank line or paragraph
 * spacing makes the gap 1.7 or more.
 */
const PARAGRAPH_GAP = 1.6;
/** A heading is set larger than its text: sizes differing by more than this share part. */
const SIZE_CHANGE = 0.2;
/** Baselines this close (a share of the size) are one line: superscripts sit a little off it. */
const SAME_LINE = 0.5;
/** Runs on one line further apart than this share of the size are words apart, space or not. */
const WORD_GAP = 0.15;

interface Line {
  text: string;
  y: number;
  height: number;
  /** Where the last run ended, to see whether the next one starts a new word. */
  end: number;
}

/** The page's paragraphs, in reading order, each as one string. */
export function paragraphsOf(runs: readonly TextRun[]): string[] {
  const paragraphs: string[] = [];
  let previous: Line | null = null;
  for (const line of linesOf(runs)) {
    if (previous === null || startsParagraph(previous, line)) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] = joinLines(paragraphs[paragraphs.length - 1] ?? '', line.text);
    previous = line;
  }
  return paragraphs;
}

function linesOf(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  const end = () => {
    if (line && /\S/.test(line.text)) lines.push(line);
    line = null;
  };
  for (const run of runs) {
    if (line !== null && !onSameLine(line, run)) end();
    if (run.text !== '') line = line === null ? startLine(run) : extendLine(line, run);
    if (run.endsLine) end();
  }
  end();
  return lines;
}

function startLine(run: TextRun): Line {
  return { text: run.text, y: run.y, height: run.height, end: run.x + run.width };
}

function extendLine(line: Line, run: TextRun): Line {
  const height = Math.max(line.height, run.height);
  const apart = run.x - line.end > WORD_GAP * height && !/\s$/.test(line.text) && !/^\s/.test(run.text);
  return { text: `${line.text}${apart ? ' ' : ''}${run.text}`, y: line.y, height, end: run.x + run.width };
}

function onSameLine(line: Line, run: TextRun): boolean {
  return Math.abs(line.y - run.y) <= SAME_LINE * Math.max(line.height, run.height);
}

function startsParagraph(previous: Line, line: Line): boolean {
  const size = Math.max(previous.height, line.height);
  const drop = previous.y - line.y;
  const resized = Math.abs(previous.height - line.height) > SIZE_CHANGE * size;
  return drop < 0 || drop > PARAGRAPH_GAP * size || resized;
}

/** "fact-" + "checked" keeps its hyphen and loses the space: words are never changed, only joined. */
function joinLines(paragraph: string, line: string): string {
  const hyphenated = /\p{L}-$/u.test(paragraph.trimEnd()) && /^\p{Ll}/u.test(line.trimStart());
  return hyphenated ? `${paragraph.trimEnd()}${line.trimStart()}` : `${paragraph} ${line}`;
}
