/**
 * Guesses the language of one message from its script and its function words.
 * "Clear" means enough evidence to override a saved preference: a one-word German "Hallo" is not clear,
 * "Wie melde ich meinen Wohnsitz an?" is.
 */
export interface DetectedLanguage {
  /** ISO 639-1 code, also for languages without curated content (fr, tr, zh, vi, ko, …). */
  language: string | undefined;
  clear: boolean;
}

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/g;
const HAN = /[\u4e00-\u9fff\u3400-\u4dbf]/g;
const HANGUL = /[\uac00-\ud7af]/g;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi;
const TURKISH = /[ğış]/gi;

/** Function words that hardly occur in the other languages; place names and loan words are left out on purpose. */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  de: new Set('ich du sie wir ihr er es und oder aber der die das dem den des ein eine einen einem einer ist sind bin bist war hat habe haben wie was wo wann warum wer welche welcher nicht kein keine mit für von zu zum zur auf bei nach aus im ins vom am muss kann darf soll möchte brauche gibt mein meine meinen unser unsere bitte danke hallo guten tag ja nein auch noch schon wenn dass man sich mich mir uns kind kinder arzt schule wohnung anmelden anmeldung gründen gründung firma krankenkasse'.split(' ')),
  en: new Set('i you he she we they it and or but the a an of is are am was were has have had how what where when why who which not no with for from to on at in into my our your please thanks thank hello hi do does did can could should need want would there this that these those get find me us child children doctor school apartment register company'.split(' ')),
  fr: new Set('je tu il elle nous vous ils et ou mais le la les un une des du de est sont suis comment quoi où quand pourquoi qui avec pour dans sur mon ma mes notre bonjour merci besoin'.split(' ')),
  es: new Set('yo tú el ella nosotros y o pero el la los las un una es son soy cómo qué dónde cuándo por qué quién con para en mi mis nuestro hola gracias necesito'.split(' ')),
  tr: new Set('ben sen o biz siz ve veya ama bir bu şu nasıl ne nerede neden kim ile için benim merhaba teşekkürler lazım var yok'.split(' ')),
};

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * @example
 * detectLanguage('Wie melde ich meine Wohnung an?'); // { language: 'de', clear: true }
 * detectLanguage('Hallo'); // { language: 'de', clear: false }
 */
export function detectLanguage(text: string): DetectedLanguage {
  const kana = count(text, KANA);
  const han = count(text, HAN);
  if (kana > 0) return { language: 'ja', clear: kana + han >= 2 };
  // Kanji without kana: most often short Japanese ("渋谷区 保育園"); Chinese users get the English fallback either way.
  if (han >= 2) return { language: 'ja', clear: han >= 4 };
  if (count(text, HANGUL) >= 2) return { language: 'ko', clear: true };

  const words = text.toLowerCase().normalize('NFC').match(/[\p{L}']+/gu) ?? [];
  const scores: Record<string, number> = {};
  for (const [language, vocabulary] of Object.entries(FUNCTION_WORDS)) {
    scores[language] = words.filter((word) => vocabulary.has(word)).length;
  }
  scores.de = (scores.de ?? 0) + Math.min(2, count(text, /[äöüß]/gi));
  scores.tr = (scores.tr ?? 0) + Math.min(2, count(text, TURKISH));
  const vietnamese = count(text, VIETNAMESE);
  if (vietnamese >= 2) scores.vi = vietnamese;

  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return { language: undefined, clear: false };
  const margin = best[1] - (second?.[1] ?? 0);
  return { language: best[0], clear: words.length >= 2 && best[1] >= 2 && margin >= 1 && best[1] >= 2 * (second?.[1] ?? 0) };
}
