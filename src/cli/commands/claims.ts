import { caseIndex } from '../../shared/case-index';
import { evidenceCountsByClaim, type EvidenceCounts } from '../../shared/evidence-counts';
import { RELATIONS, type CaseData, type Claim } from '../../shared/model';
import { shorten } from '../../core/import/title';
import { withCase } from '../client';
import type { Command } from '../command';

/** Long enough to tell claims apart, short enough for one terminal line with the counts. */
const STATEMENT_CHARS = 80;

export const claims: Command = {
  name: 'claims',
  usage: 'claims <dir>',
  summary: 'List the claims of a case: id, verdict, appearances, evidence by relation, and the statement.',
  options: {},
  positionals: 1,
  async run({ positionals: [dir] }) {
    return withCase(dir!, async (client) => {
      const rows = claimRows(await client.getCase({}));
      return {
        json: rows,
        // Tab-separated, id first, as `articles` prints, with the free-text statement last.
        text:
          rows.length === 0
            ? 'No claims.'
            : rows
                .map((row) =>
                  [
                    row.id,
                    row.verdict,
                    `${row.appearances} appearance${row.appearances === 1 ? '' : 's'}`,
                    RELATIONS.map((relation) => `${relation} ${row.evidence[relation]}`).join(', '),
                    shorten(row.statement.replace(/\s+/g, ' '), STATEMENT_CHARS),
                  ].join('\t'),
                )
                .join('\n'),
      };
    });
  },
};

export interface ClaimRow extends Pick<Claim, 'id' | 'verdict' | 'statement'> {
  appearances: number;
  evidence: EvidenceCounts;
}

/** One row per claim, in the case's order: one pass over each collection. */
export function claimRows(data: Readonly<CaseData>): ClaimRow[] {
  const countsOf = evidenceCountsByClaim(data.evidence);
  const index = caseIndex(data);
  return data.claims.map(({ id, verdict, statement }) => ({
    id,
    verdict,
    statement,
    appearances: index.appearancesOf(id).length,
    evidence: countsOf(id),
  }));
}
