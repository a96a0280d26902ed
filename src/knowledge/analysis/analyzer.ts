/**
 * Per-language analysis: text → index terms. The same functions run at index and at query time.
 * - ja: Intl.Segmenter words (minus particles) + character bigrams of kanji runs (recall for unsegmented compounds).
 * - de: fold (case, umlaut spellings, ß), stop words, compound split against the index vocabulary, CISTEM-light stem.
 * - en: fold, stop words, light stem.
 * Japanese script inside a German/English text (and Latin inside Japanese) is analysed with the matching script's rules.
 */
import { CompoundSplitter } from './compounds';
import { separableVerbStems } from './separableVerbs';
import { verbalNounCandidates } from './verbalNouns';
import { withoutTimeExpressions } from './timeExpressions';
import { withFrenchIdioms } from './frenchIdioms';
import { stemFrenchEnding } from './frenchStem';
import { CJK_CHAR, basicFold, bigrams, germanFold, kanjiRuns, stripMarkdown } from './normalize';
import { stemEnglish, stemGerman } from './stemmers';
import { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS, JAPANESE_GENERIC_VERBS, JAPANESE_STOP_WORDS } from './stopwords';

/** Languages with their own analysis; others are analysed as English (Latin) / Japanese (CJK). */
export type AnalysisLanguage = 'ja' | 'de' | 'en';

export interface AnalyzeOptions {
  /** German compound splitter built from the index vocabulary. */
  compounds?: CompoundSplitter | undefined;
  /** Split German question words whose leading part only is known ({@link CompoundSplitter.splitQueryWord}). */
  query?: boolean | undefined;
  /** Add character bigrams of kanji runs (default true). Documents keep them in a separate, low-boost field. */
  bigrams?: boolean | undefined;
  /** French text: French endings are stemmed too (set by {@link analyze} for language 'fr'). */
  french?: boolean | undefined;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const HIRAGANA_ONLY = /^[\u3040-\u309f\u30fc]+$/u;
const LATIN_WORD = /[\p{L}\p{N}]+(?:'[a-z]+)?/gu;
/** Alternating runs of CJK (with digits/Latin glued inside, e.g. "NRW州") and of other text. */
const SCRIPT_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc々〆ヶ]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc々〆ヶ]+/gu;

/**
 * The analysis language for any language code (unknown → 'en').
 *
 * @example
 * analysisLanguageOf('fr'); // 'en'
 */
export function analysisLanguageOf(language: string): AnalysisLanguage {
  return language === 'ja' || language === 'de' ? language : 'en';
}

/**
 * Folded surface words of a Latin text for `language` (no stop-word removal, no stemming):
 * the vocabulary used by {@link CompoundSplitter}.
 *
 * @example
 * latinWords('Die Krankenversicherung', 'de'); // ['die', 'krankenversicherung']
 */
export function latinWords(text: string, language: AnalysisLanguage): string[] {
  const folded = basicFold(stripMarkdown(text));
  const words = folded.match(LATIN_WORD) ?? [];
  return words.filter((w) => !CJK_CHAR.test(w)).map((w) => (language === 'de' ? germanFold(w) : w));
}

const FRENCH_ELISION = /^(?:[lcdjnmst]|qu)'(?=\p{L})/u;

