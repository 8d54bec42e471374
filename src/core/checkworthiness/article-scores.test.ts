import { describe, expect, it } from 'vitest';
import type { Doc, Id } from '../../shared/model';
import { guessClaimType, type Suggestion } from '../../shared/suggestions';
import { ArticleScores } from './article-scores';

const doc = (text: string): Doc => ({ text, blocks: [], marks: [] });

/** A scorer that records its calls and answers only when told to. */
function recordingScorer() {
  const calls: Id[] = [];
  const waiting: Array<() => void> = [];
  const scorer = (articleId: Id, { text }: Doc) =>
    new Promise<Suggestion[]>((resolve) => {
      calls.push(articleId);
      const suggestion: Suggestion = { articleId, start: 0, end: text.length, text, score: 0.9, reasons: [], type: guessClaimType([]) };
      waiting.push(() => resolve([suggestion]));
    });
  const answerNext = async () => {
    while (waiting.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    waiting.shift()!();
  };
  return { calls, scorer, answerNext };
}

describe('ArticleScores', () => {
  it('scores the articles of a background pass one at a time, and serves them from memory afterwards', async () => {
    const { calls, scorer, answerNext } = recordingScorer();
    const scores = new ArticleScores(scorer, async (id) => doc(`text of ${id}`));
    const pass = scores.warm(['a', 'b']);
    await answerNext();
    expect(calls).toEqual(['a']);
    await answerNext();
    await pass;
    expect(calls).toEqual(['a', 'b']);
    expect((await scores.of('b'))[0]?.text).toBe('text of b');
    expect(calls).toEqual(['a', 'b']);
  });

  it('goes past an article it cannot read, and tries it again when it is asked for', async () => {
    let readable = false;
    const { calls, scorer, answerNext } = recordingScorer();
    const scores = new ArticleScores(scorer, async (id) => {
      if (id === 'missing' && !readable) throw new Error('no such file');
      return doc(id);
    });
    const pass = scores.warm(['missing', 'b']);
    await answerNext();
    await pass;
    expect(calls).toEqual(['b']);
    readable = true;
    const again = scores.of('missing');
    await answerNext();
    expect((await again)[0]?.text).toBe('missing');
  });

  it('scores nothing ahead when told to score on request only', async () => {
    const { calls, scorer } = recordingScorer();
    await new ArticleScores(scorer, async (id) => doc(id), false).warm(['a']);
    expect(calls).toEqual([]);
  });

  it('stops a background pass when the case closes', async () => {
    const { calls, scorer, answerNext } = recordingScorer();
    const scores = new ArticleScores(scorer, async (id) => doc(id));
    const pass = scores.warm(['a', 'b', 'c']);
    await answerNext();
    scores.stop();
    await pass;
    expect(calls).toEqual(['a']);
  });
});
