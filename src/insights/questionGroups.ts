/**
 * Groups the redacted unanswered questions for the editors: questions that share most of their words (or, for
 * Japanese, character bigrams) fall into one group, largest group first.
 */
import type { ClosestEntry, UnansweredQuestion } from './insightsTypes';

export interface QuestionGroup {
  /** The group's most recent question. */
  example: string;
  count: number;
  /** Up to five further questions of the group. */
  others: string[];
  languages: string[];
  regions: string[];
  /** The entries that came closest, most often first (at most three). */
  closest: ClosestEntry[];
  lastAt: string;
}

const SIMILAR = 0.5;

function features(text: string): Set<string> {
  const folded = text.normalize('NFKC').toLowerCase().replace(/\[(name|email|phone|number|url)\]/g, ' ');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word));
  const cjk = [...folded.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu)].flatMap(([run]) => {
    const chars = [...run];
    return chars.length === 1 ? chars : chars.slice(0, -1).map((char, index) => char + chars[index + 1]);
  });
  return new Set([...words, ...cjk]);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const feature of a) if (b.has(feature)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * @example
 * groupQuestions([{ text: 'Kita Köln Wartezeit', … }, { text: 'Wartezeit Kita in Köln?', … }]); // one group of 2
 */
export function groupQuestions(questions: UnansweredQuestion[]): QuestionGroup[] {
  const groups: { items: UnansweredQuestion[]; features: Set<string> }[] = [];
  for (const question of [...questions].sort((a, b) => b.at.localeCompare(a.at))) {
    const own = features(question.text);
    const match = groups.find((group) => jaccard(group.features, own) >= SIMILAR);
    if (match) match.items.push(question);
    else groups.push({ items: [question], features: own });
  }
  return groups
    .map(({ items }) => {
      const entryCounts = new Map<string, { entry: ClosestEntry; count: number }>();
      for (const item of items) {
        for (const entry of item.closest) {
          const seen = entryCounts.get(entry.entryId) ?? { entry, count: 0 };
          seen.count += 1;
          entryCounts.set(entry.entryId, seen);
        }
      }
      return {
        example: items[0]!.text,
        count: items.length,
        others: items.slice(1, 6).map((item) => item.text),
        languages: [...new Set(items.map((item) => item.language))],
        regions: [...new Set(items.map((item) => item.regionId ?? '-'))],
        closest: [...entryCounts.values()].sort((a, b) => b.count - a.count).slice(0, 3).map(({ entry }) => entry),
        lastAt: items[0]!.at,
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}
