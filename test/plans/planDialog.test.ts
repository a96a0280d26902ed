/**
 * The planners as a user meets them through the real endpoint (expectReplies), table-driven per plan and language:
 * the outside-contract phrases start the right planner, every question offers buttons, typed answers (labels,
 * numbers, amounts, dates) work, help / language / menu interrupt, the planner resumes, the finished plan lists
 * numbered dated steps, "my plan" shows it again and a step is ticked by saying so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, type SentActivity } from '../support/botFrameworkClient';

/** What the user sees: the text and every text of the cards (the plan comes as an Adaptive Card on Web Chat). */
function textsIn(node: unknown, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((item) => textsIn(item, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const field of ['text', 'title', 'value']) if (typeof record[field] === 'string') out.push(record[field] as string);
    for (const value of Object.values(record)) if (value && typeof value === 'object') textsIn(value, out);
  }
  return out;
}
const textOf = (replies: SentActivity[]) =>
  replies.map((reply) => [reply.text ?? '', ...textsIn((reply.attachments ?? []).filter((a) => a.contentType.includes('adaptive')), [])].join('\n')).join('\n');
const buttons = (replies: SentActivity[]) => replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => action.title);
const today = new Date();

describe('planner dialogs', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ PUBLIC_BASE_URL: 'http://127.0.0.1:9' });
  });
  afterAll(async () => {
    await service.stop();
  });

  // [locale, request, answers typed or pressed (by label), expected in the plan]
  const table: [string, string, string[], RegExp[]][] = [
    ['de-DE', 'Kannst du mir einen Plan für die Gründung in Tokio machen?', ['Kabushiki Kaisha (KK)', 'Muttergesellschaft', '5 Mio. Yen', 'Nein, im Ausland', 'Ja, Geschäftsführung (Business Manager)', 'Ja', '3. März 2027'],
      [/Plan: Gründung in Tokio/, /Justizschreiber/, /40\.000 Yen|50\.000 Yen/, /30 Mio\. Yen/, /bis 18\. März 2027/, /bis 8\. März 2027/, /wirtschaftlich Berechtigten/]],
    ['en-US', 'make us a checklist for moving to Düsseldorf', ['3 March 2027', 'Yes (e.g. Japanese nationals)', 'Both under and over 6', 'Japanese school Düsseldorf', 'Employed in Germany'],
      [/moving to North Rhine-Westphalia/, /by 17 March 2027/, /Bürgerbüro/, /Kita-Navigator/, /Japanese International School/, /within 90 days of entering Germany/]],
    ['ja-JP', '手続きのチェックリストを作って', ['会社の設立', 'NRW', 'UG（資本金の少ないGmbH）', 'いいえ、日本など海外', 'いいえ', 'いいえ', '2027-03-03'],
      [/NRW州での会社設立プラン/, /ビデオによるオンライン公証/, /全額現金/, /2027年4月3日まで/]],
    ['en-US', 'Can you make me a step-by-step plan for moving to Tokyo?', ['In the 23 wards', 'Not fixed yet', 'No children', 'Seconded from Germany'],
      [/Plan: moving to Tokyo/, /within 14 days of moving in/, /German pension system/, /Himawari/]],
  ];

  it.each(table)('%s "%s" builds the matching plan from button and typed answers', async (locale, request, answers, expected) => {
    const client = expectRepliesClient(service.url, { locale });
    let replies = await client.send(request);
    for (const answer of answers) {
      expect(buttons(replies).length, `question before "${answer}" offers buttons: ${textOf(replies)}`).toBeGreaterThan(1);
      replies = await client.send(answer);
    }
    const text = textOf(replies);
    for (const pattern of expected) expect(text).toMatch(pattern);
    const numbered = text.match(/^\d+\. /gm) ?? [];
    expect(numbered.length).toBeGreaterThanOrEqual(5);
    // The Web Chat rendering is an Adaptive Card with a "done" button per open step.
    const card = replies.flatMap((reply) => reply.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card)).toContain('plan:done:');
  });

  it.each([
    ['en-US', 'make me a checklist for setting up a GmbH in Düsseldorf', [/notarised/, /commercial register/, /Gewerbeanmeldung/, /EUR 12,500[\s\S]*Sources \(checked [\d-]+\)[\s\S]*GmbHG/], /Leben|住民登録/],
    ['fr-FR', 'Fais-moi une checklist pour créer une KK à Tsu', [/Plan : créer une entreprise à Tsu/, /30 millions de yens/, /Sources/], /Déménager/],
    ['ja-JP', '東京で子会社設立のチェックリスト作って', [/定款/, /登記/], /Anmeldung/],
    ['fr-FR', "fais-moi une checklist pour créer une SAS à Paris", [/statuts|Kbis|guichet unique/i], /Anmeldung/],
  ] as [string, string, RegExp[], RegExp][])('%s "%s" shows the main steps at once, then asks what tailors them', async (locale, request, expected, absent) => {
    const client = expectRepliesClient(service.url, { locale });
    const replies = await client.send(request);
    const text = textOf(replies);
    for (const pattern of expected) expect(text).toMatch(pattern);
    expect(text).not.toMatch(absent);
    // The outline comes first, as bullets; the question with its buttons comes after it.
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(replies[0]!.text).toMatch(/^• /m);
    expect(buttons(replies).length).toBeGreaterThan(1);
  });

  it('"Mein Plan" shows the saved plan again, "3 erledigt" ticks step 3, and the button ticks another', async () => {
    const client = expectRepliesClient(service.url, { locale: 'de-DE' });
    await client.send('Erstelle mir bitte eine Checkliste für den Umzug nach Düsseldorf');
    for (const answer of ['3. März 2027', '2', 'Keine Kinder', 'Angestellt in Deutschland']) await client.send(answer);
    const shown = textOf(await client.send('Mein Plan'));
    expect(shown).toMatch(/0 von \d+ erledigt/);
    const ticked = textOf(await client.send('3 erledigt'));
    expect(ticked).toMatch(/Schritt 3 ist erledigt/);
    expect(ticked).toMatch(/^3\. ✅/m);
    const byButton = await client.send('Schritt 1 erledigt', { value: { action: 'plan:done:moving-nrw:anmeldung-duesseldorf' } });
    expect(textOf(byButton)).toMatch(/2 von \d+ erledigt/);
  });

  it('help and a language switch re-ask the question; menu leaves it and "my plan" resumes where it stopped', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    await client.send('make me a plan for founding a company in Tokyo');
    expect(textOf(await client.send('Godo kaisha (GK)'))).toMatch(/parent company/);
    const help = textOf(await client.send('help'));
    expect(help).toMatch(/Just type your question/);
    expect(help).toMatch(/parent company founding it, or individuals/);
    const german = textOf(await client.send('Deutsch bitte'));
    expect(german).toMatch(/Muttergesellschaft oder gründen Einzelpersonen/);
    expect(textOf(await client.send('Menü'))).not.toMatch(/Muttergesellschaft/);
    const resumed = textOf(await client.send('Mein Plan'));
    expect(resumed).toMatch(/dort weiter/);
    expect(resumed).toMatch(/Muttergesellschaft oder gründen Einzelpersonen/);
    expect(textOf(await client.send('1'))).toMatch(/Kapital/);
  });

  it('"私のプラン" without a plan offers to make one; an unclear answer is asked again', async () => {
    const client = expectRepliesClient(service.url, { locale: 'ja-JP' });
    const none = await client.send('私のプラン');
    expect(textOf(none)).toMatch(/まだプランがありません/);
    expect(buttons(none)).toContain('会社の設立');
    await client.send('引っ越しのチェックリストを作って', {});
    const retry = textOf(await client.send('よくわからない質問です'));
    expect(retry).toMatch(/わかりませんでした/);
  });

  it('a typed date today computes a dated deadline from it', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    await client.send('make us a checklist for moving to Düsseldorf');
    const plan = textOf(await (async () => {
      await client.send('Already here (today)');
      await client.send('No (e.g. EU citizens)');
      await client.send('No children');
      return client.send('Employed in Germany');
    })());
    const due = new Date(today.getTime() + 14 * 86_400_000);
    expect(plan).toContain(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(due));
  });
});
