/**
 * A hand-over request that leaves the side open (issue 8): the side the conversation already named settles it;
 * otherwise one choice names each side's office and, tapped, both picks the side and consents to sharing, so the request
 * is kept and no separate region question comes first. A place typed answers the choice; another question lets it lapse.
 * A wish for a person that names no subject gets no knowledge answer before the offer. End to end through /api/messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { choiceActions, expectRepliesClient, textOf } from '../support/botFrameworkClient';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.stop();
});

describe('a hand-over request that names no side', () => {
  it('offers each side\'s office in the user\'s language; one tap leads straight to the description, and the case goes to that office', async () => {
    const client = expectRepliesClient(service.url, { locale: 'fr-FR' });
    const offer = await client.send('Je voudrais parler à un conseiller');
    expect(textOf(offer)).toContain('Choose Paris Region');
    expect(textOf(offer)).toContain('Ville de Tsu');
    expect(choiceActions(offer)).toEqual(expect.arrayContaining(['escalation:office:paris', 'escalation:office:tsu', 'escalation:office:geneva', 'escalation:consent:no']));
    expect(choiceActions(offer).some((action) => action.startsWith('region:'))).toBe(false);

    const description = await client.send('', { value: { action: 'escalation:office:paris' } });
    expect(textOf(description)).toMatch(/Décrivez votre demande/);
    await client.send("Nous voulons ouvrir un bureau commercial à Paris l'an prochain.");
    const created = textOf(await client.send('', { value: { action: 'escalation:contact:skip' } }));
    expect(created).toContain('Choose Paris Region');
    const cases = await service.kakehashi.escalation.service.list({});
    const mine = cases.find((escalation) => escalation.description.includes('bureau commercial'));
    expect(mine?.officeId).toBe('choose-paris-region');
    expect(mine?.regionId).toBe('paris');
  });

  it('a place typed instead of a tap answers the choice', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    expect(choiceActions(await client.send('can i talk to someone'))).toContain('escalation:office:nrw');
    expect(textOf(await client.send('the one in Düsseldorf please'))).toMatch(/describe your request/);
  });

  it('another question while the choice waits lets it lapse and is answered', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    await client.send('can i talk to someone');
    const answer = textOf(await client.send('how do I register my address in Essen?'));
    expect(answer).toMatch(/Anmeldung/);
    expect(answer).not.toMatch(/choose the side/i);
  });

  it('the side named a few messages earlier settles it without asking', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    await client.send("what's the weather like in Köln this weekend?");
    const offer = textOf(await client.send('can i talk to a person?'));
    expect(offer).toContain('I can hand your question to NRW.Global Business GmbH');
  });

  it.each([
    ['ja-JP', '誰かと話せますか'],
    ['fr-FR', "je voudrais parler à quelqu'un"],
    ['en-US', 'get me a human pls'],
  ])('%s "%s" names no subject: the offer comes alone, without an unrelated entry', async (locale, text) => {
    const replies = await expectRepliesClient(service.url, { locale }).send(text);
    expect(textOf(replies)).not.toMatch(/https?:\/\//);
    expect(choiceActions(replies).some((action) => action.startsWith('escalation:'))).toBe(true);
  });
});

describe('partner and introduction requests in French', () => {
  it.each([
    ["qui peut m'aider à trouver des partenaires au japon ?", 'Ville de Tsu'],
    ['aidez-moi à trouver un partenaire commercial à Genève', 'Greater Geneva Bern area'],
    ['je cherche des contacts avec des entreprises à Tsu', 'Ville de Tsu'],
  ])('"%s" reaches the offer to hand over to %s', async (text, office) => {
    const replies = await expectRepliesClient(service.url, { locale: 'fr-FR' }).send(text);
    expect(textOf(replies)).toContain(`Je peux transmettre votre question à ${office}`);
    expect(choiceActions(replies)).toContain('escalation:consent:yes');
  });
});
