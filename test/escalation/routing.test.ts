/** The routing rules in knowledge/offices.json, table-driven, plus the topic and introduction recognisers that feed them. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOffices } from '../../src/escalation/offices';
import { routeCase } from '../../src/escalation/routing';
import { isIntroductionRequest, topicOf } from '../../src/escalation/caseTopic';

const directory = loadOffices(path.resolve(import.meta.dirname, '../../knowledge/offices.json'));

describe('routing rules (first match wins)', () => {
  it.each([
    // region, topic, language → office, rule
    ['nrw', 'company', 'ja', 'nrw-japan-kk', 'nrw-japanese-speaker'],
    ['nrw', 'introduction', 'ja', 'nrw-japan-kk', 'nrw-japanese-speaker'],
    ['nrw', undefined, 'ja', 'nrw-japan-kk', 'nrw-japanese-speaker'],
    ['nrw', 'healthcare', 'ja', 'nrw-global-business', 'nrw-daily-life'],
    ['nrw', 'schooling', 'ja', 'nrw-global-business', 'nrw-daily-life'],
    ['nrw', 'housing', 'en', 'nrw-global-business', 'nrw-daily-life'],
    ['nrw', 'daily-life', 'de', 'nrw-global-business', 'nrw-daily-life'],
    ['nrw', 'company', 'de', 'nrw-global-business', 'nrw-other'],
    ['nrw', 'company', 'en', 'nrw-global-business', 'nrw-other'],
    ['tokyo', 'company', 'de', 'tmg-commerce-industry', 'tokyo-side'],
    ['tokyo', 'healthcare', 'ja', 'tmg-commerce-industry', 'tokyo-side'],
    [undefined, 'company', 'ja', 'nrw-japan-kk', 'unknown-region-japanese'],
    [undefined, undefined, 'de', 'nrw-japan-kk', 'unknown-region-other'],
  ] as const)('region %s, topic %s, language %s → %s (%s)', (regionId, topic, language, officeId, ruleId) => {
    const decision = routeCase(directory, { regionId, topic, language });
    expect(decision.office.id).toBe(officeId);
    expect(decision.ruleId).toBe(ruleId);
  });

  it('never routes to an office that does not take cases', () => {
    const takes = new Set(directory.offices.filter((office) => office.takesCases !== false).map((office) => office.id));
    for (const rule of directory.routing) expect(takes.has(rule.office)).toBe(true);
  });

  it('every rule has an explanation for the README', () => {
    for (const rule of directory.routing) expect(rule.explanation?.length ?? 0).toBeGreaterThan(20);
  });
});

describe('topics and introduction requests (ja/de/en)', () => {
  it.each([
    ['Where do I find a Japanese-speaking doctor in Düsseldorf?', 'healthcare'],
    ['Kita-Platz für meine Tochter finden', 'schooling'],
    ['デュッセルドルフで賃貸アパートを探したい', 'housing'],
    ['How do I set up a GmbH?', 'company'],
    ['NRWに会社を設立したい', 'company'],
    ['Wie melde ich ein Gewerbe an?', 'company'],
    ['What is the weather like?', undefined],
  ])('%s → %s', (text, topic) => {
    expect(topicOf([text])).toBe(topic);
  });

  it.each([
    ['Can you introduce us to start-ups in Düsseldorf?', true],
    ['Could you put me in touch with investors in Tokyo?', true],
    ['Können Sie uns Kontakte zu Universitäten in NRW vermitteln?', true],
    ['Wir möchten Start-ups in Tokio kennenlernen', true],
    ['ケルンの大学を紹介してください', true],
    ['ドイツの企業とのマッチングをお願いしたい', true],
    // In French, and looking for partners abroad, which is asking for introductions in other words.
    ['pouvez-vous nous présenter à des investisseurs à Genève ?', true],
    ['je cherche des contacts avec des entreprises à Tsu', true],
    ['on cherche un distributeur au japon, vous pouvez nous aider ?', true],
    ["we're looking for a distributor in NRW", true],
    ['wir suchen Geschäftspartner in Japan, wer kann uns helfen?', true],
    ['ジュネーブで取引先を探しています', true],
    // Abbreviated, with the counterpart before the verb, and "being connected" in Japanese.
    ["we'd love intros to universities in nrw doing hydrogen research", true],
    ['könnt ihr uns mit investoren in tokyo in kontakt bringen?', true],
    ['ジュネーブの企業とつながりたい、誰に連絡すればいい？', true],
    // The languages without content here: Korean and Chinese (either order), Spanish, Portuguese.
    ['파리에서 투자자 소개받을 수 있나요?', true],
    ['能介绍一下巴黎的投资者吗？', true],
    ['¿pueden presentarnos inversores en París?', true],
    ['podem apresentar investidores em Genebra?', true],
    ['투자자 비자는 어떻게 받나요?', false],
    ['投资者签证需要多少钱', false],
    ['wie komme ich in kontakt mit dem bürgeramt?', false],
    ['How do I register a company?', false],
    ['Wo finde ich einen Arzt?', false],
    ['how do I find an electricity supplier', false],
    ['comment trouver une entreprise de déménagement', false],
    ['my partner is looking for a job', false],
  ])('%s → introduction %s', (text, expected) => {
    expect(isIntroductionRequest(text)).toBe(expected);
  });
});
