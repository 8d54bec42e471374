import { describe, expect, it } from 'vitest';
import { sourceKindOf } from './source-kind';

const article = (title: string, outlet: string | null = null, byline: string | null = null) => ({ title, outlet, byline });

describe('sourceKindOf', () => {
  it('takes a public body’s statement for an official statement', () => {
    expect(sourceKindOf(article('Statement from the Port Ardent Metropolitan Police on the demonstration on Embassy Row'))).toBe(
      'official-statement',
    );
    expect(sourceKindOf(article('Press release: trade talks postponed', 'Ministry of Foreign Affairs'))).toBe('official-statement');
    expect(sourceKindOf(article('Statement on the fisheries agreement'))).toBe('official-statement');
  });

  it('keeps a news story an article, even one that reports a statement', () => {
    expect(sourceKindOf(article('Valdorian minister accuses Kestria of plotting embassy attack', 'Northern Wire'))).toBe('article');
    expect(sourceKindOf(article('Embassy protest: what we know so far', 'The Harbour Times'))).toBe('article');
    expect(sourceKindOf(article('Band issues statement on tour dates', 'Music Weekly'))).toBe('article');
  });

  it('knows a report and an interview by their titles', () => {
    expect(sourceKindOf(article('Annual report on public order 2025', 'Home Office'))).toBe('report');
    expect(sourceKindOf(article('Interview: the harbour master on the night of the protest', 'Coastal Courier'))).toBe('interview');
  });
});
