/** Freshness of entries: which ones were checked too long ago. */
import type { Entry } from './entrySchema';

/**
 * The date `months` calendar months before `today` (`YYYY-MM-DD`), clamped to the month's last day.
 *
 * @example
 * monthsBefore('2026-03-31', 1); // '2026-02-28'
 */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Entries whose `checked` date is more than `months` months before `today`, oldest first.
 *
 * @example
 * staleEntries(kb.entries, '2027-12-01', 12).map((e) => e.id);
 */
export function staleEntries(entries: readonly Entry[], today: string, months = 12): Entry[] {
  const limit = monthsBefore(today, months);
  return entries.filter((e) => e.checked < limit).sort((a, b) => a.checked.localeCompare(b.checked));
}
