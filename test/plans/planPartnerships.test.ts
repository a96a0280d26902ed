/**
 * Plans of the second partnership (Tsu ⇄ Paris Region/Geneva) through the real endpoint: a French request on the Tsu
 * entry point gets a Geneva plan in French with its sources; a Japanese request gets the Tsu plan in Japanese; the
 * "new plan" button of the menu offers only the partnership's regions (Tsu, Paris, Geneva), and says so when the
 * partnership has no plan of that kind; without an entry point the planner still offers Tokyo and NRW.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, type SentActivity } from '../support/botFrameworkClient';

/** The text and every text of the cards (the plan comes as an Adaptive Card on Web Chat). */
function visibleText(replies: SentActivity[]): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'value' || key === 'title' || key === 'url') && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  for (const reply of replies) {
    out.push(reply.text ?? '');
    walk(reply.attachments ?? []);
  }
  return out.join('\n');
}
const buttons = (replies: SentActivity[]) => replies.flatMap((reply) => reply.suggestedActions?.actions ?? []);
const titles = (replies: SentActivity[]) => buttons(replies).map((action) => action.title);
const actions = (replies: SentActivity[]) => buttons(replies).map((action) => (action.value as { action?: string } | undefined)?.action ?? '');
const TSU_PAGE = { channelData: { partnership: 'tsu-paris-geneva' } };

describe('plans for Tsu, the Paris Region and Geneva', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ PARTNERSHIP_BINDINGS: 'msteams=tsu-paris-geneva' });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('a French user on the Tsu page asking for a Geneva company checklist gets the Geneva plan in French, with sources', async () => {
    const client = expectRepliesClient(service.url, { locale: 'fr-FR' });
    const first = await client.send('Je veux créer une société à Genève, fais-moi une checklist', TSU_PAGE);
    expect(visibleText(first)).toMatch(/Sous quelle forme vous implantez-vous à Genève/);
    expect(titles(first)).toContain('Sàrl (société à responsabilité limitée)');
    let replies = first;
    for (const answer of ['Sàrl (société à responsabilité limitée)', 'Non, tous à l\'étranger', 'Oui', 'Oui']) {
      expect(buttons(replies).length, `question before "${answer}"`).toBeGreaterThan(1);
      replies = await client.send(answer, TSU_PAGE);
    }
    const plan = visibleText(replies);
    expect(plan).toMatch(/Plan : créer une entreprise à Genève/);
    expect(plan).toMatch(/capital social d'au moins 20 000 francs, entièrement libéré/);
    expect(plan).toMatch(/au moins une personne autorisée à représenter qui soit domiciliée en Suisse/);
    expect(plan).toMatch(/OCPM/);
    expect(plan).toMatch(/Suva/);
    expect(plan).toMatch(/https:\/\/www\.ge\.ch\//);
    expect(plan).toMatch(/vérifié le 29 novembre 2026/);
    expect(plan).not.toMatch(/Plan: setting up/);
    expect((plan.match(/^\d+\. /gm) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('a Japanese user asking for a Tsu company plan gets it in Japanese', async () => {
    const client = expectRepliesClient(service.url, { locale: 'ja-JP' });
    let replies = await client.send('津市で会社設立のチェックリストを作って');
    expect(visibleText(replies)).toMatch(/どの形態で進出しますか/);
    for (const answer of ['株式会社（KK）', 'はい（在留資格「経営・管理」）', 'はい']) replies = await client.send(answer);
    const plan = visibleText(replies);
    expect(plan).toMatch(/津市での会社設立プラン/);
    expect(plan).toMatch(/津市ビジネスサポートセンター/);
    expect(plan).toMatch(/法人設立届出書/);
    expect(plan).toMatch(/設立の日から2か月以内/);
    expect(plan).toMatch(/資本金3000万円以上/);
    expect(plan).toMatch(/nenkin\.go\.jp/);
    expect(plan).not.toMatch(/東京/);
  });

  it('"my plan" → "new plan" on the Tsu page offers Tsu, the Paris Region and Geneva, never Tokyo or NRW', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    const none = await client.send('my plan', TSU_PAGE);
    expect(actions(none)).toContain('plan:new:company');
    const asked = await client.send('Company set-up', { ...TSU_PAGE, value: { action: 'plan:new:company' } });
    expect(titles(asked).sort()).toEqual(['Canton of Geneva', 'Paris Region (Île-de-France)', 'Tsu (Mie Prefecture)']);
    const started = await client.send('Paris');
    expect(visibleText(started)).toMatch(/Which form will your business in the Paris Region take/);
  });

  it('on a channel bound to Tsu the menu\'s new plan offers the same three regions, in French', async () => {
    const client = expectRepliesClient(service.url, { channelId: 'msteams', locale: 'fr-FR' });
    const asked = await client.send('Créer une entreprise', { value: { action: 'plan:new:company' } });
    // Teams shows the choices as card buttons.
    const shown = visibleText(asked);
    for (const region of ['Canton de Genève', 'Région Paris (Île-de-France)', 'Tsu (préfecture de Mie)']) expect(shown).toContain(region);
    expect(shown).not.toMatch(/Tokyo|Rhénanie/);
  });

  it('the menu\'s new moving plan on the Tsu page says there is no plan here yet and offers the office', async () => {
    const client = expectRepliesClient(service.url, { locale: 'fr-FR' });
    const replies = await client.send('Déménager', { ...TSU_PAGE, value: { action: 'plan:new:moving' } });
    expect(visibleText(replies)).toMatch(/pas encore de plan étape par étape/);
    expect(actions(replies)).toContain('human');
    expect(titles(replies)).not.toContain('Tokyo');
  });

  it('without an entry point, the new company plan still offers Tokyo and NRW', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    const asked = await client.send('Company set-up', { value: { action: 'plan:new:company' } });
    expect(titles(asked).sort()).toEqual(['North Rhine-Westphalia (NRW)', 'Tokyo']);
  });
});
