// How two texts that say nearly the same thing differ, in words a fact-checker cares
// about: a reversed sense (negation), a changed figure (number), a changed person, place
// or organisation (name), other words (wording), or only punctuation, quote marks and
// case. Each change of the word diff is one difference, of its most telling kind.

import type { Difference, DifferenceKind, DiffPiece, MatchKind } from '../../shared/provenance';
import { words, type Word } from './fingerprint';
import { diffWords, type DiffOp, type WordRange } from './word-diff';

/** A text and its words (as fingerprint.words gives them). */
export interface Side {
  text: string;
  words: readonly Word[];
}

export interface Comparison {
  match: MatchKind;
  differences: Difference[];
  /** The diff from the first text to the second, for display. */
  diff: DiffPiece[];
  ops: DiffOp[];
}

export function compareTexts(before: string, after: string): Comparison {
  return compareSides(side(before), side(after));
}

export function side(text: string): Side {
  return { text, words: words(text) };
}

export function compareSides(a: Side, b: Side): Comparison {
  const ops = diffWords(
    a.words.map((word) => word.norm),
    b.words.map((word) => word.norm),
  );
  const differences: Difference[] = [];
  const same = a.text === b.text;
  for (const op of ops) {
    if (op.kind === 'equal') differences.push(...(same ? [] : punctuationDifferences(a, b, op)));
    else differences.push({ kind: classify(a, op.a, b, op.b), from: span(a, op.a), to: span(b, op.b) });
  }
  return { match: matchOf(a, b, ops), differences, diff: diffPieces(a, b, ops), ops };
}

function matchOf(a: Side, b: Side, ops: readonly DiffOp[]): MatchKind {
  if (a.text === b.text || collapse(a.text) === collapse(b.text)) return 'exact';
  return ops.every((op) => op.kind === 'equal') ? 'trivial' : 'altered';
}

/** Words compared equal whose punctuation, quote marks or case differ. */
function punctuationDifferences(a: Side, b: Side, op: DiffOp): Difference[] {
  const found: Difference[] = [];
  for (let i = 0; i < op.a.end - op.a.start; i++) {
    const from = piece(a, op.a.start + i);
    const to = piece(b, op.b.start + i);
    if (from !== to) found.push({ kind: 'punctuation', from, to });
  }
  return found;
}

// ---------------------------------------------------------------- classes

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);
/** "isn't", "didn’t", "won't": contractions whose apostrophe the normalized word lost. */
const CONTRACTED_NEGATION = /n['’]t$/iu;

const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred hundreds thousand thousands million millions billion billions trillion dozen dozens ' +
    'half quarter third percent first second'
  ).split(' '),
);
/** Words that hedge or bound a figure: "some 25" and "at least 25" are different numbers. */
const QUANTIFIERS = new Set(
  (
    'some about around approximately nearly almost at least most more than less fewer over under up to ' +
    'roughly only just as many much estimated an a exactly precisely barely well'
  ).split(' '),
);
/** Capitalised at a sentence's start only because they start it: not names. */
const SENTENCE_STARTERS = new Set(
  (
    'the a an it its he she they we you i this that these those there here in on at by for from of ' +
    'to with but and or so if when while after before as according officials police witnesses'
  ).split(' '),
);
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
const SENTENCE_END = /[.!?]\s*["'“”‘’)]*\s*$/u;

function classify(a: Side, rangeA: WordRange, b: Side, rangeB: WordRange): DifferenceKind {
  const fromWords = a.words.slice(rangeA.start, rangeA.end);
  const toWords = b.words.slice(rangeB.start, rangeB.end);
  if (negationCount(a, fromWords) !== negationCount(b, toWords)) return 'negation';
  if (isNumberChange(a, rangeA, b, rangeB)) return 'number';
  if (fromWords.some((word) => isName(a, word)) || toWords.some((word) => isName(b, word))) return 'name';
  return 'wording';
}

function negationCount(owner: Side, list: readonly Word[]): number {
  return list.filter(
    (word) => NEGATIONS.has(word.norm) || CONTRACTED_NEGATION.test(owner.text.slice(word.start, word.end)),
  ).length;
}

function isNumberChange(a: Side, rangeA: WordRange, b: Side, rangeB: WordRange): boolean {
  const changed = [...a.words.slice(rangeA.start, rangeA.end), ...b.words.slice(rangeB.start, rangeB.end)];
  if (changed.some(isNumeric)) return true;
  if (!changed.every((word) => QUANTIFIERS.has(word.norm))) return false;
  const neighbours = [a.words[rangeA.end], a.words[rangeA.start - 1], b.words[rangeB.end], b.words[rangeB.start - 1]];
  return neighbours.some((word) => word !== undefined && isNumeric(word));
}

function isNumeric(word: Word): boolean {
  return DIGIT.test(word.norm) || NUMBER_WORDS.has(word.norm);
}

/** A capitalised word, unless it is capitalised only for starting a sentence. */
function isName(owner: Side, word: Word): boolean {
  if (!CAPITAL.test(owner.text.slice(word.start, word.end))) return false;
  const before = owner.text.slice(0, word.start);
  const startsSentence = before.trim() === '' || SENTENCE_END.test(before);
  return !(startsSentence && SENTENCE_STARTERS.has(word.norm));
}

// ---------------------------------------------------------------- text of the diff

/** Whitespace runs as one space, none at the ends: how the app shows text anyway. */
function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The raw text of words[range] with the punctuation that follows the last of them (and,
 * for the first word, any that precedes it), so a diff reads as the text does.
 */
function span({ text, words: list }: Side, range: WordRange): string {
  if (range.start === range.end) return '';
  const start = range.start === 0 ? 0 : list[range.start]!.start;
  const end = range.end < list.length ? list[range.end]!.start : text.length;
  return collapse(text.slice(start, end));
}

function piece(owner: Side, index: number): string {
  return span(owner, { start: index, end: index + 1 });
}

function diffPieces(a: Side, b: Side, ops: readonly DiffOp[]): DiffPiece[] {
  if (ops.length === 1 && ops[0]!.kind === 'equal') return [{ kind: 'same', text: collapse(b.text) }];
  const pieces: DiffPiece[] = [];
  for (const op of ops) {
    if (op.kind === 'equal') pieces.push({ kind: 'same', text: span(b, op.b) });
    if (op.kind === 'delete' || op.kind === 'replace') pieces.push({ kind: 'removed', text: span(a, op.a) });
    if (op.kind === 'insert' || op.kind === 'replace') pieces.push({ kind: 'added', text: span(b, op.b) });
  }
  return pieces;
}
