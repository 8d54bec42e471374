import { describe, expect, it } from 'vitest';
import { isoDate, isPlausiblePublication } from './dates';

describe('isoDate', () => {
  it('keeps ISO dates as written, with their own time zone', () => {
    expect(isoDate('2024-06-25')).toBe('2024-06-25');
    expect(isoDate(' 2015-07-24T05:36:09+01:00 ')).toBe('2015-07-24T05:36:09+01:00');
    expect(isoDate('2015-03-27T13:07:55.096Z')).toBe('2015-03-27T13:07:55.096Z');
  });

  it('repairs the ISO variants pages write', () => {
    expect(isoDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00');
    expect(isoDate('2019-04-28 06:01:07')).toBe('2019-04-28T06:01:07');
    expect(isoDate('2023-11-02T08:00z')).toBe('2023-11-02T08:00Z');
  });

  it('converts other dated formats to UTC', () => {
    expect(isoDate('Fri, 24 Jul 2015 05:36:09 GMT')).toBe('2015-07-24T05:36:09.000Z');
  });

  it('refuses what is not a date', () => {
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate('1')).toBeNull();
    expect(isoDate('2024-13-45')).toBeNull();
  });
});

describe('isPlausiblePublication', () => {
  const now = new Date('2024-06-01T12:00:00Z');

  it('refuses dates after the import, beyond a day of clock and time-zone slack', () => {
    expect(isPlausiblePublication('2024-06-01T20:00:00+02:00', now)).toBe(true);
    expect(isPlausiblePublication('2024-06-03', now)).toBe(false);
  });
});
