/**
 * The language of a message from two kinds of evidence: the script and the n-gram library (`detectLanguage`), and
 * the words it shares with our own content per language ({@link VocabularyLanguage}). The library is fooled by
 * short chat messages full of names and loanwords ("gibts ne deutsche schule in tokyo?" → English, "SARL ou SAS pour
 * la filiale d'une PME de Tsu à Paris ?" → English, "register arrival in geneva deadline" → French); the words
 * decide when they clearly point to one language.
 */
import { isSupportedLanguage } from '../i18n/i18n';
import { detectLanguage, type DetectedLanguage } from './languageDetector';
import type { VocabularyLanguage } from './understanding/vocabularyLanguage';

/** The vocabulary overrides the library when its leading language has at least this many votes… */
const MIN_VOTES = 1;
/** …and this many times the runner-up's. */
const MIN_LEAD = 2;
/** The library's guess weighs as this many votes. */
const LIBRARY_WEIGHT = 0.5;
/** Votes enough for the vocabulary to override the library when every decisive word is of the leading language. */
const MIN_DECISIVE_VOTES = 0.8;
/** A one-word message ("mindestlohn tokio", "muelltrennung?") is clear when its word is decisive and this long. */
const MIN_CLEAR_SINGLE_WORD = 8;
/** A language we have no UI for needs this many words (as in `detectLanguage`). */
const MIN_WORDS_OTHER_LANGUAGE = 4;

/** Japanese text beside a Latin-script sentence: at most this share of the letters… */
const MAX_JAPANESE_SHARE = 0.25;
/** …beside at least this many words of one language of ours, each of that language only. */
const MIN_LATIN_SENTENCE_WORDS = 4;
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/gu;
const LETTER = /\p{L}/gu;

/**
 * The language of the Latin-script sentence a few Japanese characters sit in, or undefined when the message is
 * Japanese: the Japanese makes at most {@link MAX_JAPANESE_SHARE} of its letters and the rest has at least
 * {@link MIN_LATIN_SENTENCE_WORDS} words that only one language of ours uses, all of the same language.
 */
function latinSentenceAround(text: string, vocabulary: VocabularyLanguage): DetectedLanguage | undefined {
  const japanese = text.match(JAPANESE)?.length ?? 0;
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0 || japanese / letters > MAX_JAPANESE_SHARE) return undefined;
  const { decisive } = vocabulary.scores(text.replace(JAPANESE, ' '));
  const languages = Object.keys(decisive);
  if (languages.length !== 1 || !isSupportedLanguage(languages[0]!)) return undefined;
  return new Set(decisive[languages[0]!]).size >= MIN_LATIN_SENTENCE_WORDS ? { language: languages[0]!, clear: true } : undefined;
}

/**
 * @example
 * decideLanguage('gibts ne deutsche schule in tokyo?', vocabulary); // { language: 'de', clear: true }
 * decideLanguage('danke dir!', vocabulary); // { language: 'de', clear: true }
 * decideLanguage('Stammkapital GmbH in Düsseldorf?', vocabulary); // { language: 'de', clear: true } ("gmbh", "in" are shared)
 * decideLanguage('muelltrennung tokio', vocabulary); // { language: 'de', clear: true } (one long German-only word)
 */
export function decideLanguage(text: string, vocabulary: VocabularyLanguage | undefined): DetectedLanguage {
  const detected = detectLanguage(text);
  // A sentence of another language with a Japanese word or particle in it ("Tokioで株式会社 gründen – wer hilft bei den
  // ersten schritten?") is in that language; "Kölnで会社を作りたい" stays Japanese.
  if (vocabulary && detected.language === 'ja') return latinSentenceAround(text, vocabulary) ?? detected;
  // Kana, Han and Hangul are decided by the script.
  if (!vocabulary || detected.byScript || detected.language === 'ja' || detected.language === 'zh' || detected.language === 'ko') return detected;
  const { votes, words, decisive } = vocabulary.scores(text);
  if (detected.language) votes[detected.language] = (votes[detected.language] ?? 0) + LIBRARY_WEIGHT * (detected.clear ? 1 : 0.5);
  const [first, second] = Object.entries(votes).sort((a, b) => b[1] - a[1]);
  if (!first) return detected;
  const [language] = first;
  // Words shared by several languages ("gmbh", "in", "kita") dilute the lead; when every word that belongs to one
  // language belongs to the leading one, it decides ("Stammkapital GmbH in Düsseldorf?").
  const decisiveLanguages = Object.keys(decisive);
  const onlyDecisive = decisiveLanguages.length === 1 && decisiveLanguages[0] === language && first[1] >= MIN_DECISIVE_VOTES;
  if (!onlyDecisive && (first[1] < MIN_VOTES || first[1] < MIN_LEAD * (second?.[1] ?? 0))) {
    // Words of ours that every language shares ("in", "NRW", "GmbH") and nothing else: the library's guess from
    // them ("in NRW, a GmbH" → German) does not outweigh the conversation's language (see `resolveLanguage`).
    // When those shared words lean to another language of ours than the library's guess, also one of ours
    // ("ambulance number in tsu, mie??": the library says French, "number" leans English), neither decides: the
    // conversation's or the channel's does. A guess of a language we have no content in stays as it is.
    if (!(detected.clear && words > 0 && decisiveLanguages.length === 0)) return detected;
    const disagree = language !== detected.language && isSupportedLanguage(language) && isSupportedLanguage(detected.language);
    return disagree ? { ...detected, clear: false } : { ...detected, weak: true };
  }
  const single = words === 1 && onlyDecisive && (decisive[language] ?? []).some((word) => word.length >= MIN_CLEAR_SINGLE_WORD);
  if (language === detected.language) {
    const clear = detected.clear || words >= 2 || single;
    // The library and the lexicon's words agree on a language we have no content in: no hint of ours overrides it.
    const ownWords = clear && !isSupportedLanguage(language) && first[1] - LIBRARY_WEIGHT >= MIN_VOTES;
    return ownWords ? { language, clear, byOwnWords: true } : { language, clear };
  }
  // A language we have no UI for is clear only from a few words on ("Kitas in Köln" is no Indonesian).
  return { language, clear: words >= (isSupportedLanguage(language) ? 2 : MIN_WORDS_OTHER_LANGUAGE) || (single && isSupportedLanguage(language)) };
}
