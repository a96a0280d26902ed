/**
 * The advice line that fits an emergency message, beside the emergency numbers: "夜に子どもが熱…救急車呼ぶべき？" needs
 * #8000 and #7119 in Tokyo, 116117 in NRW, "Mie Kodomo Iryō Dial" #8000 in Tsu, not only 119/112. Chosen from the
 * knowledge, never written here: the candidates are the list lines of the region's emergency entry below its summary
 * and the opening paragraphs of the entries it lists as `related` (after-hours lines, a sick child at night). The one
 * sharing most words with the message wins (words of a related entry's title count twice), counting only words the
 * summary already shown and the emergency entry's title do not contain and that not every candidate contains: "quels
 * sont les numéros d'urgence en Suisse ?" gets the numbers alone, not Geneva's non-emergency line beside them.
 */
import type { Entry } from '../knowledge/entrySchema';

export interface EmergencyAdvice {
  /** The advice text (one line or paragraph, markdown), in the content language. */
  text: string;
  /** The entry it comes from (its sources are cited with the reply). */
  entry: Entry;
}

/** Splits text into analysed terms (the search index's analyzer, without bigrams). */
export type Analyze = (text: string, language: string) => string[];

/** The opening paragraph of an answer: the sentences that answer the question with the number. */
function leadOf(markdown: string): string {
  return markdown.trim().split(/\n\s*\n/)[0]!.trim();
}

/** The list lines of an answer ("- A child ill at night: #8000 …"). */
function listLinesOf(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^\s*[-*]\s+/.test(line)).map((line) => line.trim());
}

/**
 * @param emergency the region's `<region>-emergency-numbers` entry
 * @param related its `related` entries that exist
 * @param language the content language of the reply
 * @param signal the words that made the message an emergency ("swallowed battery"): they weigh twice, so a swallowed
 *   button battery calls for the poisoning line rather than the public phone's "red button"
 * @returns the best advice, or undefined when nothing beyond the summary matches the message
 */
export function emergencyAdvice(emergency: Entry, related: readonly Entry[], text: string, language: string, analyze: Analyze, signal = ''): EmergencyAdvice | undefined {
  const contentOf = (entry: Entry) => entry.content[language] ?? entry.content.en;
  const lang = emergency.content[language] ? language : 'en';
  // What the summary shows and what the entry's title names ("numéros d'urgence en Suisse") is asked for by any
  // emergency message: only the words beyond them call for an advice line.
  const shown = new Set([...analyze(contentOf(emergency).summary, lang), ...analyze(contentOf(emergency).title, lang)]);
  const asked = new Set(analyze(text, lang).filter((term) => !shown.has(term)));
  if (asked.size === 0) return undefined;
  const candidates: EmergencyAdvice[] = [
    ...related.map((entry) => ({ entry, text: leadOf(contentOf(entry).answerMarkdown) })),
    ...listLinesOf(contentOf(emergency).answerMarkdown).map((line) => ({ entry: emergency, text: line })),
  ];
  const signalTerms = new Set(analyze(signal, lang));
  const termsOf = candidates.map((advice) => new Set(analyze(advice.text, lang)));
  const titleTermsOf = candidates.map((advice) => new Set(advice.entry === emergency ? [] : analyze(contentOf(advice.entry).title, lang)));
  let best: { advice: EmergencyAdvice; score: number } | undefined;
  candidates.forEach((advice, i) => {
    // Words every candidate shares ("Tokyo") say nothing about which one was asked; a word of the title counts twice
    // ("Child sick at night (#8000, #7119)" says what its lead is about).
    const shared = [...asked].filter((term) => (termsOf[i]!.has(term) || titleTermsOf[i]!.has(term)) && !termsOf.every((terms) => terms.has(term)));
    const score = shared.length + shared.filter((term) => titleTermsOf[i]!.has(term)).length + shared.filter((term) => signalTerms.has(term)).length;
    if (score > 0 && (!best || score > best.score)) best = { advice, score };
  });
  return best?.advice;
}
