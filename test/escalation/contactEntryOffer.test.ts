/**
 * A question whose answer is a contact office's own entry asked whom to turn to ("welche Stelle der Tokioter Regierung
 * kontaktiere ich?"): the sourced answer comes first, then the offer to pass the question on to that office, through
 * the real endpoint. Other answers carry no such offer.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { choiceActions, expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('an answer from a contact office\'s entry offers that office', () => {
  const service = serviceForTests();

  it('de: "welche Stelle der Tokioter Regierung kontaktiere ich als Firma aus NRW?" names the Tokyo office, then offers it', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'de-DE' }).send('welche stelle der tokioter regierung kontaktiere ich als firma aus nrw?');
    const text = textOf(replies);
    expect(text).toMatch(/Kontaktstelle des Memorandums in Tokio/);
    expect(text).toMatch(/https:\/\//);
    expect(choiceActions(replies)).toContain('escalation:consent:yes');
  });

  it('en: "which office in tsu city helps foreign companies?" answers the Tsu office and offers it', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'en-US' }).send('which office in tsu city helps foreign companies?');
    expect(textOf(replies)).toMatch(/Tsu City Business Support Center/);
    expect(choiceActions(replies)).toContain('escalation:consent:yes');
  });

  it('yes after the offer opens the case with that office', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('which tokyo government office do i contact as a company from nrw?');
    const text = textOf(await client.send('yes'));
    expect(text).toMatch(/Please describe your request/);
  });

  it('de: "wer hilft uns in tokyo bei der partnersuche? gibts da nen kontakt" names the Tokyo office and offers it', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'de-DE' }).send('wer hilft uns in tokyo bei der partnersuche? gibts da nen kontakt');
    expect(textOf(replies)).toMatch(/Tokio/);
    expect(choiceActions(replies)).toContain('escalation:consent:yes');
  });

  it.each([
    ['de-DE', 'an welches amt der stadt tokio wende ich mich als firma aus nrw', /Kontaktstelle des Memorandums in Tokio/],
    ['en-US', 'which office of the tokyo government is responsible for us?', /contact office in Tokyo/],
    // "we are an NRW …" is where the asker comes from; "our counterpart" asks for the contact.
    ['en-US', 'we are an nrw machine builder - who at the tokyo metropolitan govt is our counterpart?', /contact office in Tokyo/],
  ])('%s "%s" (the Tokyo government by another name) gets the Tokyo contact office', async (locale, text, expected) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(textOf(replies)).toMatch(expected);
    expect(textOf(replies)).not.toMatch(/World Challenge|TMC Navi/);
  });

  it('an answer on another subject carries no offer', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'de-DE' }).send('Wie melde ich meinen Wohnsitz in Düsseldorf an?');
    expect(choiceActions(replies)).not.toContain('escalation:consent:yes');
  });
});
