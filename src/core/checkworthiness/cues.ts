// Hand-made cues of a checkable sentence. Each is a feature of the model and, when it
// pushes the score up, a reason shown to the analyst with the words that carry it.

import type { ReasonKind } from '../../shared/suggestions';

/** Cues that only ever lower a score (opinions, questions) are features, never reasons. */
export const COUNTER_CUE_KINDS = ['opinion', 'question'] as const;
export type CueKind = ReasonKind | (typeof COUNTER_CUE_KINDS)[number];

export interface Cue {
  kind: CueKind;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

const words = (list: string) => list.trim().split(/\s+/).join('|');

const NUMBER_WORDS = words(`
  hundred hundreds thousand thousands million millions billion billions trillion trillions
  percent percentage dozen dozens half twice double doubled triple tripled quadrupled
  one-third one-fourth one-quarter two-thirds three-quarters majority
`);
const SMALL_NUMBERS = words(`
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
  fifty sixty seventy eighty ninety
`);
const COMPARATIVES = words(`
  more less fewer greater higher lower bigger smaller larger better worse faster slower
  cheaper stronger weaker richer poorer
  most least fewest highest lowest biggest smallest largest best worst fastest slowest
  cheapest strongest weakest richest poorest
  increase increased increases increasing decrease decreased decreases decreasing
  rise rose risen rising fall fell fallen falling grew grown growing drop dropped
  declined decline cut cuts doubled tripled record
`);
const CAUSAL = words(`
  because caused causes causing cause due thanks therefore consequently
  lead leads led resulted results result blame blamed responsible
`);
const ATTRIBUTION = words(`
  said says say told tells claimed claims claim stated states announced announces reported
  reports testified admitted admits acknowledged acknowledges insisted insists
  argued argues warned warns promised promises wrote writes confirmed confirms denied denies
  according
`);
const ACTIONS = words(`
  voted votes vote signed signs passed passes cut cuts raised raises created creates
  lost loses spent spends killed kills banned bans approved approves rejected rejects
  opposed opposes supported supports funded funds invaded invades built builds
  closed closes fired fires hired hires sold sells bought buys paid pays
  increased increases reduced reduces destroyed destroys launched launches ordered orders
  blocked blocks vetoed vetoes sued sues appointed appoints attacked attacks
  gave gives took takes sent sends won wins added adds eliminated eliminates
`);
const TIME = words(`
  year years annually annual month months week weeks decade decades day days
  quarter since ago yearly monthly
`);
const FUTURE = words(`will won't gonna going`);
const OPINION = words(`
  think believe feel hope want wish guess love hate should must need
`);

const MAGNITUDE = `(?:\\s?%|\\s+(?:percent|hundred|thousand|million|billion|trillion)\\b)?`;
const NUMBER = new RegExp(
  [
    `[$£€]?\\d(?:[\\d,.]*\\d)?${MAGNITUDE}`,
    `\\b(?:${SMALL_NUMBERS})(?:\\s+(?:${NUMBER_WORDS}))?\\b(?=\\s+\\p{L})`,
    `\\b(?:${SMALL_NUMBERS})\\s+(?:${NUMBER_WORDS})\\b`,
    `\\b(?:${NUMBER_WORDS})\\b`,
  ].join('|'),
  'giu',
);
const COMPARISON = new RegExp(`\\b(?:${COMPARATIVES})\\b(?:\\s+than\\b)?|\\bthan\\b|\\b(?:twice|half)\\s+as\\b`, 'gi');
const CAUSE = new RegExp(
  `\\b(?:${CAUSAL})\\b(?:\\s+(?:to|of|in|by|for))?|\\bas a result\\b|\\bso that\\b`,
  'gi',
);
const ATTRIBUTE = new RegExp(`\\b(?:${ATTRIBUTION})\\b(?:\\s+to)?`, 'gi');
// A capitalized word not opening the sentence, within a few words of a verb of action.
const ACTOR_ACTION = new RegExp(
  `(?<=\\S\\s+)(?!I\\b)\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+)*(?:\\s+[\\p{Ll}]+){0,3}?\\s+(?:${ACTIONS})\\b`,
  'gu',
);
const QUANTITY_OVER_TIME = new RegExp(
  `\\b(?:since|in|by|from|between|over|during)\\s+(?:the\\s+)?(?:(?:last|past|next|first)\\s+)?(?:\\d+|\\w+)?\\s*(?:${TIME}|(?:1[89]|20)\\d\\d)\\b|\\b(?:1[89]|20)\\d\\d\\b|\\b(?:per|a|every|each|last|this)\\s+(?:${TIME})\\b|\\b(?:${TIME})\\s+ago\\b`,
  'gi',
);
const QUOTE = /["“”][^"“”]{3,}["“”]/g;
const PREDICTION = new RegExp(`\\b(?:${FUTURE})\\b(?:\\s+to\\b)?|\\bnext\\s+(?:${TIME})\\b`, 'gi');
const OPINION_CUE = new RegExp(
  `\\b(?:I|we)\\s+(?:really\\s+|do\\s+|don't\\s+)?(?:${OPINION})\\b|\\bin my (?:opinion|view)\\b|\\b(?:should|must|ought)\\b`,
  'gi',
);
const QUESTION = /\?\s*["”']?\s*$/g;

const PATTERNS: Array<[CueKind, RegExp]> = [
  ['number', NUMBER],
  ['comparison', COMPARISON],
  ['causal', CAUSE],
  ['attribution', ATTRIBUTE],
  ['actor-action', ACTOR_ACTION],
  ['quote', QUOTE],
  ['prediction', PREDICTION],
  ['opinion', OPINION_CUE],
  ['question', QUESTION],
];

/** Every cue in the sentence, in the order of PATTERNS, then by position. */
export function findCues(sentence: string): Cue[] {
  const cues: Cue[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      cues.push({ kind, start: match.index, end: match.index + match[0].trimEnd().length });
    }
  }
  const timed = quantitiesOverTime(sentence, cues);
  return timed ? [...cues, timed] : cues;
}

/** A quantity with a span of time: a number in a sentence that also dates or paces it. */
function quantitiesOverTime(sentence: string, cues: Cue[]): Cue | null {
  const number = cues.find((cue) => cue.kind === 'number');
  if (!number) return null;
  for (const match of sentence.matchAll(QUANTITY_OVER_TIME)) {
    const overlapsNumber = match.index < number.end && number.start < match.index + match[0].length;
    const yearOnly = /^\d{4}$/.test(match[0]) && overlapsNumber;
    if (yearOnly) continue;
    const start = Math.min(number.start, match.index);
    const end = Math.max(number.end, match.index + match[0].length);
    return { kind: 'quantity-over-time', start, end };
  }
  return null;
}
