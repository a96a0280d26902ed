/**
 * The language of a short Latin-script message by the words it shares with our own content: "mindestkapital kk?" is
 * too short for the language-identification library, and "gibts ne deutsche schule in tokyo?" fools it (English),
 * but "deutsche" and "schule" are words of the German entries. Built once at start from every entry's titles,
 * questions and answers (de, en, fr: how often each word occurs in each language), the lexicons' words
 * (knowledge/lexicon: es, tr, vi, …) and the small-talk phrases (intents.json). Place and country names say nothing
 * about the language and are left out; words used in every language ("GmbH", "Kita", "SAS") split their vote.
 * Japanese is not handled here (its script decides).
 */
import type { Entry } from '../../knowledge/entrySchema';
import { foldLexiconText } from '../../knowledge/lexicon';
import { compoundHeads, spellingVariants } from './wordVariants';
import { SharedMaps } from '../../cache/sharedMaps';

const WORD = /[\p{Script=Latin}][\p{Script=Latin}'-]+/gu;
/** Words of this length or more count for {@link VocabularyLanguage.languageOf} (the older, stricter vote). */
const LONG_WORD = 4;
/** A word is decisive for a language that has at least this share of its occurrences (see {@link VocabularyLanguage.scores}). */
const DECISIVE_SHARE = 0.8;
/** A word known only from a lexicon or the small-talk phrases weighs as if it occurred this often per word of text. */
const LISTED_WORD_FREQUENCY = 2e-4;

export interface VocabularySources {
  entries: readonly Entry[];
  /** Place and country names of every region, which say nothing about the language ("Düsseldorf", "Deutschland"). */
  placeNames: readonly string[];
  /** Further words per language (lexicon words, small-talk phrases); each phrase is split into words. */
  listedWords?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** The word table as plain JSON: `[word, [language, relative frequency][]][]` (see `indexSnapshot.ts`). */
export type VocabularyLanguageState = [string, [string, number][]][];

export class VocabularyLanguage {
  /**
   * word → language → relative frequency (occurrences per word of that language's text). Words of the same
   * frequencies share one Map ({@link SharedMaps}), so the inner Maps are read-only once built.
   */
  private readonly frequency = new Map<string, ReadonlyMap<string, number>>();
  /** Folded words of place and country names. */
  private readonly places: Set<string>;

  /**
   * @param entries every curated entry, each in its languages (or the full sources)
   * @param placeNames place names of every region
   * @param prebuilt state saved by {@link exportState} for the same sources: skips reading the entries
   */
  constructor(entries: readonly Entry[] | VocabularySources, placeNames: readonly string[] = [], prebuilt?: VocabularyLanguageState) {
    const sources: VocabularySources = Array.isArray(entries) ? { entries: entries as readonly Entry[], placeNames } : (entries as VocabularySources);
    // One-word names only: the parts of "Le Grand-Saconnex" or "Kita City" ("le", "kita") are words of a language.
    this.places = new Set(sources.placeNames.map(foldLexiconText).filter((name) => !/\s/.test(name)));
    const maps = new SharedMaps<string>();
    if (prebuilt) {
      for (const [word, perLanguage] of prebuilt) this.frequency.set(word, maps.of(perLanguage));
      return;
    }
    // Built in `building` (the listed words add to a word's Map), then shared.
    const building = new Map<string, Map<string, number>>();
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    const folded = new Map<string, string>();
    for (const entry of sources.entries) {
      for (const language of entry.languages) {
        if (language === 'ja') continue;
        const content = entry.content[language];
        if (!content) continue;
        const words = [content.title, ...content.questions, content.summary].join(' ').match(WORD) ?? [];
        totals.set(language, (totals.get(language) ?? 0) + words.length);
        for (const raw of words) {
          // Folding is the cost of start-up: each distinct spelling is folded once.
          let word = folded.get(raw);
          if (word === undefined) folded.set(raw, (word = foldLexiconText(raw)));
          if (this.places.has(word)) continue;
          let perLanguage = counts.get(word);
          if (!perLanguage) counts.set(word, (perLanguage = new Map<string, number>()));
          perLanguage.set(language, (perLanguage.get(language) ?? 0) + 1);
        }
      }
    }
    for (const [word, perLanguage] of counts) {
      building.set(word, new Map([...perLanguage].map(([language, count]) => [language, count / totals.get(language)!])));
    }
    for (const [language, words] of Object.entries(sources.listedWords ?? {})) {
      for (const phrase of words) {
        for (const match of phrase.matchAll(WORD)) {
          const word = foldLexiconText(match[0]);
          if (this.places.has(word)) continue;
          const perLanguage = building.get(word) ?? new Map<string, number>();
          building.set(word, perLanguage);
          if (!perLanguage.has(language)) perLanguage.set(language, LISTED_WORD_FREQUENCY);
        }
      }
    }
    for (const [word, perLanguage] of building) this.frequency.set(word, maps.of(perLanguage));
  }

  /** The word table, for the build-time snapshot. */
  exportState(): VocabularyLanguageState {
    return [...this.frequency].map(([word, perLanguage]) => [word, [...perLanguage]]);
  }

  /**
   * The languages of a folded word: as typed, else as another spelling or inflection of a known word ("muelltrennung",
   * "impfung"), else as a compound whose longest known head is a word of ours ("krankenkassenwechsel" → "wechsel").
   */
  private lookup(word: string): ReadonlyMap<string, number> | undefined {
    const exact = this.frequency.get(word);
    if (exact) return exact;
    for (const variant of spellingVariants(word)) {
      const known = this.frequency.get(variant);
      if (known) return known;
    }
    for (const head of compoundHeads(word)) {
      const known = this.frequency.get(head);
      if (known) return known;
    }
    return undefined;
  }

  /**
   * Each known word of the message votes 1 in all, shared among the languages it occurs in by how often it occurs
   * in each ("in": German and English; "deutsche": mostly German, though English entries name the Deutsche Schule).
   * A word of {@link LONG_WORD} letters or more that one language has almost to itself (share ≥ {@link DECISIVE_SHARE})
   * is also listed under `decisive` for that language ("stammkapital", "mindestlohn", "muelltrennung" → de).
   * @returns language → votes (sum ≤ the number of known words), how many Latin words were known and seen, and the
   *   decisive words per language
   * @example
   * vocabulary.scores('danke dir!'); // { votes: { de: 2 }, known: 2, words: 2, decisive: { de: ['danke'] } }
   */
  scores(text: string): { votes: Record<string, number>; known: number; words: number; decisive: Record<string, string[]> } {
    const votes: Record<string, number> = {};
    const decisive: Record<string, string[]> = {};
    let known = 0;
    let words = 0;
    for (const match of text.matchAll(WORD)) {
      const word = foldLexiconText(match[0]);
      if (this.places.has(word)) continue;
      words += 1;
      const perLanguage = this.lookup(word);
      if (!perLanguage) continue;
      known += 1;
      // Summed in the map's order from 0, as a reduce over its values would (no array per word).
      let sum = 0;
      for (const frequency of perLanguage.values()) sum += frequency;
      for (const [language, frequency] of perLanguage) {
        votes[language] = (votes[language] ?? 0) + frequency / sum;
        if (word.length >= LONG_WORD && frequency / sum >= DECISIVE_SHARE) (decisive[language] ??= []).push(word);
      }
    }
    return { votes, known, words, decisive };
  }

  /**
   * The one language the message's longer words point to, if they all point to one; undefined otherwise.
   * @example
   * vocabulary.languageOf('mindestkapital kk?'); // 'de'
   * vocabulary.languageOf('GmbH Köln'); // undefined (no word of one language only)
   */
  languageOf(text: string): string | undefined {
    const votes = new Set<string>();
    let words = 0;
    let known = 0;
    for (const match of text.matchAll(WORD)) {
      if (match[0].length < LONG_WORD) continue;
      const word = foldLexiconText(match[0]);
      if (this.places.has(word)) continue;
      words += 1;
      const perLanguage = this.lookup(word);
      if (!perLanguage) continue;
      const contentLanguages = [...perLanguage.keys()];
      known += 1;
      if (contentLanguages.length === 1) votes.add(contentLanguages[0]!);
      else votes.add('');
    }
    votes.delete('');
    // Most words must be ours: a Vietnamese question quoting "Rundfunkbeitrag" is not German.
    return votes.size === 1 && known * 2 >= words ? [...votes][0] : undefined;
  }
}
