/**
 * The language of a short Latin-script message by the words it shares with the curated entries: "mindestkapital
 * kk?" is too short for the language-identification library, but "mindestkapital" occurs only in German entries.
 * Built once at start from every entry's titles, questions and answers; a word counts only when it occurs in the
 * entries of exactly one language and is not a place name. Japanese is not handled here (its script decides).
 */
import type { Entry } from '../../knowledge/entrySchema';

const WORD = /[\p{Script=Latin}][\p{Script=Latin}'-]{3,}/gu;
const fold = (word: string) => word.normalize('NFKC').toLowerCase();

/** Word → its one language, or null for a word of several languages (see `indexSnapshot.ts`). */
export type VocabularyLanguageState = [string, string | null][];

export class VocabularyLanguage {
  private readonly languagesOf: Map<string, string | null>;

  /**
   * @param entries every curated entry, each in its languages
   * @param placeNames place names of every region, which say nothing about the language ("Düsseldorf")
   * @param prebuilt state saved by {@link exportState} for the same entries and place names: skips the reading
   */
  constructor(entries: readonly Entry[], placeNames: readonly string[], prebuilt?: VocabularyLanguageState) {
    this.languagesOf = new Map(prebuilt);
    if (prebuilt) return;
    const places = new Set(placeNames.map(fold));
    for (const entry of entries) {
      for (const language of entry.languages) {
        if (language === 'ja') continue;
        const content = entry.content[language];
        if (!content) continue;
        for (const match of [content.title, ...content.questions, content.answerMarkdown].join(' ').matchAll(WORD)) {
          const word = fold(match[0]);
          if (places.has(word)) continue;
          const seen = this.languagesOf.get(word);
          if (seen === undefined) this.languagesOf.set(word, language);
          else if (seen !== null && seen !== language) this.languagesOf.set(word, null);
        }
      }
    }
  }

  /** The word table, for the build-time snapshot. */
  exportState(): VocabularyLanguageState {
    return [...this.languagesOf];
  }

  /**
   * The one language the message's words point to, if they all point to one; undefined otherwise.
   * @example
   * vocabulary.languageOf('mindestkapital kk?'); // 'de'
   * vocabulary.languageOf('GmbH Köln'); // undefined (no word of one language only)
   */
  languageOf(text: string): string | undefined {
    const votes = new Set<string>();
    let words = 0;
    let known = 0;
    for (const match of text.matchAll(WORD)) {
      words += 1;
      const language = this.languagesOf.get(fold(match[0]));
      if (language !== undefined) known += 1;
      if (language) votes.add(language);
    }
    // Most words must be ours: a Vietnamese question quoting "Rundfunkbeitrag" is not German.
    return votes.size === 1 && known * 2 >= words ? [...votes][0] : undefined;
  }
}
