// What each grade means, in the words the UI and the report show next to it.

import type { ClaimType, Credibility, Relation, Reliability, SourceKind, Verdict } from './model';

export interface ScaleEntry {
  label: string;
  definition: string;
}

export const VERDICT_SCALE: Record<Verdict, ScaleEntry & { color: string }> = {
  unrated: { label: 'Unrated', definition: 'Not yet rated.', color: '#8a8f98' },
  true: { label: 'True', definition: 'Accurate, with nothing significant missing.', color: '#1f9d55' },
  'mostly-true': {
    label: 'Mostly true',
    definition: 'Accurate but needs clarification or additional information.',
    color: '#6cb33f',
  },
  mixed: { label: 'Mixed', definition: 'Partly accurate and partly inaccurate.', color: '#d4a20b' },
  misleading: {
    label: 'Misleading',
    definition: 'Contains accurate elements but gives a false impression, often by omitting context.',
    color: '#e07b1a',
  },
  'mostly-false': {
    label: 'Mostly false',
    definition: 'Contains an element of truth but ignores facts that would change the impression.',
    color: '#b8441a',
  },
  false: { label: 'False', definition: 'Not accurate.', color: '#c62828' },
  unproven: {
    label: 'Unproven',
    definition: 'Insufficient evidence to confirm or refute at the time of checking.',
    color: '#7e57c2',
  },
  'not-checkable': {
    label: 'Not checkable',
    definition: 'An opinion, prediction or statement that cannot be verified by evidence.',
    color: '#546e7a',
  },
};

export const RELIABILITY_SCALE: Record<Reliability, ScaleEntry> = {
  A: { label: 'Completely reliable', definition: 'No doubt of authenticity, trustworthiness or competency; a history of complete reliability.' },
  B: { label: 'Usually reliable', definition: 'Minor doubt; a history of valid information most of the time.' },
  C: { label: 'Fairly reliable', definition: 'Doubt; has provided valid information in the past.' },
  D: { label: 'Not usually reliable', definition: 'Significant doubt; has provided valid information in the past.' },
  E: { label: 'Unreliable', definition: 'Lacking in authenticity, trustworthiness and competency; a history of invalid information.' },
  F: { label: 'Cannot be judged', definition: 'No basis exists for evaluating the reliability of the source.' },
};

/**
 * Every source starts at F, "cannot be judged", until the analyst grades it: that is
 * not a grade anyone gave, so it reads "To be graded" wherever a source's reliability
 * is shown (the sidebar, the library, the inspector, the report), never "F".
 */
export const UNGRADED_RELIABILITY: Reliability = 'F';

export interface ReliabilityShown extends ScaleEntry {
  /** The letter to show, or null while the source is still to be graded. */
  grade: Reliability | null;
}

export function reliabilityShown(reliability: Reliability): ReliabilityShown {
  if (reliability === UNGRADED_RELIABILITY) {
    return {
      grade: null,
      label: 'To be graded',
      definition: 'Nobody has graded this source yet (F on the Admiralty scale: no basis for judging its reliability).',
    };
  }
  return { grade: reliability, ...RELIABILITY_SCALE[reliability] };
}

export const CREDIBILITY_SCALE: Record<Credibility, ScaleEntry> = {
  1: { label: 'Confirmed', definition: 'Confirmed by other independent sources; logical in itself; consistent with other information.' },
  2: { label: 'Probably true', definition: 'Not confirmed; logical in itself; consistent with other information.' },
  3: { label: 'Possibly true', definition: 'Not confirmed; reasonably logical in itself; agrees with some other information.' },
  4: { label: 'Doubtful', definition: 'Not confirmed; possible but not logical; no other information on the subject.' },
  5: { label: 'Improbable', definition: 'Not confirmed; not logical in itself; contradicted by other information.' },
  6: { label: 'Cannot be judged', definition: 'No basis exists for evaluating the validity of the information.' },
};

export const RELATION_LABELS: Record<Relation, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
  origin: 'Origin',
};

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  factual: 'Factual',
  statistic: 'Statistic',
  quote: 'Quote',
  attribution: 'Attribution',
  causal: 'Causal',
  prediction: 'Prediction',
  opinion: 'Opinion',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  article: 'News article',
  'official-statement': 'Official statement',
  dataset: 'Dataset',
  report: 'Report',
  interview: 'Interview',
  'social-media': 'Social media post',
  other: 'Other',
};
