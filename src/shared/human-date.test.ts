import { describe, expect, it } from 'vitest';
import { humanDate } from './human-date';

describe('humanDate', () => {
  it('writes a moment with its time zone', () => {
    expect(humanDate('2026-12-03T07:01:52.201Z', 'UTC')).toBe('3 December 2026, 07:01 UTC');
    expect(humanDate('2026-12-03T07:01:52.201Z', 'Europe/Berlin')).toBe('3 December 2026, 08:01 CET');
  });

  it('writes a day as a day, whatever the time zone', () => {
    expect(humanDate('2026-03-03', 'America/Los_Angeles')).toBe('3 March 2026');
  });

  it('gives back what is not a date as it was given', () => {
    expect(humanDate('spring 2026', 'UTC')).toBe('spring 2026');
    expect(humanDate('2026-13-45', 'UTC')).toBe('2026-13-45');
  });
});
