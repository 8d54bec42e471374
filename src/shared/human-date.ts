// Dates as a reader writes them, for reports and the history: "3 March 2026" for a day,
// "3 March 2026, 08:01 CET" for a moment, with its time zone so a reader elsewhere is not
// misled. English, as the reports are.

const LOCALE = 'en-GB';
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO timestamp; Date would also read "spring 2026" as a moment, which it is not. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Formatters are made once: making one costs as much as a thousand dates formatted
 * with it, and a desk's report formats hundreds of thousands.
 */
const DAY_FORMAT = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const momentFormats = new Map<string, Intl.DateTimeFormat>();
let machineZone: string | undefined;

/** The zone this machine's clock is read in, e.g. "Europe/Berlin", as it was when first asked. */
export function localTimeZone(): string {
  machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return machineZone;
}

/**
 * A day ("2026-03-03") as "3 March 2026"; a timestamp as its day and time in the time
 * zone, with the zone's name. Anything that is not a date is returned as given.
 */
export function humanDate(value: string, timeZone = localTimeZone()): string {
  if (DAY_ONLY.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(day.getTime()) ? value : DAY_FORMAT.format(day);
  }
  const moment = new Date(value);
  if (!TIMESTAMP.test(value) || Number.isNaN(moment.getTime())) return value;
  const parts = Object.fromEntries(momentFormat(timeZone).formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

function momentFormat(timeZone: string): Intl.DateTimeFormat {
  let format = momentFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALE, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    momentFormats.set(timeZone, format);
  }
  return format;
}
