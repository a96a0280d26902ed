/**
 * The blind-set grader (issue 8): each case runs end to end through `POST /api/messages` of an in-process service
 * (`deliveryMode: expectReplies`, a fresh conversation per case, all turns in order), and each graded turn is judged
 * on what the user sees: the reply text, its language, the keyword groups, and the kind of reply.
 * Blind files: `test/eval/blind/*.json` (written without seeing code or knowledge; never tune on them).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { detectLanguage } from '../conversation/languageDetector';

export type ExpectedKind = 'answer' | 'smalltalk' | 'out-of-scope' | 'clarify-region' | 'handover' | 'emergency';

export interface BlindTurn {
  text: string;
  expect?: {
    kind?: ExpectedKind;
    language?: string[];
    /** Each group: at least one alternative must occur (case- and width-insensitive). */
    all?: string[][];
    none?: string[];
  };
}

export interface BlindCase {
  id: string;
  lang: string;
  region?: string | null;
  topic?: string;
  turns: BlindTurn[];
}

export interface BlindSet {
  set: string;
  cases: BlindCase[];
  /** The file it came from. */
  file: string;
}

/** One activity of a reply as the grader reads it. */
export interface ReplyActivity {
  type: string;
  text?: string;
  locale?: string;
  suggestedActions?: { actions: { title: string; value?: unknown }[] };
  attachments?: { content?: unknown }[];
}

export interface TurnVerdict {
  pass: boolean;
  /** Why it failed (empty when it passed). */
  reasons: string[];
}

export interface CaseResult {
  set: string;
  id: string;
  lang: string;
  topic: string;
  kinds: string[];
  pass: boolean;
  reasons: string[];
  /** What the user saw on each failing turn (the first 300 characters of the reply text), for diagnosis. */
  failingReplies: string[];
  /** How many turns the case has (more than one: a conversation with follow-ups). */
  turns: number;
}

/**
 * Reads every `*.json` blind file of a folder (none when the folder is missing).
 * @throws Error when a file is not a blind set.
 */
export function loadBlindSets(dir: string): BlindSet[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<BlindSet, 'file'>;
      if (!data || !Array.isArray(data.cases)) throw new Error(`${file}: expected { set, cases: [...] }`);
      return { set: data.set ?? name, cases: data.cases, file };
    });
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** All strings inside a card's content (titles, texts, button labels). */
function stringsIn(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, out);
}

/** The plain text of a turn's reply activities: texts, card contents and choice labels. */
export function replyText(activities: readonly ReplyActivity[]): string {
  const parts: string[] = [];
  for (const activity of activities) {
    if (activity.type !== 'message') continue;
    if (activity.text) parts.push(activity.text);
    for (const attachment of activity.attachments ?? []) stringsIn(attachment.content, parts);
    for (const action of activity.suggestedActions?.actions ?? []) parts.push(action.title);
  }
  return parts.join('\n');
}

const actionsOf = (activities: readonly ReplyActivity[]) =>
  activities.flatMap((activity) => activity.suggestedActions?.actions ?? []).map((action) => {
    const value = action.value as { action?: string } | string | undefined;
    return typeof value === 'string' ? value : value?.action ?? '';
  });

/** The language of the reply's prose (without links and choice labels), identified with the library the bot uses. */
function replyLanguage(activities: readonly ReplyActivity[]): { language: string | undefined; clear: boolean } {
  const prose = activities
    .map((activity) => activity.text ?? '')
    .join('\n')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\d+\. .*$/gm, ' ');
  // A German or English answer may quote Japanese terms (会社法, 経営・管理): the message rule "kana means Japanese"
  // holds for what users type, not for a reply. A reply counts as Japanese only when Japanese makes a real share of it.
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  const japanese = prose.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  if (letters > 0 && japanese / letters < 0.25) return byLines(prose.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・「」（）]/gu, ' '));
  return detectLanguage(prose);
}

/**
 * The language most of a Latin-script reply is written in, line by line, each line weighted by its letters. On a
 * whole long text the n-gram library can tip over on a few quoted terms: an English answer on French company forms
 * ("annonce légale", "SASU, SARL and EURL", "département") was read as French.
 */
function byLines(prose: string): { language: string | undefined; clear: boolean } {
  const votes = new Map<string, number>();
  for (const line of prose.split('\n')) {
    const detected = detectLanguage(line);
    if (!detected.clear || !detected.language || (line.match(/\p{L}+/gu)?.length ?? 0) < 4) continue;
    votes.set(detected.language, (votes.get(detected.language) ?? 0) + (line.match(/\p{L}/gu)?.length ?? 0));
  }
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return best ? { language: best[0], clear: true } : detectLanguage(prose);
}

