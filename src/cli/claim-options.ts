// A claim's fields as the command line gives them: one table for `claim`, which marks a
// new claim, and `update`, which edits one, so the two take the same options.

import { CLAIM_TYPES, CONFIDENCES, VERDICTS, type ClaimType, type Confidence, type Verdict } from '../shared/model';
import { optionalChoice, optionalString, stringList, type Options, type Parsed } from './command';

export const CLAIM_FIELD_OPTIONS: Options = {
  statement: { type: 'string' },
  claimant: { type: 'string' },
  type: { type: 'string' },
  verdict: { type: 'string' },
  confidence: { type: 'string' },
  rationale: { type: 'string' },
  tag: { type: 'string', multiple: true },
};

export const CLAIM_FIELD_USAGE = '[--statement S] [--claimant C] [--type T] [--verdict V] [--confidence C] [--rationale MARKDOWN] [--tag T]...';

/** The fields given, each checked; a field not given is absent, and so are tags when no --tag is. */
export interface ClaimFieldArgs {
  statement?: string;
  claimant?: string;
  type?: ClaimType;
  verdict?: Verdict;
  confidence?: Confidence;
  rationale?: string;
  tags?: string[];
}

export function claimFieldsFrom(args: Parsed): ClaimFieldArgs {
  const tags = stringList(args, 'tag');
  const fields: Record<keyof ClaimFieldArgs, unknown> = {
    statement: optionalString(args, 'statement'),
    claimant: optionalString(args, 'claimant'),
    type: optionalChoice(args, 'type', CLAIM_TYPES),
    verdict: optionalChoice(args, 'verdict', VERDICTS),
    confidence: optionalChoice(args, 'confidence', CONFIDENCES),
    rationale: optionalString(args, 'rationale'),
    tags: tags.length > 0 ? tags : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ClaimFieldArgs;
}
