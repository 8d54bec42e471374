// Re-anchoring claims into an edited version of each page: how often a quote lands on
// its own words, and how long that takes, against a plain approximate search with
// approx-string-match (the library the Hypothesis client anchors with) over the same
// text with the same error budget, keeping its closest match.

import { performance } from 'node:perf_hooks';
import search from 'approx-string-match';
import type { Selector, TextPosition } from '../src/shared/model';
import { selectorFor } from '../src/shared/selector';
import { resolveSelector, type Stage } from '../src/core/anchor';
import { editLetters } from '../src/core/anchor/synthetic-edits';
import { seededRandom } from '../src/core/anchor/synthetic-text';
import { ROUNDS } from './corpus';
import type { Imported } from './import';

const QUOTES_PER_ARTICLE = 20;
const QUOTE_CHARS = { min: 30, max: 150 };
/** Shares of the characters edited: none, a typical update, the acceptance limit. */
const EDIT_RATES = [0, 0.05, 0.1];
/** Too short to hold 20 distinct quotes. */
const MIN_TEXT_CHARS = 2_000;
/** An edit at either end of a quote may shift its best alignment by a character or two. */
const EDGE_SLACK = 3;
/** The error budget of src/core/anchor/resolve.ts, given to the baseline too. */
const MAX_ERRORS = 32;
const MAX_ERROR_RATE = 1 / 4;

interface Quote {
  selector: Selector;
  /** Where the quoted words are in the edited text. */
  expected: TextPosition;
}

interface Trial {
  text: string;
  quotes: Quote[];
}

type Verdict = 'correct' | 'imprecise' | 'misplaced' | 'orphaned';

/** The edited text of every article with its quotes; the same for the same rate on every run. */
function trialsAt(rate: number, imported: readonly Imported[]): Trial[] {
  return imported
    .filter(({ doc }) => doc.text.length >= MIN_TEXT_CHARS)
    .map(({ doc }, index) => {
      const random = seededRandom(1_000 * index + 1);
      const edited = editLetters(doc.text, rate, seededRandom(1_000 * index + 2 + Math.round(rate * 100)));
      const quotes = pickQuotes(doc.text, random).map((selector) => ({
        selector,
        expected: { start: edited.offsets[selector.position.start]!, end: edited.offsets[selector.position.end]! },
      }));
      return { text: edited.text, quotes };
    });
}

/**
 * Quotes spread over the text, from word start to word end. A passage the page repeats
 * (test pages of Lorem ipsum, a paragraph printed twice) is skipped: any copy of it is
 * the quoted words, so no answer could be judged wrong.
 */
function pickQuotes(text: string, random: () => number): Selector[] {
  const selectors: Selector[] = [];
  for (let n = 0; n < QUOTES_PER_ARTICLE; n++) {
    const from = Math.floor(((n + random()) / QUOTES_PER_ARTICLE) * (text.length - QUOTE_CHARS.max));
    const start = text.indexOf(' ', from) + 1;
    const length = QUOTE_CHARS.min + Math.floor(random() * (QUOTE_CHARS.max - QUOTE_CHARS.min));
    const end = text.lastIndexOf(' ', start + length);
    if (start === 0 || end - start < QUOTE_CHARS.min / 2) continue;
    const quote = text.slice(start, end);
    if (text.indexOf(quote) === start && text.lastIndexOf(quote) === start) selectors.push(selectorFor(text, start, end));
  }
  return selectors;
}

/** Every match within the budget; the fewest errors, then the nearest to the old position. */
function baselineResolve(text: string, selector: Selector): TextPosition | null {
  const { exact } = selector.quote;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  let best: { start: number; end: number; errors: number } | null = null;
  for (const match of search(text, exact, maxErrors)) {
    const nearer = best !== null && Math.abs(match.start - selector.position.start) < Math.abs(best.start - selector.position.start);
    if (best === null || match.errors < best.errors || (match.errors === best.errors && nearer)) best = match;
  }
  return best === null ? null : { start: best.start, end: best.end };
}

