/**
 * Identifies the language of one message: the script decides what it can (kana → Japanese, Han without kana →
 * Chinese, Hangul → Korean), and the maintained n-gram library `tinyld` decides among Latin-script languages
 * (chosen on `npm run bench:langid`: best accuracy on short chat messages at 25 MB heap).
 * "Clear" means enough evidence to override a saved preference: a one-word "Hallo" is not clear,
 * "Wie melde ich meinen Wohnsitz in Tokyo an?" is.
 */
import { BoundedCache } from '../cache/boundedCache';
import { isSupportedLanguage } from '../i18n/i18n';
import { detectAll } from 'tinyld';

export interface DetectedLanguage {
  /** ISO 639-1 code, also for languages without curated content (fr, tr, zh, vi, ko, …). */
  language: string | undefined;
  clear: boolean;
  /** True when a mark only one candidate language writes decided ("¿", "¡", "ñ" → Spanish): no vocabulary or phrase hint overrides it. */
  byScript?: boolean;
  /**
   * True when words of the message that our lexicon of that language lists agree with the library's guess of a
   * language we have no content in ("incendio … che numero chiamo?" → Italian): a single word of another language
   * ("numero") does not turn it into that language.
   */
  byOwnWords?: boolean;
  /**
   * True when the guess rests only on words every language of ours shares ("in NRW, a GmbH" → German): clear for a
   * first message, but not against the language the conversation already has.
   */
  weak?: boolean;
}

/**
 * Languages a Latin-script message is told apart among (ISO 639-1). Restricting the candidates keeps short
 * messages from landing on rare languages ("Hallo" → Italian); any code tinyld knows may be added.
 */
export const DEFAULT_CANDIDATE_LANGUAGES: readonly string[] = ['de', 'en', 'fr', 'es', 'tr', 'vi', 'it', 'nl', 'pt', 'pl', 'ru', 'id'];

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/g;
const HAN = /[\u4e00-\u9fff\u3400-\u4dbf]/g;
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff]/g;
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}'’-]*/gu;
/** tinyld's accuracy (0–1) from which a Latin-script guess of a message of two words or more is clear. */
const CLEAR_ACCURACY = 0.3;
/** Below that, a guess of three words or more is still clear when it leads the runner-up by this factor. */
const CLEAR_LEAD = 1.5;

/** A guess of a language we have no UI for needs this many Latin words to be clear ("Kitas in Köln" is not Indonesian). */
const MIN_WORDS_OTHER_LANGUAGE = 4;

const SPANISH_MARK = /[¿¡ñÑ]/u;

/** Han characters beside a Latin-script sentence: at most this share of the letters… */
const MAX_HAN_SHARE = 0.25;
/** …beside at least this many Latin words. */
const MIN_LATIN_WORDS_AROUND_HAN = 6;

/** True when the Han characters (`han` of them) are a name inside a Latin-script sentence, not the message's language. */
function latinSentenceAroundHan(text: string, han: number): boolean {
  const latin = text.match(LATIN_WORD) ?? [];
  const latinLetters = latin.reduce((sum, word) => sum + word.length, 0);
  return latin.length >= MIN_LATIN_WORDS_AROUND_HAN && han / (han + latinLetters) <= MAX_HAN_SHARE;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * @param candidates Latin-script languages to choose among (default {@link DEFAULT_CANDIDATE_LANGUAGES}).
 * @example
 * detectLanguage('Wie melde ich meinen Wohnsitz in Tokyo an?'); // { language: 'de', clear: true }
 * detectLanguage('我想在东京开公司'); // { language: 'zh', clear: true }
 * detectLanguage('Hallo'); // { language: undefined, clear: false }
 */
export function detectLanguage(text: string, candidates: readonly string[] = DEFAULT_CANDIDATE_LANGUAGES): DetectedLanguage {
  // A pure function of its arguments: recent messages ("menu", a button's text, a common question) are not analysed again.
  const { language, clear, byScript } = recentDetections.getOrCompute(`${candidates.join(',')}\u0000${text}`, () => detectUncached(text, candidates));
  return byScript ? { language, clear, byScript } : { language, clear };
}

/** Recent messages whose language was detected. */
const recentDetections = new BoundedCache<DetectedLanguage>(1000);

function detectUncached(text: string, candidates: readonly string[]): DetectedLanguage {
  const kana = count(text, KANA);
  const han = count(text, HAN);
  if (kana > 0) return { language: 'ja', clear: kana + han >= 2 };
  // Japanese is always written with some kana; Han characters alone are Chinese, clearly so when tinyld sees
  // Chinese in them ("我想在东京开公司"). Japanese-only kanji ("税務署 場所") or too little evidence ("渋谷区 保育園")
  // is not clear, so a saved preference or the channel decides.
  // A Latin-script sentence with a place written in Han ("Just landed in 一身田, where's the city office?") is in
  // the language of its sentence.
  if (han >= 2 && !latinSentenceAroundHan(text, han)) {
    const [best] = detectAll(text, { only: ['ja', 'zh'] });
    if (best?.lang === 'ja') return { language: 'ja', clear: false };
    return { language: 'zh', clear: best?.lang === 'zh' && han >= 2 };
  }
  if (count(text, HANGUL) >= 2) return { language: 'ko', clear: true };

  if (han >= 2) text = text.replace(HAN, ' ');
  const words = text.match(LATIN_WORD) ?? [];
  if (words.length === 0) return { language: undefined, clear: false };
  // Only Spanish opens a question or exclamation upside down or writes "ñ" among the candidates: "¿número de
  // ambulancia?" is Spanish however few its words (n-grams take it for French).
  if (SPANISH_MARK.test(text) && candidates.includes('es')) return { language: 'es', clear: words.length >= 2, byScript: true };
  const [best, second] = detectAll(text, { only: [...candidates] });
  if (!best) return { language: undefined, clear: false };
  const leads = words.length >= 3 && best.accuracy >= CLEAR_LEAD * (second?.accuracy ?? 0);
  const enoughWords = words.length >= (isSupportedLanguage(best.lang) ? 2 : MIN_WORDS_OTHER_LANGUAGE);
  return { language: best.lang, clear: enoughWords && (best.accuracy >= CLEAR_ACCURACY || leads) };
}
