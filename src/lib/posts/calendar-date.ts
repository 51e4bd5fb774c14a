/**
 * Dates in frontmatter are checked by hand because both JavaScript's Date and the YAML parser
 * roll impossible days over (2026-02-30 becomes 2 March, 2026-13-45 becomes 14 February 2027),
 * which would publish a post under the wrong year without a word.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY-MM-DD, optionally followed by a time and a zone as YAML timestamps allow. */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  zoneHour: number;
  zoneMinute: number;
  /** Minutes east of UTC. */
  offset: number;
}

function parts(text: string): Parts | undefined {
  const m = SHAPE.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  const sign = m[9] === '-' ? -1 : 1;
  return {
    year: n(1),
    month: n(2),
    day: n(3),
    hour: n(4),
    minute: n(5),
    second: n(6),
    millis: m[7] === undefined ? 0 : Math.round(Number(m[7]) * 1000),
    zoneHour: n(10),
    zoneMinute: n(11),
    offset: sign * (n(10) * 60 + n(11)),
  };
}

/** Why `text` is not a real day (a phrase such as "there is no month 13"), or undefined when it is. */
export function calendarDateProblem(text: string): string | undefined {
  const p = parts(text);
  if (!p) return 'it is not written YYYY-MM-DD';
  if (p.month < 1 || p.month > 12) return `there is no month ${p.month}`;
  const days = daysInMonth(p.year, p.month);
  if (p.day < 1 || p.day > days) return `${MONTHS[p.month - 1]} ${p.year} has ${days} days`;
  if (p.hour > 23 || p.minute > 59 || p.second > 59) return 'its time of day does not exist';
  if (p.zoneHour > 23 || p.zoneMinute > 59) return 'its time zone offset does not exist';
  return undefined;
}

/**
 * The moment `text` names. A day or a time without a zone is UTC, as in YAML, so the machine's
 * time zone never moves a post. Throws on text calendarDateProblem rejects.
 */
export function parseCalendarDate(text: string): Date {
  const problem = calendarDateProblem(text);
  const p = parts(text);
  if (problem || !p) throw new Error(`"${text}" is not a date: ${problem ?? 'it is not written YYYY-MM-DD'}.`);
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millis);
  return new Date(utc - p.offset * 60_000);
}
