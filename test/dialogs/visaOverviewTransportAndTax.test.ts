/**
 * Faults found in a diagnosis set (blind22, 2026-12-02) and in the seventeenth session, through the real endpoint:
 * - "which visa do I need for Japan?" got the Dependent (family) status, whose questions repeat "visa" and "Japan";
 *   it now gets an overview by purpose, and "und für meine Kinder?" then the children's status;
 * - "ambulance number in tsu, mie??" was answered in French: the library said French, the shared words leaned English;
 * - "what is this bot for?" did not say which partnerships it serves;
 * - "firma in 品川区 anmelden" got the labour insurance ("anmelden" of the insurance, not of the company);
 * - "wie teuer ist der nahverkehr?" got the tax ID ("Nahverkehr" only in its job-ticket line), and Tokyo had no
 *   public-transport answer beyond the IC cards;
 * - whether a two-year posting is taxable in Japan had no answer;
 * - a Vietnamese "người nước ngoài" (foreigner) was not read as foreign residents.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { asksForRegion, expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('which visa, transport, tax residency and the bot\'s partnerships', () => {
  const service = serviceForTests();

  it('"which visa do I need for japan?" gets the statuses by purpose, not the family visa', async () => {
    const reply = textOf(await expectRepliesClient(service().url).send('which visa do I need for japan?'));
    expect(reply).toMatch(/It depends on what you will do in Japan/);
    expect(reply).toMatch(/Temporary Visitor/);
    expect(reply).toMatch(/Business Manager/);
    expect(reply).toMatch(/30 million yen/);
    expect(reply).toMatch(/Dependent/);
  });

  it('"and my wife?" after it gets the Dependent status itself', async () => {
    const client = expectRepliesClient(service().url);
    await client.send('what visa do i need for japan?');
    const reply = textOf(await client.send('and my wife?'));
    expect(reply).toMatch(/Visa for your spouse and children/);
    expect(reply).not.toMatch(/It depends on what you will do in Japan/);
  });

  it('"ambulance number in tsu, mie??" from an English browser is answered in English', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('ambulance number in tsu, mie??'));
    expect(reply).toMatch(/119/);
    expect(reply).toMatch(/If this is an emergency/);
    expect(reply).not.toMatch(/urgence/);
  });

  it('"what is this bot for exactly?" names the partnerships it serves', async () => {
    const reply = textOf(await expectRepliesClient(service().url).send('what is this bot for exactly?'));
    expect(reply).toMatch(/Tokyo – North Rhine-Westphalia/);
    expect(reply).toMatch(/Tsu – Paris Region – Geneva/);
  });

  it('after a Tsu question, "あなたは誰？" names the Tsu partnership only', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    await client.send('津で会社を作りたい');
    const reply = textOf(await client.send('あなたは誰？'));
    expect(reply).toMatch(/対象の連携：津市/);
    expect(reply).not.toMatch(/ノルトライン/);
  });

  it('"firma in 品川区 anmelden – welche behörde?" gets the company founding with the Legal Affairs Bureau', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'de-DE' }).send('firma in 品川区 anmelden – welche behörde ist zuständig?'));
    expect(reply).toMatch(/法務局|Legal Affairs Bureau/);
    expect(reply).not.toMatch(/Arbeitsversicherung \(Unfall/);
  });

  it('"wie teuer ist der nahverkehr?" asks which side, and Tokyo\'s answer explains fares and IC cards', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'de-DE' }).send('wie teuer ist der nahverkehr?');
    expect(asksForRegion(replies)).toBe(true);
    expect(textOf(replies)).not.toMatch(/Steuer-ID/);
    const tokyo = textOf(await expectRepliesClient(service().url).send('how much does public transport cost in tokyo with kids?'));
    expect(tokyo).toMatch(/depend on the distance/);
    expect(tokyo).toMatch(/half the adult fare/);
  });

  it('a two-year posting to Tokyo is taxable in Japan from arrival (tax resident)', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'de-DE' }).send('steuern: muss ich in japan steuern zahlen wenn ich für 3 jahre nach tokio entsandt werde?'));
    expect(reply).toMatch(/steuerlich ansässig/);
    expect(reply).toMatch(/Durchführungsverordnung Art\. 14/);
  });

  it('Vietnamese "người nước ngoài" (foreigners) in Tsu finds the support for foreign residents', async () => {
    const reply = textOf(await expectRepliesClient(service().url).send('Tôi mới đến Tsu. Người nước ngoài có thể hỏi tư vấn ở đâu?'));
    expect(reply).toMatch(/MieCo|Mie International/);
  });
});
