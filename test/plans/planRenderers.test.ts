/**
 * Golden tests of the plan in every rendering: LINE Flex carousel, Adaptive Card (Teams, Web Chat), numbered plain
 * text and the printable HTML, built from a real plan (moving to NRW) and real knowledge, in ja, de and en.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { createI18n } from '../../src/i18n/i18n';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge';
import { loadPartnerships, requiredLanguagesByRegion } from '../../src/partnerships/partnerships';
import { planCatalogOf, readPlans } from '../../src/plans/planCatalog';
import { buildPlanView } from '../../src/plans/planView';
import type { SavedPlan } from '../../src/plans/savedPlan';
import { renderForLine } from '../../src/channels/line/lineRenderer';
import { renderForTeams } from '../../src/channels/botframework/teamsRenderer';
import { renderForWebChat } from '../../src/channels/botframework/webChatRenderer';
import { plainText, type Reply } from '../../src/replies/reply';
import { planHtml } from '../../src/plans/planPage';

const root = path.resolve(__dirname, '../..');
const golden = (name: string) => `./golden/${name}`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('plan renderers (golden)', () => {
  let i18n: i18n;
  let knowledge: KnowledgeBase;
  const catalog = planCatalogOf(readPlans(path.join(root, 'knowledge/plans')).plans);
  const saved: SavedPlan = {
    planId: 'moving-nrw',
    answers: { city: 'duesseldorf', arrival: '2027-03-03', permit: 'japanese', children: 'both', school: 'japanese', employment: 'employed' },
    done: ['tax-id'],
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:00:00.000Z',
  };
  beforeAll(async () => {
    i18n = await createI18n(path.join(root, 'locales'));
    const catalog = loadPartnerships(path.join(root, 'knowledge/partnerships.json'));
    knowledge = loadKnowledge({ entriesDir: path.join(root, 'knowledge/entries'), knownRegions: catalog.regions.map((region) => region.id), requiredLanguages: requiredLanguagesByRegion(catalog) });
  });

  const reply = (language: string): Reply => {
    const t = i18n.getFixedT(language);
    const plan = buildPlanView({ plan: catalog.byId('moving-nrw')!, saved, knowledge, t, language, printLink: { title: t('plans.printLink'), url: 'https://kakehashi.example/plans/TOKEN' } });
    return { text: t('plans.howToTick'), plan, choices: [{ label: t('plans.menuButton'), action: 'menu' }] };
  };

  it.each(['ja', 'de', 'en'])('LINE Flex carousel (%s)', async (language) => {
    const messages = renderForLine(reply(language));
    const flex = messages.find((message) => message.type === 'flex') as any;
    expect(flex.contents.type).toBe('carousel');
    expect(flex.contents.contents.length).toBeLessThanOrEqual(12);
    expect(JSON.stringify(flex).length).toBeLessThan(30_000);
    await expect(json(messages)).toMatchFileSnapshot(golden(`line-${language}.json`));
  });

  it.each(['ja', 'de', 'en'])('Adaptive Card for Teams and Web Chat (%s)', async (language) => {
    const teams = renderForTeams(reply(language));
    const webChat = renderForWebChat(reply(language));
    expect(teams.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(webChat.attachments![0]).toEqual(teams.attachments![0]);
    await expect(json(teams.attachments![0])).toMatchFileSnapshot(golden(`adaptive-${language}.json`));
  });

  it.each(['ja', 'de', 'en'])('plain text with numbers (%s)', async (language) => {
    await expect(plainText(reply(language))).toMatchFileSnapshot(golden(`plain-${language}.txt`));
  });

  it('printable HTML (de)', async () => {
    const { plan } = reply('de');
    await expect(planHtml(plan!, 'de', { print: 'Drucken', generated: 'Gedruckt am 29. November 2026' })).toMatchFileSnapshot(golden('page-de.html'));
  });

  it('the done step is shown done and has no button; open steps have one', () => {
    const { plan } = reply('en');
    const taxId = plan!.steps.find((step) => step.title.startsWith('Your tax ID'))!;
    expect(taxId.done).toBe(true);
    expect(taxId.doneChoice).toBeUndefined();
    expect(plan!.steps.filter((step) => !step.done).every((step) => step.doneChoice?.action.startsWith('plan:done:moving-nrw:'))).toBe(true);
    expect(plan!.steps[0]!.details.find((detail) => detail.label === 'Deadline')!.text).toBe('by 17 March 2027 (14 days after moving in on 3 March 2027)');
  });
});
