import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../shared/selector';
import { reanchorSelectors } from './reanchor';

const OLD =
  'The minister said Kestria is orchestrating an attack on our embassy. ' +
  'Police counted 1,200 people outside the gates on Monday evening.';

function select(text: string, quote: string) {
  const start = text.indexOf(quote);
  return selectorFor(text, start, start + quote.length);
}

describe('reanchorSelectors', () => {
  it('keeps every selector as it was in unchanged text', () => {
    const selectors = [select(OLD, 'orchestrating an attack'), select(OLD, 'Police counted 1,200 people')];
    expect(reanchorSelectors(OLD, selectors)).toEqual(selectors.map((selector) => ({ selector, status: 'anchored' })));
  });

  it('re-records a moved quote with its new offsets and context', () => {
    const selector = select(OLD, 'Police counted 1,200 people');
    const updated = `UPDATED: ${OLD.replace('The minister said', 'The interior minister said')}`;
    const [result] = reanchorSelectors(updated, [selector]);
    expect(result).toEqual({ selector: select(updated, 'Police counted 1,200 people'), status: 'anchored' });
  });

  it('records the new words of an edited quote', () => {
    const selector = select(OLD, 'Police counted 1,200 people outside the gates');
    const updated = OLD.replace('Police counted 1,200 people', 'Police counted about 1,200 people');
    const [result] = reanchorSelectors(updated, [selector]);
    expect(result?.status).toBe('fuzzy');
    expect(result?.selector.quote.exact).toContain('about 1,200 people outside the gates');
  });

  it('keeps the old selector of a quote that is gone', () => {
    const selector = select(OLD, 'Police counted 1,200 people outside the gates on Monday evening.');
    const updated = OLD.slice(0, OLD.indexOf('Police')) + 'Officials gave no figures for the size of the crowd.';
    expect(reanchorSelectors(updated, [selector])).toEqual([{ selector, status: 'orphaned' }]);
  });
});