function claimdeskResolve(text: string, selector: Selector): TextPosition | null {
  const { position, status } = resolveSelector(text, selector);
  return status === 'orphaned' ? null : position;
}

function judge(found: TextPosition | null, expected: TextPosition): Verdict {
  if (found === null) return 'orphaned';
  if (Math.abs(found.start - expected.start) <= EDGE_SLACK && Math.abs(found.end - expected.end) <= EDGE_SLACK) return 'correct';
  return found.start < expected.end && expected.start < found.end ? 'imprecise' : 'misplaced';
}

type Resolver = (text: string, selector: Selector) => TextPosition | null;

function tally(trials: readonly Trial[], resolve: Resolver) {
  const counts: Record<Verdict, number> = { correct: 0, imprecise: 0, misplaced: 0, orphaned: 0 };
  for (const { text, quotes } of trials) {
    for (const { selector, expected } of quotes) counts[judge(resolve(text, selector), expected)] += 1;
  }
  return counts;
}

/**
 * Best of ROUNDS for each, taken in turns: on a shared machine a burst of load then
 * slows both alike instead of only whichever ran during it.
 */
function timeInTurns(trials: readonly Trial[], resolvers: readonly Resolver[]): number[] {
  const best = resolvers.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    resolvers.forEach((resolve, index) => {
      const started = performance.now();
      for (const { text, quotes } of trials) for (const { selector } of quotes) resolve(text, selector);
      best[index] = Math.min(best[index]!, performance.now() - started);
    });
  }
  return best;
}

/** How many quotes each step of Claimdesk's chain placed (or, for whole-text, also orphaned). */
function stages(trials: readonly Trial[]): string {
  const counts = new Map<Stage, number>();
  for (const { text, quotes } of trials) {
    for (const { selector } of quotes) {
      const { stage } = resolveSelector(text, selector);
      counts.set(stage, (counts.get(stage) ?? 0) + 1);
    }
  }
  return [...counts].map(([stage, count]) => `${stage} ${count}`).join(', ');
}

export function benchReanchor(imported: readonly Imported[]): void {
  console.log('');
  console.log(
    `| re-anchoring, edited characters | articles | quotes | Claimdesk correct | misplaced | orphaned | ` +
      `Claimdesk best of ${ROUNDS} (ms) | approx-string-match (ms) | ratio to baseline | baseline correct | baseline misplaced |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const steps: string[] = [];
  for (const rate of EDIT_RATES) {
    const trials = trialsAt(rate, imported);
    steps.push(`${rate * 100}%: ${stages(trials)}`);
    const quotes = trials.reduce((sum, trial) => sum + trial.quotes.length, 0);
    const ours = tally(trials, claimdeskResolve);
    const theirs = tally(trials, baselineResolve);
    const [oursMs, theirsMs] = timeInTurns(trials, [claimdeskResolve, baselineResolve]) as [number, number];
    const percent = (count: number) => `${((100 * count) / quotes).toFixed(1)}%`;
    console.log(
      `| ${rate * 100}% | ${trials.length} | ${quotes} | ${percent(ours.correct)} | ${ours.misplaced} | ${ours.orphaned} | ` +
        `${oursMs.toFixed(1)} | ${theirsMs.toFixed(1)} | ${(oursMs / theirsMs).toFixed(3)} | ` +
        `${percent(theirs.correct)} | ${theirs.misplaced} |`,
    );
  }
  console.log('');
  console.log(
    `Correct: both ends within ${EDGE_SLACK} characters of the quoted words; the rest overlap them. Misplaced: on other words. ` +
      'The baseline takes the closest match anywhere, without the context Claimdesk weighs.',
  );
  console.log(`Steps of Claimdesk's chain that placed the quotes: ${steps.join('; ')}.`);
}
