import { CLAIM_TYPES, CONFIDENCES, VERDICTS } from '../../shared/model';
import { withCase } from '../client';
import { optionalChoice, optionalString, requireString, stringList, UsageError, type Command } from '../command';
import { columns } from '../terminal-text';

export const update: Command = {
  name: 'update',
  usage: 'update <dir> --claim ID [--statement S] [--claimant C] [--type T] [--verdict V] [--confidence C] [--rationale MARKDOWN] [--tag T]...',
  summary: 'Edit a claim: the fields given change, the others stay; --tag sets its tags.',
  options: {
    claim: { type: 'string' },
    statement: { type: 'string' },
    claimant: { type: 'string' },
    type: { type: 'string' },
    verdict: { type: 'string' },
    confidence: { type: 'string' },
    rationale: { type: 'string' },
    tag: { type: 'string', multiple: true },
  },
  positionals: 1,
  async run(args) {
    const id = requireString(args, 'claim');
    const tags = stringList(args, 'tag');
    const patch = withoutUnset({
      statement: optionalString(args, 'statement'),
      claimant: optionalString(args, 'claimant'),
      type: optionalChoice(args, 'type', CLAIM_TYPES),
      verdict: optionalChoice(args, 'verdict', VERDICTS),
      confidence: optionalChoice(args, 'confidence', CONFIDENCES),
      rationale: optionalString(args, 'rationale'),
      tags: tags.length > 0 ? tags : undefined,
    });
    if (Object.keys(patch).length === 0) throw new UsageError('Give at least one field to change.');
    return withCase(args.positionals[0]!, async (client) => {
      const claim = await client.updateClaim({ id, patch });
      return { json: claim, text: columns([claim.id, claim.verdict, claim.statement]) };
    });
  },
};

function withoutUnset<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
