import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPartnerships, PartnershipDataError } from '../../src/partnerships/partnerships';
import { RegionResolver } from '../../src/conversation/regionResolver';

const knowledgeDir = path.resolve(import.meta.dirname, '../../knowledge');
const resolver = new RegionResolver(loadPartnerships(path.join(knowledgeDir, 'partnerships.json')));
const TOKYO_NRW = ['tokyo', 'nrw'];
const TSU = ['tsu', 'paris', 'geneva'];

describe('region resolution from place names', () => {
  it.each([
    ['Where is the ward office in Shibuya?', 'tokyo'],
    ['渋谷区の区役所はどこ', 'tokyo'],
    ['Kita in Düsseldorf finden', 'nrw'],
    ['Kita in Duesseldorf', 'nrw'],
    ['デュッセルドルフで小児科を探しています', 'nrw'],
    ['company registration in Koeln', 'nrw'],
    ['Messe in Essen besuchen', 'nrw'],
    ['GmbH gründen in NRW', 'nrw'],
    ['東京で会社を設立したい', 'tokyo'],
    ['Setagaya nursery school', 'tokyo'],
    ['Aufenthalt in Deutschland', 'nrw'],
    // A city's adjective names it too.
    ['welche stelle der tokioter regierung ist zuständig?', 'tokyo'],
    ['Termin bei der Kölner Ausländerbehörde', 'nrw'],
    ['notre filiale parisienne embauche', 'paris'],
    ['Eintrag ins Genfer Handelsregister', 'geneva'],
    // Tsu and Mie in Korean and simplified Chinese.
    ['츠시에서 아이가 밤에 열이 나요', 'tsu'],
    ['我们在三重县开公司', 'tsu'],
    // The larger communes of the Paris Region beyond Paris itself.
    ["numéro de la police à Saint-Denis ?", 'paris'],
    ['we live in Argenteuil now', 'paris'],
  ])('%s → %s', (text, region) => {
    expect(resolver.regionOf(text)).toBe(region);
  });

  it('a country name shared by two partnerships (Japan: Tokyo and Tsu) decides only inside the conversation\'s partnership', () => {
    expect(resolver.regionOf('visa for Japan')).toBeUndefined();
    expect(resolver.regionOf('visa for Japan', TOKYO_NRW)).toBe('tokyo');
    expect(resolver.regionOf('visa pour le Japon', TSU)).toBe('tsu');
  });

  it.each([
    'Wo kann man gut essen?',
    'Gibt es dort etwas zu essen?',
    'Können wir da essen gehen?',
    'Is there a German school?',
    '日本語で話せる医者',
    'Kita Platz finden',
    'How do I open a bank account?',
  ])('"%s" names no region', (text) => {
    expect(resolver.regionOf(text)).toBeUndefined();
  });

  it('a message naming both sides without a direction is ambiguous', () => {
    expect(resolver.regionsIn('Tokyo and Düsseldorf compared').map((match) => match.regionId).sort()).toEqual(['nrw', 'tokyo']);
    expect(resolver.regionOf('Tokyo or Düsseldorf: where are taxes lower?')).toBeUndefined();
  });

  it.each([
    ['Kölnで子供の学校を探しています', 'nrw'],
    ['Düsseldorfに引っ越しました', 'nrw'],
    ['Essenに住んでいます', 'nrw'],
    // Particles whose folded form differs (で → て + mark, Hangul → jamo) still mark an ambiguous name as a place.
    ['Essenで現地の大学とつながりたい', 'nrw'],
    ['Essen에서 병원을 찾고 있어요', 'nrw'],
    ['Essenが気に入りました', 'nrw'],
    ['we moved to Essen', 'nrw'],
    ['Wir sind nach Essen gezogen', 'nrw'],
    ['Nous avons déménagé à Essen', 'nrw'],
    ['meu marido está com dor no peito em Essen', 'nrw'],
    ['lavoro in una startup di Essen', 'nrw'],
    ['Tokioで会社を作りたい', 'tokyo'],
    ['which Tokyo government office do I contact as a company from NRW?', 'tokyo'],
    ['Welches Amt in Tokio ist für eine Firma aus NRW zuständig?', 'tokyo'],
    ['NRWの企業として東京のどの役所に連絡すればいいですか', 'tokyo'],
    ['moving from Tokyo to Düsseldorf', 'nrw'],
  ])('reads the place and the direction: %s → %s', (text, region) => {
    expect(resolver.regionOf(text)).toBe(region);
  });

  it.each([
    ['¿Cuánto cuesta fundar una empresa en Alemania?', 'nrw'],
    ['독일에서 소아과를 찾고 싶어요', 'nrw'],
    ['在德国怎么开银行账户', 'nrw'],
    ['Japonya\'da şirket kurmak', 'tokyo'],
    ['Preciso de um médico na Suíça', 'geneva'],
    ['在法国怎么找儿科医生', 'paris'],
    ['Tôi muốn thành lập công ty ở Thụy Sĩ', 'geneva'],
  ])('reads country names in the other languages as a weaker place hint: %s → %s', (text, region) => {
    expect(resolver.regionsIn(text).map((match) => match.regionId).filter((id) => id === region)).toEqual([region]);
  });

  it('orders the question back by the language hint, offering every region of the partnership', () => {
    expect(resolver.choicesFor('ja', TOKYO_NRW).map((region) => region.id)).toEqual(['nrw', 'tokyo']);
    expect(resolver.choicesFor('de', TOKYO_NRW).map((region) => region.id)).toEqual(['tokyo', 'nrw']);
    expect(resolver.choicesFor('ja', TSU).map((region) => region.id)).toEqual(['paris', 'geneva', 'tsu']);
    expect(resolver.choicesFor('fr', TSU).map((region) => region.id)).toEqual(['tsu', 'geneva', 'paris']);
  });
});

