/**
 * The hand-over reads whom to reach from the message itself (issue 8), end to end as a Teams user:
 * the office or side the user names decides; origin + destination pick the office by the routing rules without asking;
 * only a message that leaves it open gets the side question, in the user's language. Introduction requests get the
 * sourced knowledge first, then the offer. A question about who the contact is gets the contact entry, not a hand-over.
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

  it('a French request that names no side is asked back in French', async () => {
    const reply = await ask('Je voudrais parler à un conseiller', 'fr-FR');
    expect(reply).toMatch(/De quel côté porte votre question/);
  });
});

describe('introduction requests get the sourced knowledge first, then the offer', () => {
  it.each([
    ['can you introduce us to investors in nrw', 'en-US', /NRW\.BANK/, /Sources \(checked/, 'I can hand your question to NRW.Global Business GmbH'],
    ['NRWの現地企業を紹介してもらえる？', 'ja-JP', /NRW\.BANK/, /出典/, 'NRW Japan K.K.'],
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

describe('a question about who the contact is', () => {
  it('"Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?" is answered from the contact entry, not handed over', async () => {
    const reply = await ask('Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?', 'de-DE');
    expect(reply).toContain('NRW Japan K.K.');
    expect(reply).toContain('NRW.Global Business');
    expect(reply).not.toMatch(/Darf ich diesen Chatverlauf/);
  });

  it('"NRW側の担当者は誰ですか？" is answered from the contact entry', async () => {
    const reply = await ask('NRW側の担当者は誰ですか？', 'ja-JP');
    expect(reply).toContain('NRW Japan K.K.');
    expect(reply).not.toMatch(/共有してもよろしいですか/);
  });

  it('"Ich brauche einen Ansprechpartner" is still a hand-over request', async () => {
    const reply = await ask('Ich brauche einen Ansprechpartner', 'de-DE');
    expect(reply).toMatch(/Auf welche Seite bezieht sich Ihre Frage/);
  });
});

describe('an explicit request for a person that also asks for introductions', () => {
  it('gets the hand-over offer at once, without an entry before it', async () => {
    const reply = await ask('can i talk to a real person? we need introductions to partners in NRW');
    expect(reply).toMatch(/^Introductions to companies/);
    expect(reply).toContain('I can hand your question to NRW.Global Business GmbH');
  });
});
