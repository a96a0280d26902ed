/**
 * Conversations as users had them with the eighth session's diagnosis set (issue 8), through the real endpoint
 * (expectReplies): a follow-up that changes place and legal form, a complete question after an answer that only
 * mentions its words, a hand-over "there" after a change of side, an introduction asked while an offer waits, the
 * asker's origin, and collapse words in an emergency. Each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { asksForRegion, expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('context across turns', () => {
  const service = serviceForTests();

  it('"and for a KK in tokyo?" after the GmbH minimum capital asks that question in Tokyo', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send("what's the min capital for a gmbh?"))).toMatch(/25[,.]000/);
    const replies = await client.send('and for a KK in tokyo?');
    expect(textOf(replies)).toMatch(/Minimum capital for a KK/);
    expect(textOf(replies)).toMatch(/1 yen/);
  });

  it('"l\'inscription à la mairie c\'est sous combien de jours ?" after another answer gets the registration deadline', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    await client.send("on vient d'arriver à tsu avec les enfants");
    const replies = await client.send("l'inscription à la mairie c'est sous combien de jours ?");
    expect(textOf(replies)).toMatch(/Déclarer son arrivée à la mairie de Tsu/);
    expect(textOf(replies)).toMatch(/14 jours/);
  });

  it('"can someone there help us?" after a change of side hands over to that side', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('whats the min capital for an SAS in paris?');
    expect(textOf(await client.send('ok and a sàrl in geneva?'))).toMatch(/CHF 20[,']000/);
    const replies = await client.send('can someone there help us set it up?');
    expect(textOf(replies)).toMatch(/hand your question to Greater Geneva Bern area/);
    expect(textOf(replies)).not.toMatch(/hand your question to Choose Paris Region/);
  });

  it('an introduction asked while a hand-over offer waits starts its own hand-over', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    expect(textOf(await client.send('nous sommes une startup de saclay : qui nous aide à nous implanter en Île-de-France ?'))).toMatch(/Choose Paris Region/);
    const replies = await client.send('vous pouvez nous présenter des universités à tsu ?');
    expect(textOf(replies)).toMatch(/transmettre votre question à Ville de Tsu/);
  });

  it('"we\'re from nrw" after a Tokyo question keeps Tokyo: the asker\'s origin is not the subject', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('we want to exhibit at a trade fair in tokyo');
    const replies = await client.send("who can help? we're from nrw");
    expect(asksForRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(/Tokyo/);
    expect(textOf(replies)).not.toMatch(/Help for Japanese SMEs exhibiting at trade fairs in NRW/);
  });

  it.each([
    ['de-DE', 'mein mann ist umgekippt, wir sind in bochum!!! was wählen', /112/],
    ['en-US', 'estou em essen, minha esposa passou mal agora, qual número eu ligo?', /112/],
    ['ja-JP', '同僚が急に意識なくした！どうしよう', /119/],
  ])('collapse words are an emergency (%s "%s")', async (locale, text, number) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(textOf(replies)).toMatch(number);
  });
});
