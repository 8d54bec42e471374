// Publication dates as pages write them, turned into ISO 8601.

/** ISO 8601 as pages write it: a space for the T, "+0100" for "+01:00", no seconds. */
const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** Pages' clocks and time zones differ from ours by less than this. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * An ISO date or timestamp for what a page says, keeping its own time zone when it is
 * ISO already; other formats ("Fri, 24 Jul 2015 05:36:09 GMT") are converted to UTC.
 * Null for anything without a four-digit year, which Date.parse would guess at.
 */
export function isoDate(value: string): string | null {
  const text = value.trim();
  const match = ISO_LIKE.exec(text);
  if (match) {
    const [, day, minutes, seconds, zone] = match;
    const time = minutes ? `T${minutes}${seconds ?? ''}${normalizeZone(zone)}` : '';
    const iso = `${day}${time}`;
    return Number.isNaN(Date.parse(iso)) ? null : iso;
  }
  const time = /\b\d{4}\b/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function normalizeZone(zone: string | undefined): string {
  if (!zone) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** A page cannot have been published after it was saved: such dates are expiry or junk. */
export function isPlausiblePublication(iso: string, now: Date): boolean {
  return Date.parse(iso) <= now.getTime() + CLOCK_SLACK_MS;
}
