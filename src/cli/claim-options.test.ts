import { describe, expect, it } from 'vitest';
import { CLAIM_FIELD_OPTIONS, claimFieldsFrom } from './claim-options';
import { UsageError, type Parsed } from './command';
import { claim } from './commands/claim';
import { update } from './commands/update';

const args = (values: Parsed['values']): Parsed => ({ positionals: [], values });

describe('a claim’s fields on the command line', () => {
  it('are the same options, in the same words, for claim and update', () => {
    for (const command of [claim, update]) {
      expect(command.options).toMatchObject(CLAIM_FIELD_OPTIONS);
      expect(command.usage).toContain('[--statement S] [--claimant C] [--type T] [--verdict V] [--confidence C] [--rationale MARKDOWN] [--tag T]...');
    }
  });

  it('keeps only the fields given, each grade checked and spelled as the case stores it', () => {
    expect(claimFieldsFrom(args({ verdict: 'Mostly-False', confidence: 'HIGH', tag: ['crowd', 'police'], claimant: '' }))).toEqual({
      verdict: 'mostly-false',
      confidence: 'high',
      tags: ['crowd', 'police'],
      claimant: '',
    });
    expect(claimFieldsFrom(args({}))).toEqual({});
  });

  it('refuses a grade the scale does not have, naming the allowed ones', () => {
    expect(() => claimFieldsFrom(args({ type: 'rumour' }))).toThrow(UsageError);
    expect(() => claimFieldsFrom(args({ type: 'rumour' }))).toThrow(/--type must be one of factual, statistic/);
  });
});
