const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "28 April 2026", always in UTC so the build machine's time zone never changes a page. */
export function formatLongDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2026-04-28", for <time datetime>. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