function latinTerms(word: string, language: AnalysisLanguage, options: AnalyzeOptions): string[] {
  if (language === 'de') {
    const w = germanFold(word);
    if (GERMAN_STOP_WORDS.has(w) || (w.length < 2 && !/\d/.test(w))) return [];
    const compounds = options.compounds;
    if (!compounds) return [stemGerman(w)];
    if (!options.query) return [stemGerman(w), ...compounds.split(w).map(stemGerman)];
    // A question's compound that no entry uses counts by its parts only: the whole word would weigh as an unknown term.
    const parts = compounds.splitQueryWord(w).map(stemGerman);
    const whole = stemGerman(w);
    // A participle also searches its verb's noun when the entries use it ("krankenversichert" → "krankenversicherung").
    const noun = verbalNounCandidates(w).find((candidate) => compounds.hasStem(stemGerman(candidate)));
    const terms = parts.length > 0 && !compounds.hasStem(whole) ? parts : [whole, ...parts];
    return noun && !terms.includes(stemGerman(noun)) ? [...terms, stemGerman(noun)] : terms;
  }
  // French elision ("l'assurance", "d'arrivée", "qu'est"): the word is what follows the apostrophe.
  const w = word.replace(FRENCH_ELISION, '').replace(/'/g, '');
  // A stop word with a contracted "is" or "has" ("what's", "there's", "it's") is still a stop word.
  const contracted = word.endsWith("'s") ? word.slice(0, -2) : undefined;
  if (ENGLISH_STOP_WORDS.has(word) || ENGLISH_STOP_WORDS.has(w) || (contracted !== undefined && ENGLISH_STOP_WORDS.has(contracted)) || (w.length < 2 && !/\d/.test(w))) return [];
  return [options.french ? stemFrenchEnding(stemEnglish(w)) : stemEnglish(w)];
}

function japaneseTerms(segment: string): string[] {
  if (JAPANESE_STOP_WORDS.has(segment)) return [];
  if (HIRAGANA_ONLY.test(segment) && [...segment].length < 2) return [];
  return [segment];
}

/**
 * Analyses `text` into index/query terms for `language`.
 *
 * @example
 * analyze('Wo ist die Krankenkasse?', 'de'); // ['krankenkass'] (+ compound parts when a splitter is given)
 * analyze('健康保険に入りたい', 'ja');        // ['健康', '保険', '入り', '健康保険' bigrams …]
 */
export function analyze(text: string, language: string, options: AnalyzeOptions = {}): string[] {
  const lang = analysisLanguageOf(language);
  if (language === 'fr' && !options.french) options = { ...options, french: true };
  // A question's "last week" says when, not what: removed before analysis (entries keep theirs).
  const plain = lang === 'en' ? withFrenchIdioms(basicFold(stripMarkdown(text))) : basicFold(stripMarkdown(text));
  const folded = options.query ? withoutTimeExpressions(plain) : plain;
  const terms: string[] = [];
  // The text the kanji runs are taken from: a generic verb's kanji ("学校探し" → "学校 し") neither joins the run
  // before it nor makes bigrams with it ("校探").
  const stopSpans: [number, number][] = [];
  // Latin inside Japanese text is analysed as English.
  const latinLanguage: AnalysisLanguage = lang === 'ja' ? 'en' : lang;
  // Only CJK runs go through Intl.Segmenter (it is slow on long Latin text); Latin runs are split by a regex.
  for (const { 0: run, index: runAt } of folded.matchAll(SCRIPT_RUN)) {
    if (CJK_CHAR.test(run)) {
      for (const { segment, isWordLike, index } of segmenter.segment(run)) {
        if (!isWordLike) continue;
        if (CJK_CHAR.test(segment)) {
          if (JAPANESE_GENERIC_VERBS.has(segment)) stopSpans.push([runAt + index, runAt + index + segment.length]);
          else terms.push(...japaneseTerms(segment));
        }
        else for (const word of segment.match(LATIN_WORD) ?? []) terms.push(...latinTerms(word, latinLanguage, options));
      }
    } else {
      for (const word of run.match(LATIN_WORD) ?? []) terms.push(...latinTerms(word, latinLanguage, options));
    }
  }
  // A German question's separable verb ("melde … an" → "anmeld"): the particle ends the clause, apart from its verb.
  if (lang === 'de' && options.query && options.compounds) terms.push(...separableVerbStems(folded, options.compounds).filter((stem) => !terms.includes(stem)));
  const emitted = new Set(terms);
  let kanjiText = folded;
  for (const [start, end] of stopSpans) kanjiText = `${kanjiText.slice(0, start)}${' '.repeat(end - start)}${kanjiText.slice(end)}`;
  for (const run of kanjiRuns(kanjiText)) {
    // Bigrams for recall on compounds the segmenter splits differently; the whole run because "住民票" may be
    // segmented "住民|票". Nothing is emitted twice for one run.
    const withBigrams = options.bigrams ?? true;
    const extra = withBigrams && [...run].length > 2 ? [...bigrams(run), run] : [run];
    for (const term of extra) {
      if (!emitted.has(term)) terms.push(term);
      emitted.add(term);
    }
  }
  return terms.filter((t) => t.length > 0);
}

/**
 * The "-ung" nouns a German question's participles stand for, as words the entries use ("bin ich krankenversichert"
 * → "krankenversicherung"): the search also looks up their synonyms, as if the question had named the noun.
 *
 * @example
 * verbalNounsOf('bin ich krankenversichert?', splitter); // ['krankenversicherung']
 */
export function verbalNounsOf(text: string, compounds: CompoundSplitter): string[] {
  const nouns = latinWords(text, 'de').flatMap((word) => verbalNounCandidates(word).find((candidate) => compounds.hasStem(stemGerman(candidate))) ?? []);
  return [...new Set(nouns)];
}

/**
 * The known parts of a German question's compounds that no entry uses ("müllsortierung" → "mull", "sortierung"),
 * as analysed terms: what the search looks such a word up by (see {@link CompoundSplitter.splitQueryWord}).
 *
 * @example
 * unknownCompoundParts('müllsortierung?', splitter); // ['mull', 'sortierung']
 */
export function unknownCompoundParts(text: string, compounds: CompoundSplitter): string[] {
  const parts = latinWords(text, 'de')
    .filter((word) => !GERMAN_STOP_WORDS.has(word) && !compounds.hasStem(stemGerman(word)))
    .flatMap((word) => compounds.splitQueryWord(word).map(stemGerman));
  return [...new Set(parts)];
}

/**
 * Only the kanji-run bigrams of a text (the documents' low-boost `grams` field).
 *
 * @example
 * kanjiBigrams('東京都の住民票'); // ['東京', '京都', '住民', '民票']
 */
export function kanjiBigrams(text: string): string[] {
  return kanjiRuns(basicFold(stripMarkdown(text))).flatMap((run) => ([...run].length > 2 ? bigrams(run) : []));
}
