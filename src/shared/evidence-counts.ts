// How much evidence each claim has, by how it bears on the claim: what a claim list shows
// next to the verdict, in the CLI and in the app alike.

import { RELATIONS, type Evidence, type Id, type Relation } from './model';

export type EvidenceCounts = Record<Relation, number>;

/** Counts once for the whole case; the lookup gives every claim all four relations, zeros included. */
export function evidenceCountsByClaim(evidence: ReadonlyArray<Pick<Evidence, 'claimId' | 'relation'>>): (claimId: Id) => EvidenceCounts {
  const counts = new Map<Id, EvidenceCounts>();
  for (const { claimId, relation } of evidence) {
    const forClaim = counts.get(claimId) ?? zeros();
    forClaim[relation] += 1;
    counts.set(claimId, forClaim);
  }
  return (claimId) => ({ ...(counts.get(claimId) ?? zeros()) });
}

function zeros(): EvidenceCounts {
  return Object.fromEntries(RELATIONS.map((relation) => [relation, 0])) as EvidenceCounts;
}

/** How a tally names each relation: "2 refuting". */
export const TALLY_WORDS: Record<Relation, string> = { supports: 'supporting', refutes: 'refuting', context: 'context', origin: 'origin' };

/** The relations a claim has evidence for, in words and in the scale's order: ["2 supporting", "1 refuting"]. */
export function evidenceInWords(counts: EvidenceCounts): { relation: Relation; words: string }[] {
  return RELATIONS.filter((relation) => counts[relation] > 0).map((relation) => ({
    relation,
    words: `${counts[relation]} ${TALLY_WORDS[relation]}`,
  }));
}
