import { describe, expect, it } from 'vitest';
import { textToDoc } from '../import/text';
import { changeAt } from '../../shared/version-changes';
import { newWordsOf } from './orphan-move';
import { versionChanges } from './version-changes';

const LEAD = 'Protesters gathered outside the embassy on Sunday, witnesses said.';
const CROWD = 'Police said that about 200 people took part in the march on Sunday.';
const CLOSE = 'The embassy did not respond to a request for comment.';

function changesOf(before: string[], after: string[]) {
  const old = [before.join('\n\n'), after.join('\n\n')] as const;
  return { old: old[0], now: old[1], ...versionChanges({ id: 'v1', doc: textToDoc(old[0]) }, { id: 'v2', doc: textToDoc(old[1]) }) };
}

describe('moving an orphaned quote onto its new words', () => {
  it('finds the changed paragraph that held the words, and the words it says now', () => {
    const { old, now, changes } = changesOf([LEAD, CROWD, CLOSE], [LEAD, CROWD.replace('about 200', 'nearly 100'), CLOSE]);
    const quote = 'about 200 people took part';
    const start = old.indexOf(quote);
    const change = changes[changeAt(changes, { start, end: start + quote.length })!]!;
    expect(change.kind).toBe('changed');
    const moved = newWordsOf(quote, change)!;
    expect(now.slice(moved.start, moved.end)).toBe('nearly 100 people took part');
  });

  it('gives nothing for a removed paragraph, or words no longer anywhere near', () => {
    const removed = changesOf([LEAD, CROWD, CLOSE], [LEAD, CLOSE]);
    expect(newWordsOf('about 200 people', removed.changes[0]!)).toBeNull();
    const rewritten = changesOf([LEAD, CROWD], [LEAD, 'Police said that the march on Sunday was peaceful and small.']);
    expect(rewritten.changes[0]!.kind).toBe('changed');
    expect(newWordsOf('about 200 people took part', rewritten.changes[0]!)).toBeNull();
  });

  it('finds no change for words of a paragraph that stayed', () => {
    const { old, changes } = changesOf([LEAD, CROWD], [LEAD, CROWD.replace('200', '100')]);
    expect(changeAt(changes, { start: old.indexOf('embassy'), end: old.indexOf('embassy') + 7 })).toBeNull();
  });
});
