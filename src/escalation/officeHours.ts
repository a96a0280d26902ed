/**
 * When an office next opens, honouring its weekday hours and public holidays, and how to say it in the user's
 * terms: "tomorrow from 9:00 Tokyo time (2:00 in Düsseldorf)". Time-zone arithmetic uses only Intl.
 */
import type { TFunction } from 'i18next';
import { officeCity, WEEKDAYS, type HolidayCalendar, type Office } from './offices';

interface LocalParts {
  date: string;
  weekday: (typeof WEEKDAYS)[number];
  hour: number;
  minute: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function localParts(instant: Date, timeZone: string): LocalParts {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).slice(0, 3).toLowerCase() as LocalParts['weekday'],
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/** The instant at which the wall clock in `timeZone` shows `date` `time` (DST gaps resolve forward). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall;
  for (let i = 0; i < 2; i += 1) {
    const shown = localParts(new Date(guess), timeZone);
    const [sy, sm, sd] = shown.date.split('-').map(Number) as [number, number, number];
    const shownWall = Date.UTC(sy, sm - 1, sd, shown.hour, shown.minute);
    guess += wall - shownWall;
  }
  return new Date(guess);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function weekdayOf(date: string): LocalParts['weekday'] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

export interface Opening {
  /** True when the office is open at `now`. */
  openNow: boolean;
  /** The instant the office opens next (or `now` when open). */
  at: Date;
  /** The office's local date of that opening. */
  localDate: string;
}

/**
 * @example
 * nextOpening(tokyoOffice, calendar, new Date('2026-07-16T15:00:00Z')); // { openNow: false, at: 2026-07-17T00:00Z, ... }
 */
export function nextOpening(office: Office, calendar: HolidayCalendar | undefined, now: Date): Opening {
  const hours = office.hours ?? [];
  const holidays = new Set(Object.values(calendar?.dates ?? {}).flat());
  const today = localParts(now, office.timeZone);
  const nowMinutes = today.hour * 60 + today.minute;
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  for (let offset = 0; offset < 21; offset += 1) {
    const date = addDays(today.date, offset);
    if (holidays.has(date)) continue;
    const ranges = hours.filter((range) => range.days.includes(weekdayOf(date))).sort((a, b) => a.from.localeCompare(b.from));
    for (const range of ranges) {
      if (offset === 0 && nowMinutes >= toMinutes(range.to)) continue;
      if (offset === 0 && nowMinutes >= toMinutes(range.from)) return { openNow: true, at: now, localDate: date };
      return { openNow: false, at: zonedInstant(date, range.from, office.timeZone), localDate: date };
    }
  }
  // No hours configured: say nothing more precise than "as soon as possible".
  return { openNow: true, at: now, localDate: today.date };
}

const clockTime = (parts: LocalParts) => `${parts.hour}:${String(parts.minute).padStart(2, '0')}`;

export interface OpeningTextOptions {
  t: TFunction;
  language: string;
  office: Office;
  calendar: HolidayCalendar | undefined;
  now: Date;
  /** The user's time zone (from their region) and the city that names it; omitted when unknown. */
  user?: { timeZone: string; city: string } | undefined;
}

/**
 * The expected answer time in the user's terms.
 * @example
 * openingText({ t, language: 'en', office: tokyo, calendar, now, user: { timeZone: 'Europe/Berlin', city: 'Düsseldorf' } });
 * // 'tomorrow from 9:00 Tokyo time (2:00 in Düsseldorf)'
 */
export function openingText(options: OpeningTextOptions): string {
  const { t, language, office, now, user } = options;
  const opening = nextOpening(office, options.calendar, now);
  const city = officeCity(office, language);
  const officeLocal = localParts(opening.at, office.timeZone);
  if (opening.openNow) return t('escalation.opening.now', { city, time: clockTime(officeLocal) });
  const todayOffice = localParts(now, office.timeZone).date;
  const dayName = (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat(language, { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
  const key = opening.localDate === todayOffice ? 'today' : opening.localDate === addDays(todayOffice, 1) ? 'tomorrow' : 'onDay';
  let text = t(`escalation.opening.${key}`, { city, time: clockTime(officeLocal), day: dayName(opening.at, office.timeZone) });
  if (user && user.timeZone !== office.timeZone) {
    const userLocal = localParts(opening.at, user.timeZone);
    const sameDay = userLocal.date === officeLocal.date;
    text += sameDay
      ? t('escalation.opening.local', { city: user.city, time: clockTime(userLocal) })
      : t('escalation.opening.localOtherDay', { city: user.city, time: clockTime(userLocal), day: dayName(opening.at, user.timeZone) });
  }
  return text;
}
