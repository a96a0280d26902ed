/**
 * The hand-over reads whom to reach from the message itself (issue 8), end to end as a Teams user:
 * the office or side the user names decides; origin + destination pick the office by the routing rules without asking;
 * only a message that leaves it open gets each side's office to choose, in the user's language. Introduction requests get the
 * sourced knowledge first, then the offer. A question about who the contact is gets the office's contact entry, then the
 * offer to that office. A wish for a person in a language without content here gets the offer in English, with the note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { teamsUser, textsOf } from './support/teamsUser';

let service: RunningService;
let connector: LoopbackConnector;
beforeAll(async () => {
  connector = await startLoopbackConnector();
  service = await startService();
});
afterAll(async () => {
  await service.stop();
  await connector.close();
});

const ask = async (text: string, locale = 'en-US') => textsOf(await teamsUser(service.url, connector, locale).say(text));

describe('a hand-over request that names an office or side', () => {
  it('"someone at Tsu City about Geneva" goes to Tsu City without asking which side', async () => {
    const reply = await ask('can i talk to someone at tsu city about expanding to geneva?');
    expect(reply).not.toMatch(/Which side/);
    expect(reply).toContain('I can hand your question to Tsu City Business Support Center');
  });

  it('"someone from the Tokyo office about NRW" goes to the Tokyo office, not to NRW', async () => {
    const reply = await ask('can i talk to someone from the Tokyo office about nrw?');
    expect(reply).toContain('I can hand your question to Tokyo Metropolitan Government');
  });

  it('"津市の担当者" about Geneva goes to Tsu City, asked in Japanese', async () => {
    const reply = await ask('津市の担当者と話したい。ジュネーブ進出について', 'ja-JP');
    expect(reply).not.toMatch(/どちらについて/);
    expect(reply).toContain('津市ビジネスサポートセンター');
  });

  it('"jemand von NRW.Global" is a hand-over to NRW.Global Business even when the plan is about Tokyo, and the case goes there', async () => {
    const user = teamsUser(service.url, connector, 'de-DE');
    const consent = textsOf(await user.say('Kann ich mit jemand von NRW.Global sprechen? Wir wollen nach Tokio'));
    expect(consent).toContain('Ich kann Ihre Frage an NRW.Global Business GmbH (Düsseldorf) weiterleiten');
    await user.say('ja');
    await user.say('Wir planen eine Niederlassung in Tokio und möchten uns beraten lassen.');
    const created = textsOf(await user.say('überspringen'));
    expect(created).toMatch(/Vorgangsnummer/);
    const cases = await service.kakehashi.escalation.service.list({});
    expect(cases.find((escalation) => escalation.userId === user.userId)?.officeId).toBe('nrw-global-business');
  });
});

describe('a hand-over request with origin and destination', () => {
  it('"our Tsu SME wants to exhibit in Paris" goes to the Paris side by the routing rules', async () => {
    const reply = await ask('I want to talk to a person, our Tsu SME wants to exhibit in Paris');
    expect(reply).not.toMatch(/Which side/);
    expect(reply).toContain('I can hand your question to Choose Paris Region');
  });

  it('in French: "notre entreprise de Tsu … à Paris" goes to the Paris side, in French', async () => {
    const reply = await ask('Je voudrais parler à un conseiller : notre entreprise de Tsu veut participer à un salon à Paris', 'fr-FR');
    expect(reply).toContain('Je peux transmettre votre question à Choose Paris Region');
  });

  it('a French request that names no side is offered each side\'s office in French', async () => {
    const reply = await ask('Je voudrais parler à un conseiller', 'fr-FR');
    expect(reply).toMatch(/Je peux transmettre votre question au bureau de contact du côté concerné/);
  });
});

describe('introduction requests get the sourced knowledge first, then the offer', () => {
  it.each([
    ['can you introduce us to investors in nrw', 'en-US', /NRW\.BANK/, /Sources \(checked/, 'I can hand your question to NRW.Global Business GmbH'],
    // Local companies: the memorandum's contact offices (NRW.Global Business, the cities' agencies) or the support bodies.
    ['NRWの現地企業を紹介してもらえる？', 'ja-JP', /NRW\.Global Business|NRW\.BANK/, /出典/, 'NRW Japan K.K.'],
    ['NRWのスタートアップや大学と繋がりたい、紹介ってしてもらえる？', 'ja-JP', /Start-up Center\.NRW/, /出典/, 'NRW Japan K.K.'],
    ['Kontakte zu Startups und Investoren in Tokio möglich?', 'de-DE', /Tokyo Innovation Base/, /Quellen \(geprüft/, 'Stadtregierung Tokio'],
  ])('%s', async (text, locale, fact, sources, office) => {
    const reply = await ask(text, locale);
    expect(reply).toMatch(fact);
    expect(reply).toMatch(sources);
    const offer = reply.indexOf(office, reply.search(sources));
    expect(offer).toBeGreaterThan(reply.search(fact));
  });
});

describe('a question about who the contact is gets the contact entry, then the offer to that office', () => {
  it('"Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?": the NRW contact entry, then NRW.Global Business', async () => {
    const reply = await ask('Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?', 'de-DE');
    expect(reply).toContain('NRW Japan K.K.');
    expect(reply).toMatch(/Quellen \(geprüft/);
    const offer = reply.indexOf('Ich kann Ihre Frage an NRW.Global Business GmbH (Düsseldorf) weiterleiten');
    expect(offer).toBeGreaterThan(reply.indexOf('NRW Japan K.K.'));
  });

  it('"NRW側の担当者は誰ですか？": the contact entry, then the offer', async () => {
    const reply = await ask('NRW側の担当者は誰ですか？', 'ja-JP');
    expect(reply).toContain('NRW Japan K.K.');
    expect(reply).toMatch(/共有してもよろしいですか/);
  });

  it('"who\'s our contact at the Tsu city office? phone number?": the Tsu contact entry, not another Tsu City Hall answer, then Tsu City', async () => {
    const reply = await ask("who's our contact at the Tsu city office? phone number?");
    expect(reply).toContain('Business contact point in Tsu');
    expect(reply).toContain('I can hand your question to Tsu City Business Support Center');
  });

  it('"want to meet investors and universities in nrw. who can connect us?": the NRW networks first, then the offer', async () => {
    const reply = await ask('japanese startup here, want to meet investors and universities in nrw. who can connect us?');
    expect(reply).toContain('NRW start-up ecosystem, investors and universities');
    expect(reply).toMatch(/Sources \(checked/);
    expect(reply.indexOf('I can hand your question to NRW.Global Business GmbH')).toBeGreaterThan(reply.indexOf('NRW start-up ecosystem'));
  });

  it('"Ich brauche einen Ansprechpartner" is still a hand-over request', async () => {
    const reply = await ask('Ich brauche einen Ansprechpartner', 'de-DE');
    expect(reply).toMatch(/Ich kann Ihre Frage an die Ansprechstelle der Seite weiterleiten/);
  });
});

describe('a wish for a person in a language without content here gets the offer in English, with the note', () => {
  it.each([
    ['Me gustaría hablar con alguien de Ginebra sobre una filial', 'Spanish', 'Greater Geneva Bern area (GGBa)'],
    ['파리 쪽 담당자와 상담하고 싶어요', 'Korean', 'Choose Paris Region'],
    ['我想联系东京的负责人', 'Chinese', 'Tokyo Metropolitan Government'],
    ["Düsseldorf'ta bir yetkiliyle görüşmek istiyorum", 'Turkish', 'NRW.Global Business GmbH'],
    ['Tôi muốn nói chuyện với nhân viên ở Tsu', 'Vietnamese', 'Tsu City Business Support Center'],
    ['Gostaria de falar com uma pessoa em Paris', 'Portuguese', 'Choose Paris Region'],
    ['Vorrei parlare con un consulente a Tokyo', 'Italian', 'Tokyo Metropolitan Government'],
  ])('%s', async (text, language, office) => {
    const reply = await ask(text);
    expect(reply).toContain(`I don't have curated content in ${language} yet`);
    expect(reply).toContain(`I can hand your question to ${office}`);
  });
});

describe('a wish to reach someone in other words is offered the hand-over to the side it names', () => {
  it.each([
    ['Who can I talk to in Düsseldorf about opening a branch?', 'en-US', 'I can hand your question to NRW.Global Business GmbH'],
    ['Könnten Sie mich mit der Ansprechstelle in Tokio in Verbindung bringen?', 'de-DE', 'Ich kann Ihre Frage an Stadtregierung Tokio'],
    ['Ich hätte gerne eine persönliche Beratung zur Gründung in Köln', 'de-DE', 'Ich kann Ihre Frage an NRW.Global Business GmbH'],
    ["I'd like a consultation with the Tokyo office", 'en-US', 'I can hand your question to Tokyo Metropolitan Government'],
    ['津市で起業について相談できる人はいますか', 'ja-JP', 'ご質問を津市ビジネスサポートセンター'],
  ])('%s', async (text, locale, offer) => {
    expect(await ask(text, locale)).toContain(offer);
  });
});

describe('the office a request names or implies decides, in either partnership', () => {
  it('"Tsu\'s business office" from a Geneva start-up goes to Tsu City', async () => {
    const reply = await ask("we're a Geneva startup, i'd like to speak with Tsu's business office");
    expect(reply).toContain('I can hand your question to Tsu City Business Support Center');
  });

  it('"津市的负责人" from a Geneva company goes to Tsu City without asking the side', async () => {
    const reply = await ask('我们是一家日内瓦公司，想联系津市的负责人');
    expect(reply).not.toMatch(/Which side/);
    expect(reply).toContain('I can hand your question to Tsu City Business Support Center');
  });

  it('an office that takes no cases here is named, then the one that does', async () => {
    const reply = await ask('can you put me in touch with JETRO Paris?');
    expect(reply).toContain('JETRO Paris (Japan External Trade Organization) does not take questions through kakehashi.');
    expect(reply).toContain('I can hand your question to Choose Paris Region');
  });

  it('a hand-over for Geneva names Tsu\'s agreement partner, which takes no cases here, before the GGBa', async () => {
    const reply = await ask("j'aimerais parler à un conseiller à Genève pour notre implantation", 'fr-FR');
    const partner = reply.indexOf("Le partenaire de l'accord ici, OPI – Office de Promotion des Industries et des Technologies (Genève), ne reçoit pas de demandes par kakehashi.");
    expect(partner).toBeGreaterThanOrEqual(0);
    expect(reply.indexOf('Je peux transmettre votre question à Greater Geneva Bern area')).toBeGreaterThan(partner);
  });

  it('a wish for a contact person at the start of a longer message is a hand-over request', async () => {
    const reply = await ask('Ich bräuchte einen persönlichen Ansprechpartner in Köln – wir sind ein Maschinenbauer aus Osaka und planen dort eine Vertriebsniederlassung', 'de-DE');
    expect(reply).toContain('Ich kann Ihre Frage an NRW.Global Business GmbH (Düsseldorf) weiterleiten');
  });

  it('"パリ地域の誘致機関の方と話したい" goes to Choose Paris Region', async () => {
    const reply = await ask('パリ地域の誘致機関の方と話したいです', 'ja-JP');
    expect(reply).toContain('ご質問をChoose Paris Region');
  });
});

describe('an explicit request for a person that also asks for introductions', () => {
  it('gets the hand-over offer at once, without an entry before it', async () => {
    const reply = await ask('can i talk to a real person? we need introductions to partners in NRW');
    expect(reply).toMatch(/^Introductions to companies/);
    expect(reply).toContain('I can hand your question to NRW.Global Business GmbH');
  });
});
