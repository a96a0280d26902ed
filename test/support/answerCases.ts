/**
 * Single-question answer cases graded like the blind sets (src/knowledge/blindEvaluation.ts): the reply must be a
 * sourced answer containing one alternative of every keyword group and none of the forbidden strings.
 */
import { runBlindSet, type BlindCase } from '../../src/knowledge/blindEvaluation';

/** One question, one fresh conversation, expected to be answered with the facts in `all`. */
export const answerCase = (id: string, lang: string, text: string, all: string[][], none: string[] = []): BlindCase => ({
  id,
  lang,
  turns: [{ text, expect: { kind: 'answer', all, none } }],
});

/**
 * Runs the cases through the service at `baseUrl`.
 * @returns one line per failing case (id, reasons, what the user saw); empty when every case passed
 */
export async function failingCases(baseUrl: string, set: string, cases: BlindCase[]): Promise<string[]> {
  const results = await runBlindSet(baseUrl, { set, cases, file: set });
  return results.filter((result) => !result.pass).map((result) => `${result.id}: ${result.reasons.join('; ')} — ${result.failingReplies.join(' ')}`);
}
