/**
 * Contact offices named in a partnership agreement, as data (`knowledge/offices.json`): names, languages,
 * time zone, office hours, public holidays and the routing rules. Where an office is notified is NOT in that
 * file: it is per deployment ({@link loadNotifyTargets}, `OFFICES_NOTIFY_FILE`).
 */
import fs from 'node:fs';
import type { RoutingRule } from './routing';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Opening hours on some weekdays, local time of the office ("09:00"–"17:00"). */
export interface OpeningHours {
  days: Weekday[];
  from: string;
  to: string;
}

export interface Office {
  id: string;
  partnership: string;
  servesRegion: string;
  name: Record<string, string>;
  /** What users type for the office ("NRW.Global", "TMG", "津市ビジネスサポートセンター"): recognisers, not display names. */
  calledBy?: string[];
  city: string;
  /** The city's name per language, for "9:00 Tokyo time". */
  cityName?: Record<string, string>;
  timeZone: string;
  languages: string[];
  /** Id of a calendar in `holidayCalendars`. */
  holidayCalendar?: string;
  hours?: OpeningHours[];
  /** Knowledge entry with the office's public contact route, shown when the user declines to share. */
  publicRouteEntry?: string;
  /** False for offices named in the agreement that do not handle individual cases. */
  takesCases?: boolean;
  /**
   * True for the partner that signed the partnership's agreement for its region (Geneva's OPI). When it takes no
   * cases, a hand-over for its region names it before the office that does, so the user is not left wondering.
   */
  agreementPartner?: boolean;
  /** True while `hours` are a working assumption, not confirmed by the office. */
  hoursAssumed?: boolean;
  /** Official pages that confirm the office's name and role (URL + publisher). */
  sources?: { url: string; publisher: string }[];
  /** What is (not) confirmed about the office. */
  note?: string;
}

export interface HolidayCalendar {
  source: string;
  /** ISO dates (YYYY-MM-DD) by year. */
  dates: Record<string, string[]>;
}

export interface OfficeDirectory {
  offices: Office[];
  holidayCalendars: Record<string, HolidayCalendar>;
  routing: RoutingRule[];
}

export class OfficeDataError extends Error {
  override name = 'OfficeDataError';
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads and checks `offices.json`: every office has a valid time zone and hours, every holiday is a date,
 * every routing rule names a known office.
 * @example
 * const directory = loadOffices('knowledge/offices.json');
 * directory.offices.map((office) => office.id);
 */
export function loadOffices(file: string): OfficeDirectory {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    offices: Office[];
    holidayCalendars?: Record<string, HolidayCalendar>;
    routing?: { rules?: RoutingRule[] };
  };
  const holidayCalendars = data.holidayCalendars ?? {};
  const ids = new Set(data.offices.map((office) => office.id));
  for (const office of data.offices) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: office.timeZone });
    } catch {
      throw new OfficeDataError(file, `office ${office.id}: unknown time zone "${office.timeZone}"`);
    }
    for (const range of office.hours ?? []) {
      if (!TIME.test(range.from) || !TIME.test(range.to) || range.from >= range.to) {
        throw new OfficeDataError(file, `office ${office.id}: bad hours ${range.from}–${range.to}`);
      }
      if (range.days.some((day) => !WEEKDAYS.includes(day))) throw new OfficeDataError(file, `office ${office.id}: bad weekday in hours`);
    }
    if (office.holidayCalendar && !holidayCalendars[office.holidayCalendar]) {
      throw new OfficeDataError(file, `office ${office.id}: unknown holiday calendar "${office.holidayCalendar}"`);
    }
  }
  for (const [id, calendar] of Object.entries(holidayCalendars)) {
    for (const date of Object.values(calendar.dates).flat()) {
      if (!DATE.test(date)) throw new OfficeDataError(file, `holiday calendar ${id}: "${date}" is not YYYY-MM-DD`);
    }
  }
  const routing = data.routing?.rules ?? [];
  for (const rule of routing) {
    if (!ids.has(rule.office)) throw new OfficeDataError(file, `routing rule ${rule.id}: unknown office "${rule.office}"`);
  }
  return { offices: data.offices, holidayCalendars, routing };
}

export function officeName(office: Office, language: string): string {
  return office.name[language] ?? office.name.en ?? office.id;
}

export function officeCity(office: Office, language: string): string {
  return office.cityName?.[language] ?? office.cityName?.en ?? office.city;
}

/** Where staff of one office are told about cases; configured per deployment, never in the repository. */
export interface NotifyTargets {
  emails?: string[];
  webhook?: { url: string };
  /** A conversation reference of the staff channel the bot is installed in (Teams). */
  teams?: { reference: Record<string, unknown> };
}

/**
 * Reads the per-deployment notification targets: `{ "<officeId>": { "emails": [...], "webhook": { "url": ... },
 * "teams": { "reference": {...} } } }`. A missing file means no targets (cases then wait in the console).
 */
export function loadNotifyTargets(file: string | undefined, knownOfficeIds: string[]): Record<string, NotifyTargets> {
  if (!file) return {};
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, NotifyTargets>;
  for (const [officeId, targets] of Object.entries(data)) {
    if (!knownOfficeIds.includes(officeId)) throw new OfficeDataError(file, `unknown office "${officeId}"`);
    for (const email of targets.emails ?? []) {
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new OfficeDataError(file, `office ${officeId}: "${email}" is not an e-mail address`);
    }
    if (targets.webhook && !/^https?:\/\//.test(targets.webhook.url)) throw new OfficeDataError(file, `office ${officeId}: webhook url must be http(s)`);
  }
  return data;
}
