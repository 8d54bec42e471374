import { describe, expect, it } from 'vitest';
import { renderClaimReview } from './claimreview';
import { buildReport } from './report-model';
import { sampleCase } from './sample-case';
import { CLAIMREVIEW_SCHEMA, problemsOf } from './standards/schemas';

const STAMP = { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' };

function reviews(edit?: (data: ReturnType<typeof sampleCase>['data']) => void, publishedUrl: string | null = null) {
  const { data, articles } = sampleCase();
  edit?.(data);
  const options = { claims: {}, sections: buildReport(data, articles, STAMP).sections, publishedUrl };
  return renderClaimReview(buildReport(data, articles, STAMP, options));
}

describe('renderClaimReview', () => {
  it('validates against the ClaimReview schema the tests hold', () => {
    expect(problemsOf(CLAIMREVIEW_SCHEMA, reviews())).toBeNull();
    expect(problemsOf(CLAIMREVIEW_SCHEMA, reviews(undefined, 'https://checks.example/embassy'))).toBeNull();
  });

  it('reviews the statement, without the verdict, and rates it on the published scale', () => {
    const [attack] = reviews();
    expect(attack).toMatchObject({
      claimReviewed: 'Iran is orchestrating an attack on the U.S. Embassy.',
      datePublished: '2024-01-07',
      author: { '@type': 'Person', name: 'R. Analyst' },
      reviewRating: { alternateName: 'Misleading', ratingValue: 3, bestRating: 6, worstRating: 1 },
    });
    expect(attack!.claimReviewed).not.toContain('Misleading');
  });

  it('names the claimant and the articles the claim appears in, the first published first', () => {
    const [attack] = reviews();
    expect(attack!.itemReviewed.author).toEqual({ '@type': 'Person', name: 'US officials' });
    expect(attack!.itemReviewed.appearance.map((work) => work.url)).toEqual([
      'https://wire.example/embassy-warning',
      'https://daily.example/protests',
    ]);
    expect(attack!.itemReviewed.firstAppearance).toMatchObject({ url: 'https://wire.example/embassy-warning', datePublished: '2024-01-02' });
    expect(attack!.itemReviewed.appearance[0]).toMatchObject({ identifier: `urn:sha256:${'a'.repeat(64)}`, publisher: { name: 'Example Wire' } });
  });

  it('names as first appearance the one the report marks first, by publication date', () => {
    const [attack] = reviews((data) => {
      data.articles.find((article) => article.id === 'art-daily')!.publishedAt = '2024-01-01';
    });
    expect(attack!.itemReviewed.firstAppearance).toMatchObject({ url: 'https://daily.example/protests' });
  });

  it('gives verdicts off the true–false scale their label alone, and leaves unrated claims out', () => {
    const all = reviews((data) => {
      data.claims.push({ ...data.claims[0]!, id: 'claim-unrated', statement: 'Not rated yet.', verdict: 'unrated' });
    });
    expect(all.map((review) => review.claimReviewed)).not.toContain('Not rated yet.');
    const unproven = all.find((review) => review.reviewRating.alternateName === 'Unproven')!;
    expect(unproven.reviewRating).not.toHaveProperty('ratingValue');
    expect(unproven.reviewRating.ratingExplanation).toContain('Insufficient evidence');
  });

  it('points each review into the published report, or gives it a stable urn', () => {
    expect(reviews(undefined, 'https://checks.example/embassy').map((review) => review.url)).toEqual([
      'https://checks.example/embassy#claim-1',
      'https://checks.example/embassy#claim-2',
    ]);
    expect(reviews()[0]!.url).toBe('urn:claimdesk:claim:claim-attack');
  });

  it('fails the schema when a required part is missing, so the schema tests something', () => {
    const [attack] = reviews();
    const { reviewRating: _rating, ...withoutRating } = attack!;
    expect(problemsOf(CLAIMREVIEW_SCHEMA, [withoutRating])).not.toBeNull();
  });
});
