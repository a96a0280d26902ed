/** The second partnership as data: catalog, offices and routing rules for Tsu ⇄ Paris Region/Geneva, beside Tokyo ⇄ NRW. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPartnerships, partnershipOfRegion, PartnershipDataError, requiredLanguagesByRegion } from '../../src/partnerships/partnerships';
import { loadOffices } from '../../src/escalation/offices';
import { routeCase } from '../../src/escalation/routing';
import { nextOpening } from '../../src/escalation/officeHours';

const knowledgeDir = path.resolve(import.meta.dirname, '../../knowledge');
const catalog = loadPartnerships(path.join(knowledgeDir, 'partnerships.json'));
const directory = loadOffices(path.join(knowledgeDir, 'offices.json'));

function writeCatalog(mutate: (data: { partnerships: any[]; regions: any[] }) => void): string {
  const data = JSON.parse(fs.readFileSync(path.join(knowledgeDir, 'partnerships.json'), 'utf8'));
  mutate(data);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-partnerships-')), 'partnerships.json');
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('partnerships.json carries two partnerships side by side', () => {
  it('Tsu ⇄ Paris Region/Geneva serves ja, fr and en; Tokyo ⇄ NRW keeps ja, de and en', () => {
    expect(catalog.partnerships.map((p) => p.id)).toEqual(['tokyo-nrw', 'tsu-paris-geneva']);
    const languages = requiredLanguagesByRegion(catalog);
    for (const region of ['tsu', 'paris', 'geneva']) expect(languages[region]).toEqual(['ja', 'fr', 'en']);
    for (const region of ['tokyo', 'nrw']) expect(languages[region]).toEqual(['ja', 'de', 'en']);
    expect(partnershipOfRegion(catalog, 'geneva')?.agreement?.signed).toBe('2012-11-20');
  });

  it('rejects a region without a name in a language of its partnership', () => {
    const file = writeCatalog((data) => {
      delete data.regions.find((region) => region.id === 'paris').name.fr;
    });
    expect(() => loadPartnerships(file)).toThrow(/region paris: name\.fr missing/);
  });

  it('rejects a region claimed by two partnerships', () => {
    const file = writeCatalog((data) => {
      data.partnerships[0].regions.push('paris');
    });
    expect(() => loadPartnerships(file)).toThrow(PartnershipDataError);
  });
});

describe('offices of the Tsu partnership', () => {
  const tsuOffices = directory.offices.filter((office) => office.partnership === 'tsu-paris-geneva');

  it('each is named in ja, fr and en, cites an official page, and marks its hours as an assumption', () => {
    expect(tsuOffices.map((office) => office.id).sort()).toEqual([
      'business-france', 'cci-paris-idf', 'choose-paris-region', 'ggba', 'jetro-geneva', 'jetro-paris',
      'mie-industry-support-center', 'mieco-foreign-residents', 'opi-geneva', 'switzerland-global-enterprise', 'tsu-business-support-center',
    ]);
    for (const office of tsuOffices) {
      for (const language of ['ja', 'fr', 'en']) expect(office.name[language], `${office.id} name.${language}`).toBeTruthy();
      expect(office.sources?.length, office.id).toBeGreaterThan(0);
      for (const source of office.sources ?? []) expect(source.url).toMatch(/^https?:\/\//);
      expect(office.hoursAssumed, office.id).toBe(true);
    }
  });

  it('Business France, CCI and JETRO inform but take no cases; nor does OPI while its status is unconfirmed', () => {
    for (const id of ['business-france', 'cci-paris-idf', 'jetro-paris', 'jetro-geneva', 'opi-geneva']) {
      expect(directory.offices.find((office) => office.id === id)?.takesCases).toBe(false);
    }
  });

  it('office hours follow the French, Genevan and Japanese public holidays', () => {
    const office = (id: string) => directory.offices.find((candidate) => candidate.id === id)!;
    const isClosed = (o: ReturnType<typeof office>, calendars: typeof directory.holidayCalendars, now: Date) =>
      !nextOpening(o, calendars[o.holidayCalendar!], now).openNow;
    // 14 July 2026 (Tuesday) is a French public holiday, the Jeûne genevois is Thursday 10 September 2026.
    expect(isClosed(office('choose-paris-region'), directory.holidayCalendars, new Date('2026-07-14T10:00:00+02:00'))).toBe(true);
    expect(isClosed(office('choose-paris-region'), directory.holidayCalendars, new Date('2026-07-15T10:00:00+02:00'))).toBe(false);
    expect(isClosed(office('opi-geneva'), directory.holidayCalendars, new Date('2026-09-10T10:00:00+02:00'))).toBe(true);
    expect(isClosed(office('tsu-business-support-center'), directory.holidayCalendars, new Date('2026-11-23T10:00:00+09:00'))).toBe(true);
  });
});

describe('routing rules for the new regions (data in offices.json)', () => {
  it.each([
    [{ regionId: 'tsu', topic: 'company', language: 'fr' }, 'tsu-business-support-center'],
    [{ regionId: 'paris', topic: 'company', language: 'ja' }, 'choose-paris-region'],
    [{ regionId: 'geneva', topic: 'company', language: 'ja' }, 'ggba'],
    [{ regionId: 'geneva', topic: 'introduction', language: 'en' }, 'ggba'],
    [{ regionId: undefined, topic: undefined, language: 'fr', partnership: 'tsu-paris-geneva' }, 'tsu-business-support-center'],
    [{ regionId: undefined, topic: undefined, language: 'ja' }, 'nrw-japan-kk'],
    [{ regionId: 'nrw', topic: 'company', language: 'ja' }, 'nrw-japan-kk'],
  ])('%j → %s', (request, officeId) => {
    expect(routeCase(directory, request).office.id).toBe(officeId);
  });
});
