import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { checkCompleteness } from './completeness';
import { sampleCase } from './sample-case';

function kindsOf(edit: (data: CaseData) => void, selection = {}) {
  const { data } = sampleCase();
  edit(data);
  return checkCompleteness(data, selection).map(({ kind, claimId, evidenceId, sourceId, appearanceId }) => ({
    kind,
    ...(claimId ? { claimId } : {}),
    ...(evidenceId ? { evidenceId } : {}),
    ...(sourceId ? { sourceId } : {}),
    ...(appearanceId ? { appearanceId } : {}),
  }));
}

describe('checkCompleteness', () => {
  it('finds the sample case’s one gap: its orphaned anchor', () => {
    expect(kindsOf(() => {})).toEqual([{ kind: 'orphaned-anchor', claimId: 'claim-attack', appearanceId: 'app-orphan' }]);
  });

  it('finds a rated claim with no evidence, and one with no rationale', () => {
    const issues = kindsOf((data) => {
      data.evidence = data.evidence.filter((item) => item.claimId !== 'claim-arrests');
      data.claims.find((claim) => claim.id === 'claim-arrests')!.rationale = ' ';
    });
    expect(issues).toContainEqual({ kind: 'rated-without-evidence', claimId: 'claim-arrests' });
    expect(issues).toContainEqual({ kind: 'rated-without-rationale', claimId: 'claim-arrests' });
  });

  it('expects no evidence or rationale of an unrated claim, nor evidence of a not checkable one', () => {
    const issues = kindsOf((data) => {
      data.evidence = [];
      data.claims[0]!.verdict = 'unrated';
      data.claims[0]!.rationale = '';
      data.claims[1]!.verdict = 'not-checkable';
    });
    expect(issues.map((issue) => issue.kind)).not.toContain('rated-without-evidence');
    expect(issues.map((issue) => issue.kind)).not.toContain('rated-without-rationale');
  });

  it('finds evidence whose source has no URL, unless it is an article of the case that has one', () => {
    const missing = kindsOf((data) => {
      data.sources[0]!.url = null;
    });
    expect(missing).toContainEqual({ kind: 'evidence-without-url', claimId: 'claim-arrests', evidenceId: 'ev-blog', sourceId: 'src-blog' });
    const loaded = kindsOf((data) => {
      data.sources[0]!.url = null;
      data.sources[0]!.articleId = 'art-wire';
    });
    expect(loaded.map((issue) => issue.kind)).not.toContain('evidence-without-url');
  });

  it('counts reliability F and credibility 6 as ungraded', () => {
    const issues = kindsOf((data) => {
      data.sources[1]!.reliability = 'F';
      data.evidence[1]!.credibility = 6;
    });
    expect(issues).toContainEqual({ kind: 'evidence-without-reliability', claimId: 'claim-attack', evidenceId: 'ev-ministry', sourceId: 'src-ministry' });
    expect(issues).toContainEqual({ kind: 'evidence-without-credibility', claimId: 'claim-arrests', evidenceId: 'ev-blog', sourceId: 'src-blog' });
  });

  it('finds unconfirmed re-anchoring, claims marked nowhere, and a case without methodology or analyst', () => {
    const issues = kindsOf((data) => {
      data.appearances[0]!.status = 'fuzzy';
      data.appearances = data.appearances.filter((appearance) => appearance.claimId !== 'claim-arrests');
      data.workspace.methodology = '';
      data.workspace.analyst = '';
    });
    expect(issues).toContainEqual({ kind: 'unconfirmed-anchor', claimId: 'claim-attack', appearanceId: 'app-wire' });
    expect(issues).toContainEqual({ kind: 'claim-without-appearance', claimId: 'claim-arrests' });
    expect(issues).toContainEqual({ kind: 'no-methodology' });
    expect(issues).toContainEqual({ kind: 'no-analyst' });
  });

  it('checks only the claims chosen, and says in each message which claim', () => {
    const { data } = sampleCase();
    data.evidence = [];
    const chosen = checkCompleteness(data, { tags: ['arrests'] });
    expect(chosen.map((issue) => issue.claimId)).toEqual(['claim-arrests']);
    expect(chosen[0]!.message).toBe('Claim “Security forces made 40 arrests overnight.” has a verdict but no evidence.');
  });

  it('lists every conflict a sync left unresolved, with its claim', () => {
    const conflict = {
      id: 'claim:claim-attack:verdict', entity: 'claim' as const, entityId: 'claim-attack', field: 'verdict', mine: 'false', theirs: 'true',
      myAnalyst: 'Ana', theirAnalyst: 'Ben', myAt: null, theirAt: null,
    };
    const issues = checkCompleteness(sampleCase().data, {}, { conflicts: [conflict] }).filter((issue) => issue.kind === 'unresolved-conflict');
    expect(issues).toEqual([expect.objectContaining({ conflictId: conflict.id, claimId: 'claim-attack', message: expect.stringContaining('the verdict of claim “Iran is orchestrating an attack on the U.S. Embassy.” (claim-attack) was changed both here and by Ben') })]);
  });

  describe('dependent evidence', () => {
    const COPIES = [{ articleIds: ['art-wire', 'art-daily'], shared: 0.9 }];

    /** The attack claim refuted by two passages, one of each article: copies of one text, or not. */
    function refutedByBoth(data: CaseData): void {
      const { selector } = data.appearances[0]!;
      data.evidence = ['art-wire', 'art-daily'].map((articleId, n) => ({
        ...data.evidence[0]!,
        id: `ev-${articleId}`,
        sourceId: `src-${articleId}`,
        passage: { articleId, selector },
        createdAt: `2024-01-06T10:3${n}:00Z`,
      }));
      data.sources.push(
        ...['art-wire', 'art-daily'].map((articleId) => ({ ...data.sources[1]!, id: `src-${articleId}`, articleId, title: articleId })),
      );
    }

    function dependent(edit: (data: CaseData) => void, clusters = COPIES) {
      const { data } = sampleCase();
      edit(data);
      return checkCompleteness(data, {}, { clusters }).filter((issue) => issue.kind === 'dependent-evidence');
    }

    it('finds a rated claim refuted only by copies of one text, and names the claim', () => {
      const issues = dependent(refutedByBoth);
      expect(issues).toEqual([expect.objectContaining({ kind: 'dependent-evidence', claimId: 'claim-attack' })]);
      expect(issues[0]!.message).toMatch(/refuted only by copies of one text.*independent source/);
    });

    it('is satisfied once an independent source is cited for the same side', () => {
      const issues = dependent((data) => {
        refutedByBoth(data);
        data.evidence.push({ ...data.evidence[0]!, id: 'ev-ministry-again', sourceId: 'src-ministry', passage: null });
      });
      expect(issues).toEqual([]);
    });

    it('is not raised when the articles are no copies, for one piece of evidence, or for an unrated claim', () => {
      expect(dependent(refutedByBoth, [])).toEqual([]);
      expect(dependent((data) => {
        refutedByBoth(data);
        data.evidence.pop();
      })).toEqual([]);
      expect(dependent((data) => {
        refutedByBoth(data);
        data.claims[1]!.verdict = 'unrated';
      })).toEqual([]);
    });

    it('does not count context evidence: only what supports or refutes needs independence', () => {
      expect(dependent((data) => {
        refutedByBoth(data);
        for (const item of data.evidence) item.relation = 'context';
      })).toEqual([]);
    });
  });
});
