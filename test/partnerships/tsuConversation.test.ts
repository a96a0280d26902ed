/**
 * The outside contract of the second partnership, through the real endpoint: a French question about Tsu is answered
 * in French with sources, a Japanese one about Paris or Geneva in Japanese, an English one in English; a place name
 * decides the partnership when the entry point does not; search and the region question never mix partnerships.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

const titles = (replies: SentActivity[]) => replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => action.title);
const TSU_PAGE = { channelData: { partnership: 'tsu-paris-geneva' } };

describe('Tsu ⇄ Paris Region/Geneva conversations', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ PARTNERSHIP_BINDINGS: 'msteams=tsu-paris-geneva' });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('a French question about Tsu is answered in French, with sources and the check date', async () => {
    const replies = await expectRepliesClient(service.url, { locale: 'fr-FR' }).send("À qui s'adresser pour implanter une entreprise à Tsu ?");
    const text = textOf(replies);
    expect(text).toMatch(/Business Support Center/);
    expect(text).toMatch(/guichet/);
    expect(text).toMatch(/Sources/);
    expect(text).toMatch(/info\.city\.tsu\.mie\.jp/);
    expect(text).toMatch(/vérifié le/);
  });

  it('a Japanese question about the Paris Region is answered in Japanese', async () => {
    const replies = await expectRepliesClient(service.url, { locale: 'ja-JP' }).send('パリでアパートを借りるときの敷金はいくら？');
    const text = textOf(replies);
    expect(text).toMatch(/家具なし物件で家賃.*1か月分/);
    expect(text).toMatch(/notaires\.fr/);
  });

  it('a Japanese question about Geneva is answered in Japanese', async () => {
    const text = textOf(await expectRepliesClient(service.url, { locale: 'ja-JP' }).send('ジュネーブで会社を作るときの最低資本金は？'));
    expect(text).toMatch(/20,000スイスフラン/);
  });

  it('an English question about Geneva is answered in English', async () => {
    const text = textOf(await expectRepliesClient(service.url, { locale: 'en-US' }).send('What is the minimum capital to set up a company in Geneva?'));
    expect(text).toMatch(/CHF 20,000, fully paid in/);
  });

  it('"en français" switches the language, and the next answer is in French', async () => {
    const client = expectRepliesClient(service.url, { locale: 'ja-JP' });
    expect(textOf(await client.send('en français'))).toMatch(/je vous réponds désormais en français/);
    expect(textOf(await client.send('Numéro pour une ambulance à Genève ?'))).toMatch(/144/);
  });

  it('the web page entry point (?partnership=) scopes the region question to Tsu, Paris and Geneva', async () => {
    const replies = await expectRepliesClient(service.url, { locale: 'en-US' }).send('How do I open a bank account?', TSU_PAGE);
    expect(textOf(replies)).toMatch(/Is your question about/);
    expect(titles(replies).sort()).toEqual(['Canton of Geneva', 'Paris Region (Île-de-France)', 'Tsu (Mie Prefecture)']);
  });

  it('a French plan request for Tsu says there is no plan there yet and offers the office; for Düsseldorf it starts the planner', async () => {
    const tsu = await expectRepliesClient(service.url, { locale: 'fr-FR' }).send('Fais-moi une checklist pour déménager à Tsu', TSU_PAGE);
    expect(textOf(tsu)).toMatch(/pas encore de plan étape par étape/);
    expect(tsu.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => (action.value as { action?: string })?.action)).toContain('human');
    expect(titles(tsu)).not.toContain('Tokyo');
    const nrw = await expectRepliesClient(service.url, { locale: 'fr-FR' }).send('Fais-moi une checklist pour déménager à Düsseldorf');
    expect(textOf(nrw)).not.toMatch(/pas encore de plan/);
    expect(nrw.flatMap((reply) => reply.suggestedActions?.actions ?? []).length).toBeGreaterThan(1);
  });

  it('without an entry point nothing tells the partnership: the same English question offers every region of both', async () => {
    const replies = await expectRepliesClient(service.url, { locale: 'en-US' }).send('How do I open a bank account?');
    expect(titles(replies).sort()).toEqual(['Canton of Geneva', 'North Rhine-Westphalia (NRW)', 'Paris Region (Île-de-France)', 'Tokyo', 'Tsu (Mie Prefecture)']);
  });

  it('an emergency on the Tsu entry point lists the Tsu, Paris and Geneva numbers, never the NRW ones', async () => {
    const text = textOf(await expectRepliesClient(service.url, { locale: 'en-US' }).send('emergency! I need an ambulance', TSU_PAGE));
    expect(text).toMatch(/144/);
    expect(text).toMatch(/119/);
    expect(text).not.toMatch(/116117/);
  });

  it('a place name alone sets the region and keeps it for the next question', async () => {
    const client = expectRepliesClient(service.url, { locale: 'fr-FR' });
    expect(textOf(await client.send('Genève'))).toMatch(/D'accord : Canton de Genève/);
    expect(textOf(await client.send("Dans quel délai faut-il s'assurer pour la maladie ?"))).toMatch(/trois mois/);
  });

  it('a region chosen with a button keeps its partnership for a French speaker', async () => {
    const client = expectRepliesClient(service.url, { locale: 'fr-FR' });
    expect(textOf(await client.send('Rhénanie', { value: { action: 'region:nrw' } }))).toMatch(/Rhénanie-du-Nord-Westphalie/);
    const replies = await client.send("Comment est-ce qu'on trouve une place dans une Kita ?");
    expect(textOf(replies)).not.toMatch(/Votre question porte-t-elle sur/);
    expect(titles(replies).join(' ')).toMatch(/Kita/);
    expect(titles(replies).join(' ')).not.toMatch(/Tsu|Geneva|Paris/);
  });

  it('the Teams app bound to the Tsu partnership welcomes with that partnership only', async () => {
    const client = expectRepliesClient(service.url, { channelId: 'msteams', locale: 'fr-FR' });
    const replies = await client.send('', { type: 'conversationUpdate', membersAdded: [{ id: client.userId }] });
    const text = textOf(replies);
    expect(text).toMatch(/Bienvenue sur kakehashi/);
    expect(text).toMatch(/Tsu – Région Paris – Genève/);
    expect(text).not.toMatch(/Westphalie/);
  });

  it('a person asked for on the Tsu entry point is routed to a Tsu-partnership office', async () => {
    const client = expectRepliesClient(service.url, { locale: 'fr-FR' });
    await client.send("Je veux m'implanter à Paris", TSU_PAGE);
    const text = textOf(await client.send('parler à une personne', TSU_PAGE));
    expect(text).toMatch(/Choose Paris Region/);
  });
});
