import { REASON_KINDS } from '../../shared/suggestions';
import { withCase } from '../client';
import { optionalChoice, optionalInteger, optionalString, requireString, UsageError, type Command, type Parsed } from '../command';

const DEFAULT_LIMIT = 10;

export const suggest: Command = {
  name: 'suggest',
  usage: 'suggest <dir> --article ID [--limit N] [--min SCORE] [--reason KIND]',
  summary:
    'Score the sentences of an article for check-worthiness, best first, with the reasons; --limit 0 gives every sentence.',
  options: { article: { type: 'string' }, limit: { type: 'string' }, min: { type: 'string' }, reason: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const articleId = requireString(args, 'article');
    const limit = optionalInteger(args, 'limit') ?? DEFAULT_LIMIT;
    if (limit < 0) throw new UsageError(`--limit must be 0 (every sentence) or more, not ${limit}.`);
    const minScore = optionalScore(args);
    const reason = optionalChoice(args, 'reason', REASON_KINDS);
    return withCase(args.positionals[0]!, async (client) => {
      const scored = await client.listSuggestions({ articleId, limit, minScore, reason, everySentence: true });
      const rows = scored.map(({ text, score, start, end, reasons, type }) => ({ text, score, start, end, reasons, type }));
      return {
        json: rows,
        text: rows.length
          ? rows
              .map((row) => `${row.score.toFixed(2)}\t${row.start}-${row.end}\t${row.type}\t${row.text}` +
                (row.reasons.length ? `\n\t\t\t${row.reasons.map((r) => `${r.kind}: ${r.cue}`).join('; ')}` : ''))
              .join('\n')
          : 'No sentence scores that high.',
      };
    });
  },
};

function optionalScore(args: Parsed): number | undefined {
  const value = optionalString(args, 'min');
  if (value === undefined) return undefined;
  const score = Number(value);
  if (value.trim() === '' || !(score >= 0 && score <= 1)) throw new UsageError(`--min must be a score from 0 to 1, not "${value}".`);
  return score;
}
