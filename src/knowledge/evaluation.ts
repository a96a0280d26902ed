/**
 * Retrieval evaluation on labelled questions: top-1 / top-3 accuracy per language and per topic, and the share
 * of answers shown in the asker's language. Pure: the caller loads questions and builds the index.
 */
import fs from 'node:fs';
import { composeAnswer } from './answerComposer';
import type { KnowledgeBase } from './loadKnowledge';
import type { KnowledgeSearchIndex } from './searchIndex';

export interface EvalQuestion {
  q: string;
  lang: string;
  /** The region the bot would have resolved (place name or saved context), or null for none. */
  region: string | null;
  expected: string;
  /**
   * Entries added after the question was written that answer it at least as well (a reviewer's decision, e.g. the
   * later `tokyo-founding-duration` for "how long does founding take"); a top hit among them counts as right.
   */
  alsoAccept?: string[];
}

export interface Accuracy {
  count: number;
  top1: number;
  top3: number;
}

export interface EvalReport {
  /** Questions evaluated (those whose expected entry exists). */
  total: Accuracy;
  byLanguage: Record<string, Accuracy>;
  byTopic: Record<string, Accuracy>;
  /** Share of questions answered (not low-confidence) in the asker's own language. */
  ownLanguageAnswerShare: number;
  /** Share answered with the expected entry (confident and right). */
  confidentCorrectShare: number;
  /** Questions skipped because their expected entry does not exist. */
  skipped: EvalQuestion[];
  misses: { question: EvalQuestion; got: string[] }[];
}

/**
 * Reads a questions file (JSON array of {@link EvalQuestion}).
 *
 * @example
 * const questions = loadEvalQuestions('test/eval/questions.tuning.json');
 */
export function loadEvalQuestions<T = EvalQuestion>(file: string): T[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as T[];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of questions`);
  return data;
}

const empty = (): Accuracy => ({ count: 0, top1: 0, top3: 0 });
const add = (a: Accuracy, top1: boolean, top3: boolean) => {
  a.count++;
  if (top1) a.top1++;
  if (top3) a.top3++;
};
const ratio = (a: Accuracy): Accuracy => ({ count: a.count, top1: a.count ? a.top1 / a.count : 0, top3: a.count ? a.top3 / a.count : 0 });

/**
 * Runs every question through `index.search` (with its region) and the answer composer.
 * Accuracies in the report are fractions in [0, 1].
 *
 * @example
 * const report = evaluate(questions, knowledge, index);
 * console.log(report.total.top3);
 */
export function evaluate(
  questions: readonly EvalQuestion[],
  knowledge: KnowledgeBase,
  index: KnowledgeSearchIndex,
  options: { minConfidence?: number | undefined } = {},
): EvalReport {
  const total = empty();
  const byLanguage: Record<string, Accuracy> = {};
  const byTopic: Record<string, Accuracy> = {};
  const skipped: EvalQuestion[] = [];
  const misses: EvalReport['misses'] = [];
  let ownLanguage = 0;
  let confidentCorrect = 0;
  for (const question of questions) {
    const expected = knowledge.byId(question.expected);
    if (!expected) {
      skipped.push(question);
      continue;
    }
    const hits = index.search(question.q, { language: question.lang, region: question.region ?? undefined, limit: 3 });
    const ids = hits.map((h) => h.entryId);
    const accepted = [question.expected, ...(question.alsoAccept ?? [])];
    const top1 = accepted.includes(ids[0]!);
    const top3 = ids.some((id) => accepted.includes(id));
    add(total, top1, top3);
    add((byLanguage[question.lang] ??= empty()), top1, top3);
    add((byTopic[expected.topic] ??= empty()), top1, top3);
    if (!top1) misses.push({ question, got: ids });
    const answer = composeAnswer(hits, knowledge, { language: question.lang, minConfidence: options.minConfidence });
    if (answer.kind === 'answer' && answer.contentLanguage === question.lang) ownLanguage++;
    if (answer.kind === 'answer' && accepted.includes(answer.entryId)) confidentCorrect++;
  }
  const map = (m: Record<string, Accuracy>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, ratio(v)]));
  return {
    total: ratio(total),
    byLanguage: map(byLanguage),
    byTopic: map(byTopic),
    ownLanguageAnswerShare: total.count ? ownLanguage / total.count : 0,
    confidentCorrectShare: total.count ? confidentCorrect / total.count : 0,
    skipped,
    misses,
  };
}

/** A question the knowledge does not cover: the composer should return low-confidence suggestions. */
export interface OutOfScopeQuestion {
  q: string;
  lang: string;
  region: string | null;
}

/**
 * Share of out-of-scope questions for which the composer declines (returns `low-confidence`).
 *
 * @example
 * outOfScopeDeclineShare(loadEvalQuestions('test/eval/questions.outofscope.json'), knowledge, index); // 0.7
 */
export function outOfScopeDeclineShare(
  questions: readonly OutOfScopeQuestion[],
  knowledge: KnowledgeBase,
  index: KnowledgeSearchIndex,
  options: { minConfidence?: number | undefined } = {},
): number {
  if (questions.length === 0) return 0;
  const declined = questions.filter((question) => {
    const hits = index.search(question.q, { language: question.lang, region: question.region ?? undefined, limit: 3 });
    return composeAnswer(hits, knowledge, { language: question.lang, minConfidence: options.minConfidence }).kind === 'low-confidence';
  });
  return declined.length / questions.length;
}
