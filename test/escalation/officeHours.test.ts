/** "When to expect an answer", in the office's and the user's time, with an injected clock, honouring hours and holidays. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../src/i18n/i18n';
import { loadOffices, type Office } from '../../src/escalation/offices';
import { nextOpening, openingText, zonedInstant } from '../../src/escalation/officeHours';

const root = path.resolve(import.meta.dirname, '../..');
const directory = loadOffices(path.join(root, 'knowledge/offices.json'));
const office = (id: string) => directory.offices.find((candidate) => candidate.id === id) as Office;
const calendarOf = (o: Office) => directory.holidayCalendars[o.holidayCalendar!];
let t: Record<'en' | 'de' | 'ja', TFunction>;

beforeAll(async () => {
  const i18n = await createI18n(path.join(root, 'locales'));
  t = { en: i18n.getFixedT('en'), de: i18n.getFixedT('de'), ja: i18n.getFixedT('ja') };
});

const duesseldorfUser = (language: 'en' | 'de' | 'ja') => ({ timeZone: 'Europe/Berlin', city: t[language]('escalation.regionCity.nrw') });
const tokyoUser = (language: 'en' | 'de' | 'ja') => ({ timeZone: 'Asia/Tokyo', city: t[language]('escalation.regionCity.tokyo') });

describe('office hours', () => {
  it('converts office wall-clock time to an instant across DST', () => {
    expect(zonedInstant('2026-07-16', '09:00', 'Asia/Tokyo').toISOString()).toBe('2026-07-16T00:00:00.000Z');
    expect(zonedInstant('2026-07-16', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-07-16T07:00:00.000Z');
    expect(zonedInstant('2026-12-01', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it.each([
    // office, now (UTC), expected text (en), user
    ['nrw-japan-kk', '2026-07-15T11:00:00Z', 'tomorrow from 9:00 Tokyo time (2:00 in Düsseldorf)', 'nrw'], // Wed 20:00 Tokyo
    ['nrw-japan-kk', '2026-12-02T11:00:00Z', 'tomorrow from 9:00 Tokyo time (1:00 in Düsseldorf)', 'nrw'], // winter time in Germany
    ['nrw-japan-kk', '2026-07-15T22:30:00Z', 'from 9:00 today, Tokyo time (2:00 in Düsseldorf)', 'nrw'], // Thu 7:30 Tokyo
    ['nrw-japan-kk', '2026-07-16T02:00:00Z', 'soon: the office is open now (it is 11:00 Tokyo time)', 'nrw'],
    // Fri 18:00 Tokyo; Mon 20 July 2026 is Marine Day → Tuesday
    ['nrw-japan-kk', '2026-07-17T09:00:00Z', 'on Tuesday, July 21 from 9:00 Tokyo time (2:00 in Düsseldorf)', 'nrw'],
    // Thu 2 April 2026 18:00 Düsseldorf; Good Friday and Easter Monday are NRW holidays → Tuesday 7 April
    ['nrw-global-business', '2026-04-02T16:00:00Z', 'on Tuesday, April 7 from 9:00 Düsseldorf time (16:00 in Tokyo)', 'tokyo'],
    // same time zone: no second time
    ['nrw-global-business', '2026-07-15T18:00:00Z', 'tomorrow from 9:00 Düsseldorf time', 'nrw'],
  ])('%s at %s → "%s"', (officeId, now, expected, userRegion) => {
    const o = office(officeId);
    const user = userRegion === 'nrw' ? duesseldorfUser('en') : tokyoUser('en');
    expect(openingText({ t: t.en, language: 'en', office: o, calendar: calendarOf(o), now: new Date(now), user })).toBe(expected);
  });

  it('says it in German and Japanese too', () => {
    const o = office('nrw-japan-kk');
    const now = new Date('2026-07-15T11:00:00Z');
    expect(openingText({ t: t.de, language: 'de', office: o, calendar: calendarOf(o), now, user: duesseldorfUser('de') })).toBe(
      'morgen ab 9:00 Uhr Ortszeit Tokio (2:00 Uhr in Düsseldorf)',
    );
    expect(openingText({ t: t.ja, language: 'ja', office: o, calendar: calendarOf(o), now, user: duesseldorfUser('ja') })).toBe(
      '明日東京時間9:00以降（デュッセルドルフ時間では2:00）',
    );
  });

  it('names the other day when the user is a calendar day behind', () => {
    // An office opening at 6:00 Tokyo time (summer) opens at 23:00 the day before in Düsseldorf.
    const early: Office = { ...office('nrw-japan-kk'), hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', to: '17:00' }] };
    const text = openingText({ t: t.en, language: 'en', office: early, calendar: calendarOf(early), now: new Date('2026-07-15T11:00:00Z'), user: duesseldorfUser('en') });
    expect(text).toBe('tomorrow from 6:00 Tokyo time (Wednesday, July 15, 23:00 in Düsseldorf)');
  });

  it('skips the Japanese Golden Week holidays', () => {
    const o = office('tmg-commerce-industry');
    const opening = nextOpening(o, calendarOf(o), new Date('2026-05-01T09:00:00Z')); // Fri 1 May 18:00 Tokyo
    expect(opening.localDate).toBe('2026-05-07'); // 3–6 May are holidays (6 May substitutes for Sunday 3 May)
  });
});