/**
 * An emergency or advice number of one of the regions: Japan 110/119, #7119/#8000; Germany, France and Switzerland
 * 112, 116117; Switzerland's ambulance 144. France's 15/17/18 are left out: as bare numbers they also read as days.
 */
const EMERGENCY_NUMBER = /(?<!\d)(110|112|119|144|116117|#7119|#8000)(?!\d)/;

/**
 * Grades one turn's reply against its expectation.
 * @example
 * gradeTurn(activities, { kind: 'smalltalk', language: ['de'] }); // { pass: true, reasons: [] }
 */
export function gradeTurn(activities: readonly ReplyActivity[], expect: NonNullable<BlindTurn['expect']>): TurnVerdict {
  const reasons: string[] = [];
  const text = replyText(activities);
  const folded = fold(text);
  if (expect.language && expect.language.length > 0) {
    // The text decides; the activities' locale only when the text is too short to tell (a one-line menu reply).
    const detected = replyLanguage(activities);
    const locales = activities.map((activity) => activity.locale?.toLowerCase().split(/[-_]/)[0]).filter(Boolean) as string[];
    const inLanguage = detected.clear && detected.language ? expect.language.includes(detected.language) : locales.some((locale) => expect.language!.includes(locale));
    if (!inLanguage) reasons.push(`language ${detected.language ?? '?'} (locale ${locales.join('/') || '-'}) not in ${expect.language.join('/')}`);
  }
  for (const group of expect.all ?? []) {
    if (!group.some((alternative) => folded.includes(fold(alternative)))) reasons.push(`missing one of [${group.join(' | ')}]`);
  }
  for (const forbidden of expect.none ?? []) {
    if (folded.includes(fold(forbidden))) reasons.push(`contains "${forbidden}"`);
  }
  const actions = actionsOf(activities);
  const asksRegion = actions.some((action) => action.startsWith('region:'));
  const hasSources = /https?:\/\//.test(text);
  switch (expect.kind) {
    case 'smalltalk':
    case 'out-of-scope':
      if (hasSources) reasons.push('shows sources');
      if (asksRegion) reasons.push('asks the region');
      break;
    case 'clarify-region':
      if (!asksRegion) reasons.push('offers no region choice');
      break;
    case 'handover':
      if (!actions.some((action) => action.startsWith('escalation:'))) reasons.push('no contact-office offer');
      break;
    case 'emergency':
      if (!EMERGENCY_NUMBER.test(text)) reasons.push('no emergency number');
      break;
    case 'answer':
      if (!hasSources) reasons.push('no sourced answer');
      break;
    default:
      break;
  }
  return { pass: reasons.length === 0, reasons };
}

/** Sends one activity with expectReplies and returns the reply activities. */
async function sendTurn(baseUrl: string, conversationId: string, userId: string, text: string, locale: string): Promise<ReplyActivity[]> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      text,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1',
      deliveryMode: 'expectReplies',
      locale,
      from: { id: userId, name: 'Blind tester' },
      recipient: { id: 'kakehashi-bot', name: 'kakehashi' },
      conversation: { id: conversationId },
      timestamp: new Date().toISOString(),
    }),
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { activities: ReplyActivity[] }).activities;
}

/**
 * Runs every case of a set through the service at `baseUrl`. The browser locale of the simulated user is
 * neutral (`en-US`) unless `localeFor` says otherwise, so the language comes from the message itself.
 */
export async function runBlindSet(baseUrl: string, set: BlindSet, localeFor: (blindCase: BlindCase) => string = () => 'en-US'): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const blindCase of set.cases) {
    const conversationId = `blind-${randomUUID()}`;
    const userId = `blind-user-${randomUUID()}`;
    const reasons: string[] = [];
    const kinds: string[] = [];
    const failingReplies: string[] = [];
    for (const [index, turn] of blindCase.turns.entries()) {
      let activities: ReplyActivity[];
      try {
        activities = await sendTurn(baseUrl, conversationId, userId, turn.text, localeFor(blindCase));
      } catch (error) {
        reasons.push(`turn ${index + 1}: ${(error as Error).message}`);
        break;
      }
      if (!turn.expect) continue;
      kinds.push(turn.expect.kind ?? 'answer');
      const verdict = gradeTurn(activities, turn.expect);
      for (const reason of verdict.reasons) reasons.push(`turn ${index + 1}: ${reason}`);
      if (!verdict.pass) failingReplies.push(`turn ${index + 1} «${turn.text}» → ${replyText(activities).slice(0, 300).replace(/\s+/g, ' ')}`);
    }
    results.push({ set: set.set, id: blindCase.id, lang: blindCase.lang, topic: blindCase.topic ?? '-', kinds, pass: reasons.length === 0, reasons, failingReplies, turns: blindCase.turns.length });
  }
  return results;
}