describe('partnerships are data', () => {
  it('the second partnership (Tsu with the Paris Region and Geneva) is data in knowledge/partnerships.json', () => {
    const withTsu = resolver;
    expect(withTsu.regionOf('Je cherche un bureau à Genève')).toBe('geneva');
    expect(withTsu.regionOf('津市の企業です')).toBe('tsu');
    expect(withTsu.regionOf('company set-up in Île-de-France')).toBe('paris');
    expect(withTsu.regionOf('Kita in Düsseldorf')).toBe('nrw');
  });

  it('rejects a partnership that names an unknown region', () => {
    expect(() => loadPartnerships(path.resolve(import.meta.dirname, '../fixtures/partnerships-broken.json'))).toThrow(PartnershipDataError);
  });
});

describe('origin and addressee mentions (issue 8: hand-overs)', () => {
  it.each([
    ['notre PME de Tsu veut exposer à Paris', 'paris'],
    ["une entreprise de Tsu cherche un stand à Genève", 'geneva'],
  ])('French origin: %s → %s', (text, region) => {
    expect(resolver.regionOf(text, TSU)).toBe(region);
  });

  it.each([
    ['can i talk to someone at tsu city about expanding to geneva?', TSU, 'tsu'],
    ['can i talk to someone from the Tokyo office about nrw?', TOKYO_NRW, 'tokyo'],
    ['津市の担当者と話したい。ジュネーブ進出について', TSU, 'tsu'],
    ['Je voudrais parler à quelqu\'un à Genève de notre projet à Paris', TSU, 'geneva'],
  ])('addressee: %s → %s', (text, scope, region) => {
    expect(resolver.regionsIn(text, scope).filter((match) => match.addressee).map((match) => match.regionId)).toEqual([region]);
  });

  it.each([
    // The asker saying where they come from, and no other place: the other side of the partnership.
    ["who can help? we're from nrw", TOKYO_NRW, 'tokyo'],
    ['ich komme aus Köln, wie gründe ich eine Firma?', TOKYO_NRW, 'tokyo'],
    ['東京から来ました。銀行口座は？', TOKYO_NRW, 'nrw'],
    // The founder is the German parent company: a question on the Japanese side.
    ['手数料は？資本金200万で発起人はドイツの親会社', TOKYO_NRW, 'tokyo'],
    // "we are an NRW …" beside the place asked about.
    ['we are an nrw machine builder - who at the tokyo metropolitan govt is our counterpart?', TOKYO_NRW, 'tokyo'],
    // Where the asker comes from and where they go: the destination; a place that is not an origin stays.
    ['wir sind aus Tokio und ziehen nach Köln', TOKYO_NRW, 'nrw'],
    ['how do I register my address in Köln?', TOKYO_NRW, 'nrw'],
    // Two other sides (Paris, Geneva): not decided.
    ["we're from tsu, how do we found a company?", TSU, undefined],
  ])('departure: %s → %s', (text, scope, region) => {
    expect(resolver.regionOf(text, scope)).toBe(region);
  });

  it.each([
    ['our Düsseldorf office wants to expand to Tokyo', TOKYO_NRW],
    ['we are opening an office in Tokyo', TOKYO_NRW],
  ])('no addressee: %s', (text, scope) => {
    expect(resolver.regionsIn(text, scope).some((match) => match.addressee)).toBe(false);
  });
});
