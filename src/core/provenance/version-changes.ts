// What changed between two versions of an article, paragraph by paragraph, and whether
// the outlet said so. A version that changes what the story says (a number, a name, a
// negation, quoted words, a whole sentence) without adding a correction or update notice
// is a silent edit; re-punctuating, re-spacing or re-wording outside quotes is not.

import type { Doc, Id, TextPosition } from '../../shared/model';
import type { DifferenceKind } from '../../shared/provenance';
import type { VersionChange, VersionChanges } from '../../shared/version-changes';
import { splitSentences } from '../sentences/split';
import { compareTexts } from './differences';
import { isNotice, newNotice } from './notices';
import { alignParagraphs } from './paragraph-alignment';
import { overlap, wordBag, type WordBag } from './word-overlap';

/** Differences that change what a sentence claims; wording and punctuation alone do not. */
const SUBSTANTIVE_KINDS: ReadonlySet<DifferenceKind> = new Set(['number', 'name', 'negation']);
/** A sentence sharing less of its words with every sentence of the other version is new (or gone). */
const SAME_SENTENCE = 0.5;
const QUOTED = /[“"]([^”"]+)[”"]/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

export interface Version {
  id: Id;
  doc: Doc;
}

export function versionChanges(previous: Version, current: Version): VersionChanges {
  const before = paragraphs(previous.doc);
  const after = paragraphs(current.doc);
  const changes: VersionChange[] = [];
  let next = 0;
  for (const step of alignParagraphs(before.map((p) => p.text), after.map((p) => p.text))) {
    if (step.kind === 'removed') {
      changes.push({ ...wholeParagraph('removed', before[step.before]!), atBlock: next });
      continue;
    }
    next = step.after + 1;
    if (step.kind === 'added') changes.push({ ...wholeParagraph('added', after[step.after]!), atBlock: step.after });
    else if (step.kind === 'changed') changes.push({ ...changedParagraph(before[step.before]!, after[step.after]!), atBlock: step.after });
  }
  const notice = newNotice(previous.doc, current.doc);
  return {
    articleId: current.id,
    previousVersionId: previous.id,
    notice,
    silent: notice === null && changes.some((change) => change.substantive),
    changes,
  };
}

interface Paragraph {
  text: string;
  at: TextPosition;
}

function paragraphs(doc: Doc): Paragraph[] {
  return doc.blocks.map((block) => ({ text: doc.text.slice(block.start, block.end), at: { start: block.start, end: block.end } }));
}

/** A paragraph added or removed says something new (or no longer), unless it has no words or is the notice itself. */
function wholeParagraph(kind: 'added' | 'removed', paragraph: Paragraph): Omit<VersionChange, 'atBlock'> {
  const substantive = HAS_WORD.test(paragraph.text) && !isNotice(paragraph.text);
  return {
    kind,
    before: kind === 'removed' ? paragraph.text : null,
    after: kind === 'added' ? paragraph.text : null,
    substantive,
    differences: [],
    diff: [],
    beforeAt: kind === 'removed' ? paragraph.at : null,
    afterAt: kind === 'added' ? paragraph.at : null,
  };
}

function changedParagraph(before: Paragraph, after: Paragraph): Omit<VersionChange, 'atBlock'> {
  const { differences, diff } = compareTexts(before.text, after.text);
  const substantive =
    differences.some((difference) => SUBSTANTIVE_KINDS.has(difference.kind)) ||
    quotesDiffer(before.text, after.text) ||
    sentencesAddedOrRemoved(before.text, after.text);
  return { kind: 'changed', before: before.text, after: after.text, substantive, differences, diff, beforeAt: before.at, afterAt: after.at };
}

/** Quoted words are someone's words: any change to them, beyond punctuation and case, matters. */
function quotesDiffer(before: string, after: string): boolean {
  const quotes = (text: string) =>
    [...text.matchAll(QUOTED)].map((match) => (match[1]!.toLowerCase().match(WORD) ?? []).join(' ')).sort().join('\n');
  return quotes(before) !== quotes(after);
}

function sentencesAddedOrRemoved(before: string, after: string): boolean {
  const a = sentenceBags(before);
  const b = sentenceBags(after);
  const unmatched = (from: WordBag[], to: WordBag[]) => from.some((bag) => to.every((other) => overlap(bag, other) < SAME_SENTENCE));
  return unmatched(a, b) || unmatched(b, a);
}

function sentenceBags(text: string): WordBag[] {
  return splitSentences(text)
    .map(({ start, end }) => wordBag(text.slice(start, end)))
    .filter((bag) => bag.size > 0);
}
