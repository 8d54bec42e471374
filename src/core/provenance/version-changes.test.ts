import { describe, expect, it } from 'vitest';
import { textToDoc } from '../import/text';
import { versionChanges } from './version-changes';

const LEAD = 'Protesters gathered outside the U.S. Embassy in Baghdad on Sunday, witnesses said.';
const CROWD = 'Police said about 200 people took part, and that the march was peaceful.';
const QUOTE = '“We came to be heard,” said Ali Hassan, one of the organisers.';
const CLOSE = 'The embassy did not respond to a request for comment.';

function compare(before: string[], after: string[]) {
  return versionChanges({ id: 'v1', doc: textToDoc(before.join('\n\n')) }, { id: 'v2', doc: textToDoc(after.join('\n\n')) });
}

describe('versionChanges', () => {
  it('finds nothing between identical versions, and no silent edit', () => {
    const result = compare([LEAD, CROWD, CLOSE], [LEAD, CROWD, CLOSE]);
    expect(result).toMatchObject({ articleId: 'v2', previousVersionId: 'v1', notice: null, silent: false, changes: [] });
  });

  it('calls a changed number substantive, with its difference, and the version a silent edit', () => {
    const result = compare([LEAD, CROWD, CLOSE], [LEAD, CROWD.replace('200', '100'), CLOSE]);
    expect(result.silent).toBe(true);
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change).toMatchObject({ kind: 'changed', before: CROWD, substantive: true });
    expect(change!.differences).toContainEqual(expect.objectContaining({ kind: 'number', from: expect.stringContaining('200'), to: expect.stringContaining('100') }));
    expect(change!.diff.some((piece) => piece.kind === 'removed')).toBe(true);
  });

  it('calls a negation and a changed name substantive', () => {
    expect(compare([CLOSE], [CLOSE.replace('did not respond', 'responded')]).changes[0]!.substantive).toBe(true);
    expect(compare([QUOTE], [QUOTE.replace('Ali Hassan', 'Omar Saleh')]).changes[0]!.substantive).toBe(true);
  });

  it('does not call punctuation, spacing or case substantive: no silent edit', () => {
    const result = compare([LEAD, CROWD], [LEAD.replace('Sunday,', 'Sunday'), CROWD.replace('part,', 'part ;')]);
    expect(result.changes.map((change) => change.kind)).toEqual(['changed', 'changed']);
    expect(result.changes.every((change) => !change.substantive)).toBe(true);
    expect(result.silent).toBe(false);
  });

  it('calls re-wording outside quotes minor, and re-wording a quote substantive', () => {
    expect(compare([CROWD], [CROWD.replace('took part', 'joined in')]).changes[0]!.substantive).toBe(false);
    expect(compare([QUOTE], [QUOTE.replace('came to be heard', 'came to be seen')]).changes[0]!.substantive).toBe(true);
  });

  it('calls a sentence added to a paragraph substantive', () => {
    const result = compare([CROWD], [`${CROWD} Two officers were injured in clashes near the gate.`]);
    expect(result.changes[0]).toMatchObject({ kind: 'changed', substantive: true });
  });

  it('lists a removed paragraph with where it was, as substantive', () => {
    const result = compare([LEAD, CROWD, QUOTE, CLOSE], [LEAD, CROWD, CLOSE]);
    expect(result.changes).toEqual([
      expect.objectContaining({ kind: 'removed', before: QUOTE, after: null, substantive: true, afterAt: null, atBlock: 2 }),
    ]);
    const at = result.changes[0]!.beforeAt!;
    expect([LEAD, CROWD, QUOTE, CLOSE].join('\n\n').slice(at.start, at.end)).toBe(QUOTE);
    expect(result.silent).toBe(true);
  });

  it('is not silent when the new version adds a notice, and the notice itself is no substantive change', () => {
    const notice = 'Correction: An earlier version of this story gave the wrong number of protesters.';
    const result = compare([LEAD, CROWD], [LEAD, CROWD.replace('200', '100'), notice]);
    expect(result.notice).toBe(notice);
    expect(result.silent).toBe(false);
    expect(result.changes.find((change) => change.kind === 'added')).toMatchObject({ after: notice, substantive: false });
  });

  it('is silent when the only notice was carried over from the earlier version', () => {
    const notice = 'Update: police have since revised their estimate.';
    const result = compare([LEAD, CROWD, notice], [LEAD, CROWD.replace('200', '150'), notice]);
    expect(result.notice).toBeNull();
    expect(result.silent).toBe(true);
  });
});
