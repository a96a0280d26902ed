/**
 * Every planner in every UI language (ja, de, en), through the real endpoint: the request starts the right planner,
 * every question has buttons, help re-asks the question, menu leaves it and "my plan" resumes at the same question,
 * a typed date in the language's own form is understood, and the plan has ≥ 5 numbered steps in that language with
 * a deadline dated from the user's date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, type SentActivity } from '../support/botFrameworkClient';

type Language = 'ja' | 'de' | 'en';
const LOCALE: Record<Language, string> = { ja: 'ja-JP', de: 'de-DE', en: 'en-US' };
const WORDS: Record<Language, { help: string; menu: string; myPlan: string; date: string }> = {
  en: { help: 'help', menu: 'menu', myPlan: 'my plan', date: '3 March 2027' },
  de: { help: 'Hilfe', menu: 'Menü', myPlan: 'Mein Plan', date: '3. März 2027' },
  ja: { help: 'ヘルプ', menu: 'メニュー', myPlan: '私のプラン', date: '2027年3月3日' },
};

interface PlanCase {
  planId: string;
  requests: Record<Language, string>;
  /** slot → choice value (date slots are typed). */
  answers: Record<string, string>;
  titles: Record<Language, string>;
  /** The deadline the typed 3 March 2027 gives some step. */
  due: Record<Language, string>;
}

const CASES: PlanCase[] = [
  {
    planId: 'company-tokyo',
    requests: { en: 'Can you make me a plan for founding a company in Tokyo?', de: 'Kannst du mir einen Plan für die Gründung in Tokio machen?', ja: '東京で会社設立のプランを作って' },
    answers: { form: 'kk', founder: 'parent', capital: '30m-plus', resident: 'yes', visa: 'business-manager', employees: 'yes' },
    titles: { en: 'Plan: setting up a company in Tokyo', de: 'Plan: Gründung in Tokio', ja: '東京での会社設立プラン' },
    due: { en: 'by 18 March 2027', de: 'bis 18. März 2027', ja: '2027年3月18日まで' },
  },
  {
    planId: 'company-nrw',
    requests: { en: 'make me a checklist for setting up a company in Düsseldorf', de: 'Erstelle mir eine Checkliste für die Gründung einer Firma in Düsseldorf', ja: 'デュッセルドルフで会社設立のチェックリストを作って' },
    answers: { form: 'gmbh', directorResident: 'no', residence: 'permit', employees: 'yes' },
    titles: { en: 'Plan: setting up a company in North Rhine-Westphalia', de: 'Plan: Gründung in Nordrhein-Westfalen', ja: 'NRW州での会社設立プラン' },
    due: { en: 'by 10 March 2027', de: 'bis 10. März 2027', ja: '2027年3月10日まで' },
  },
  {
    planId: 'moving-tokyo',
    requests: { en: 'make us a checklist for moving to Tokyo', de: 'Erstelle eine Checkliste für unseren Umzug nach Tokio', ja: '東京への引っ越しのチェックリストを作って' },
    answers: { area: 'ward', children: 'both', school: 'public', employment: 'other' },
    titles: { en: 'Plan: moving to Tokyo', de: 'Plan: Umzug nach Tokio', ja: '東京への引っ越しプラン' },
    due: { en: 'by 17 March 2027', de: 'bis 17. März 2027', ja: '2027年3月17日まで' },
  },
  {
    planId: 'moving-nrw',
    requests: { en: 'make us a checklist for moving to Düsseldorf', de: 'Erstelle eine Checkliste für unseren Umzug nach Düsseldorf', ja: 'デュッセルドルフへの引っ越しのチェックリストを作って' },
    answers: { city: 'duesseldorf', permit: 'japanese', children: 'preschool', school: 'public', employment: 'employed' },
    titles: { en: 'Plan: moving to North Rhine-Westphalia', de: 'Plan: Umzug nach Nordrhein-Westfalen', ja: 'NRW州への引っ越しプラン' },
    due: { en: 'by 17 March 2027', de: 'bis 17. März 2027', ja: '2027年3月17日まで' },
  },
];

/** The planner's answer buttons of a reply: slot, value, label. */
function questionOf(replies: SentActivity[]): { slot: string; buttons: { value: string; title: string; action: string }[] } | undefined {
  const buttons = replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).flatMap((action) => {
    const value = (action.value as { action?: string } | undefined)?.action ?? '';
    const match = /^plan:answer:([^:]+):(.+)$/.exec(value);
    return match ? [{ slot: match[1]!, value: match[2]!, title: action.title, action: value }] : [];
  });
  return buttons.length > 0 ? { slot: buttons[0]!.slot, buttons } : undefined;
}

function visibleText(replies: SentActivity[]): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'value' || key === 'title') && typeof value === 'string') out.push(value);
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

describe('every planner in ja, de and en, with interruptions and resume', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
  });

  const rows = CASES.flatMap((plan) => (['ja', 'de', 'en'] as Language[]).map((language) => [plan.planId, language, plan] as const));

  it.each(rows)('%s in %s', async (_id, language, plan) => {
    const client = expectRepliesClient(service.url, { locale: LOCALE[language] });
    const words = WORDS[language];
    let replies = await client.send(plan.requests[language]);
    let asked = 0;
    for (let turn = 0; turn < 12; turn += 1) {
      const question = questionOf(replies);
      if (!question) break;
      expect(question.buttons.length, `buttons for ${question.slot}`).toBeGreaterThanOrEqual(2);
      asked += 1;
      if (asked === 2) {
        // Interruptions: help re-asks the same question; menu leaves it; "my plan" resumes at the same question.
        const help = await client.send(words.help);
        expect(questionOf(help)?.slot).toBe(question.slot);
        const menu = await client.send(words.menu);
        expect(questionOf(menu)).toBeUndefined();
        const resumed = await client.send(words.myPlan);
        expect(questionOf(resumed)?.slot).toBe(question.slot);
      }
      const button = question.buttons.find((candidate) => candidate.value === plan.answers[question.slot]);
      replies = button
        ? await client.send(button.title, { value: { action: button.action } })
        : await client.send(words.date);
    }
    const text = visibleText(replies);
    expect(text).toContain(plan.titles[language]);
    expect(text).toContain(plan.due[language]);
    expect((text.match(/^\d+\. /gm) ?? []).length).toBeGreaterThanOrEqual(5);
    // Shown again later with "my plan".
    expect(visibleText(await client.send(words.myPlan))).toContain(plan.titles[language]);
  });
});
