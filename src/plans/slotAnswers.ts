/**
 * Reads a planner answer from a button or from typed text: a choice by its number, label or a synonym, an amount by
 * its range ("500万円", "5 Mio.", "30,000,000"), and a date in common forms of each language ("3 March", "3. März",
 * "3月3日", "3 mars", "2027-03-03", "03.03.2027") through chrono-node, which knows English, German, Japanese and French dates.
 */
import { createRequire } from 'node:module';
import type * as ChronoNode from 'chrono-node';
import type { PlanChoice, PlanSlot } from './planDefinition';
import { escapeRegExp } from '../knowledge/analysis/normalize';

const DATE_CHOICE = /^(today|unknown|in-(\d{1,3})-days)$/;

/** Whether a date slot's button value is one the planner understands. */
export function isDateChoiceValue(value: string): boolean {
  return DATE_CHOICE.test(value);
}

/** The date parsers' languages, in the order they are tried after the user's own. */
const DATE_LANGUAGES = ['en', 'de', 'ja', 'fr'] as const;
const requireFromHere = createRequire(import.meta.url);
let parsers: Record<string, ChronoNode.Chrono> | undefined;

/**
 * chrono-node's parsers, loaded on the first typed date: setting them up takes ≈ 3 MB of heap and ≈ 10 MB of
 * resident memory that most conversations (no planner, or dates by button) never need.
 */
function dateParsers(): Record<string, ChronoNode.Chrono> {
  if (!parsers) {
    const chrono = requireFromHere('chrono-node') as typeof ChronoNode;
    parsers = { en: chrono.en.casual, de: chrono.de.casual, ja: chrono.ja.casual, fr: chrono.fr.casual };
  }
  return parsers;
}

/** `YYYY-MM-DD` of a date in its own calendar day (no time zone shift). */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months to a `YYYY-MM-DD` date (31 Jan + 1 month = 28/29 Feb: the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1, 12));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * A typed date as `YYYY-MM-DD`. Without a year, the date nearest to `today` is meant ("arrived 20 November",
 * "arrive 3 March" both work late in the year). The user's language is tried first, then the others.
 * @example
 * parseTypedDate('3. März', '2026-11-29', 'de'); // '2027-03-03'
 */
export function parseTypedDate(text: string, today: string, language: string): string | undefined {
  const reference = new Date(`${today}T12:00:00`);
  const order = [language, ...DATE_LANGUAGES.filter((candidate) => candidate !== language)];
  for (const candidate of order) {
    const parser = dateParsers()[candidate];
    if (!parser) continue;
    const result = parser.parse(text.normalize('NFKC'), reference)[0];
    if (result && result.start.isCertain('day') && result.start.isCertain('month')) return isoDate(result.start.date());
  }
  return undefined;
}

/**
 * An amount typed in yen or euros: "30,000,000", "3000万円", "5 Mio", "5 million", "30m". Undefined when none.
 * @example
 * parseAmount('500万円'); // 5000000
 */
export function parseAmount(text: string): number | undefined {
  const folded = text.normalize('NFKC').toLowerCase().replace(/(\d)[,.'’ ](?=\d{3}\b)/g, '$1');
  const match = /(\d+(?:[.,]\d+)?)\s*(億|万|千|mio\.?|millionen|million|mn|m\b|k\b|tsd\.?|tausend|thousand)?/u.exec(folded);
  if (!match) return undefined;
  const base = Number(match[1]!.replace(',', '.'));
  const unit = match[2] ?? '';
  const factor = unit === '億' ? 1e8 : unit === '万' ? 1e4 : unit === '千' || /^(k|tsd|tausend|thousand)/.test(unit) ? 1e3 : unit ? 1e6 : 1;
  return Number.isFinite(base) ? Math.round(base * factor) : undefined;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();
const hasCjk = (text: string) => /[\u3040-\u30ff\u3400-\u9fff]/u.test(text);

/** Whether `word` occurs in `text` as a word (CJK words as substrings: Japanese has no spaces). */
function containsWord(text: string, word: string): boolean {
  const folded = fold(word);
  if (!folded) return false;
  if (hasCjk(folded)) return text.includes(folded);
  const escaped = escapeRegExp(folded);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** The choice a typed text names: its number, its label in any language, a synonym, or (amount slots) its range. */
export function matchChoice(slot: PlanSlot, text: string): PlanChoice | undefined {
  const folded = fold(text).replace(/[.!?。！？]+$/u, '');
  if (/^\d{1,2}$/.test(folded) && !slot.choices.some((choice) => choice.range)) return slot.choices[Number(folded) - 1];
  const exact = slot.choices.find((choice) => Object.values(choice.label).some((label) => fold(label) === folded));
  if (exact) return exact;
  const named = slot.choices.filter((choice) => (choice.synonyms ?? []).some((word) => containsWord(folded, word)));
  if (named.length === 1) return named[0];
  if (slot.choices.some((choice) => choice.range)) {
    const amount = parseAmount(folded);
    if (amount !== undefined) {
      return slot.choices.find((choice) => choice.range && amount >= (choice.range.min ?? -Infinity) && amount <= (choice.range.max ?? Infinity));
    }
  }
  return undefined;
}

/**
 * The stored answer for a slot from a button value or typed text; undefined when the text answers nothing.
 * Date slots store `YYYY-MM-DD` or `unknown`.
 */
export function answerSlot(slot: PlanSlot, input: { value?: string; text?: string }, today: string, language: string): string | undefined {
  if (input.value !== undefined) {
    if (!slot.choices.some((choice) => choice.value === input.value)) return undefined;
    return slot.type === 'date' ? dateOfChoice(input.value, today) : input.value;
  }
  const text = input.text ?? '';
  const choice = matchChoice(slot, text);
  if (slot.type === 'date') {
    if (choice) return dateOfChoice(choice.value, today);
    return parseTypedDate(text, today, language);
  }
  return choice?.value;
}

function dateOfChoice(value: string, today: string): string {
  if (value === 'unknown') return 'unknown';
  const days = DATE_CHOICE.exec(value)?.[2];
  return days ? addDays(today, Number(days)) : today;
}

/**
 * Answers a free-text request already gives ("…GmbH in Köln…"): choice slots whose synonym the text names,
 * one choice only. Numbers and dates are never guessed from the request.
 */
export function answersInRequest(slots: readonly PlanSlot[], text: string): Record<string, string> {
  const folded = fold(text);
  const answers: Record<string, string> = {};
  for (const slot of slots) {
    if (slot.type !== 'choice') continue;
    const named = slot.choices.filter((choice) => (choice.synonyms ?? []).some((word) => containsWord(folded, word)));
    if (named.length === 1) answers[slot.id] = named[0]!.value;
  }
  return answers;
}
