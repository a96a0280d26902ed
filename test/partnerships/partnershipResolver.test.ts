/** Which partnership a turn is about: entry point, then place names, then the saved context, then the language. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPartnerships } from '../../src/partnerships/partnerships';
import { parsePartnershipBindings, PartnershipBindingError, PartnershipResolver } from '../../src/partnerships/partnershipResolver';
import { RegionResolver } from '../../src/conversation/regionResolver';
import { loadConfig } from '../../src/config';

const catalog = loadPartnerships(path.resolve(import.meta.dirname, '../../knowledge/partnerships.json'));
const regions = new RegionResolver(catalog);
const resolver = new PartnershipResolver(catalog, regions, { line: 'tsu-paris-geneva' });
const turn = (overrides: Partial<Parameters<PartnershipResolver['resolve']>[0]>) =>
  resolver.resolve({ channelId: 'directline', channelData: {}, text: '', saved: undefined, language: 'en', ...overrides });

describe('partnership of a turn', () => {
  it('the web page parameter (channelData.partnership) decides before place names', () => {
    expect(turn({ channelData: { partnership: 'tsu-paris-geneva' }, text: 'Kita in Düsseldorf' })).toMatchObject({
      partnership: { id: 'tsu-paris-geneva' }, source: 'entry-point',
    });
  });

  it('a channel bound by configuration (the LINE channel) decides', () => {
    expect(turn({ channelId: 'line', text: 'How do I open a bank account?' })).toMatchObject({ partnership: { id: 'tsu-paris-geneva' }, source: 'entry-point' });
  });

  it('an unknown partnership id from the page is ignored, not trusted', () => {
    expect(turn({ channelData: { partnership: 'atlantis' }, text: 'Wohnung in Köln' })).toMatchObject({ partnership: { id: 'tokyo-nrw' }, source: 'place-name' });
  });

  it.each([
    ['Comment créer une SAS à Paris ?', 'tsu-paris-geneva'],
    ['ジュネーブで会社を作りたい', 'tsu-paris-geneva'],
    ['津市の補助金', 'tsu-paris-geneva'],
    ['Kita in Düsseldorf', 'tokyo-nrw'],
    ['渋谷区の保育園', 'tokyo-nrw'],
  ])('a place name alone decides: "%s" → %s', (text, id) => {
    expect(turn({ text })).toMatchObject({ partnership: { id }, source: 'place-name' });
  });

  it('without a place name, the saved partnership stays', () => {
    expect(turn({ text: 'and the health insurance?', saved: 'tsu-paris-geneva' })).toMatchObject({ partnership: { id: 'tsu-paris-geneva' }, source: 'saved' });
  });

  it('"Japan" names both partnerships, so it does not decide; French alone points to Tsu, German to NRW', () => {
    expect(turn({ text: 'visa for Japan', language: 'fr' })).toMatchObject({ partnership: { id: 'tsu-paris-geneva' }, source: 'language' });
    expect(turn({ text: 'Visum für Japan', language: 'de' })).toMatchObject({ partnership: { id: 'tokyo-nrw' }, source: 'language' });
    expect(turn({ text: 'visa for Japan', language: 'en' })).toMatchObject({ partnership: { id: 'tokyo-nrw' }, source: 'default' });
  });

  it('the welcome names the entry point\'s partnership, or all of them', () => {
    expect(resolver.welcomeName('line', undefined, 'fr')).toBe('Tsu – Région Paris – Genève');
    expect(resolver.welcomeName('directline', undefined, 'en')).toBe('Tokyo – North Rhine-Westphalia / Tsu – Paris Region – Geneva');
  });
});

describe('PARTNERSHIP_BINDINGS', () => {
  it('parses channel=partnership pairs', () => {
    expect(parsePartnershipBindings(' line=tsu-paris-geneva, msteams=tokyo-nrw ')).toEqual({ line: 'tsu-paris-geneva', msteams: 'tokyo-nrw' });
    expect(parsePartnershipBindings(undefined)).toEqual({});
  });

  it('a malformed value fails at start with the variable named', () => {
    expect(() => loadConfig({ PARTNERSHIP_BINDINGS: 'line:tsu' } as NodeJS.ProcessEnv)).toThrow(/PARTNERSHIP_BINDINGS/);
  });

  it('a binding to an unknown partnership fails at start', () => {
    expect(() => new PartnershipResolver(catalog, regions, { msteams: 'osaka-lyon' })).toThrow(PartnershipBindingError);
  });
});
