/**
 * A question in a language without curated content here ("도쿄에서 주식회사 설립 최소 자본금은?", "cuánto cuesta el
 * Deutschlandticket") as an English query: the lexicon's English terms for its domain words, plus what every
 * language shares with ours (GmbH, Kita, Deutschlandticket, numbers). The English index is searched with it, and
 * the region inference reads it.
 */
import type { Lexicon } from '../knowledge/lexicon';

/** A word at the start of the message or of a sentence, capitalised only because of where it stands ("Quanto", "Con"). */
const SENTENCE_START = /(?:^|[.!?¿¡。？！]\s*)$/u;
const TITLE_CASE = /^\p{Lu}[\p{Ll}'’-]*$/u;
/** A case ending or possessive after an apostrophe at a word's end ("'de", "'da", "'nın", "'s"). */
const NAME_SUFFIX = /['’]\p{Ll}{1,5}$/u;
/** A word in lower case is shared only from this many letters on ("deutschlandticket", "dortmund"; not "para", "em"). */
const LOWER_CASE_SHARED_MIN = 5;

/**
 * Words a message shares with every language: Latin words written with a capital (names, terms such as GmbH,
 * Business Manager, Rundfunkbeitrag), words of 5+ letters in lower case that our English content uses
 * ("deutschlandticket"; only with `known`), and numbers. A word capitalised only because it starts a sentence ("Quanto tempo
 * …", "Con tôi …") counts only when `known` says our content uses it ("Kita in Köln?"): otherwise it is an ordinary word
 * of the asker's language, and an unknown word makes the question look vaguer than it is.
 * @param known whether our English content uses a word; without it, sentence-initial words are kept
 */
export function sharedTerms(text: string, known?: (word: string) => boolean): string {
  const shared: string[] = [];
  for (const match of text.matchAll(/\p{Script=Latin}[\p{Script=Latin}\p{N}'’-]*|\p{N}+/gu)) {
    // A name with a case ending after an apostrophe is the name ("Köln'de", "Tokyo'da" in Turkish; "Tokyo's").
    const word = match[0].replace(NAME_SUFFIX, '');
    // Typed in lower case, as on LINE ("quanto custa o deutschlandticket?"): a word our English content uses is shared
    // when it is long enough not to be a short word of the asker's own language that happens to be spelt alike.
    if (!/^[\p{Lu}\p{N}]/u.test(word) && !/\p{Lu}/u.test(word.slice(1))) {
      if (known && [...word].length >= LOWER_CASE_SHARED_MIN && known(word)) shared.push(word);
      continue;
    }
    if (known && TITLE_CASE.test(word) && SENTENCE_START.test(text.slice(0, match.index)) && !known(word)) continue;
    shared.push(word);
  }
  return shared.join(' ');
}

export interface CrossLingualQuery {
  /** The English query (translated terms, then shared terms); empty when nothing is usable. */
  text: string;
  /** Whether the lexicon translated at least one word. */
  translated: boolean;
}

/**
 * @param language the language the message is written in (ISO 639-1)
 * @param known whether our English content uses a word (see {@link sharedTerms})
 * @example
 * crossLingualQuery('cuánto cuesta el Deutschlandticket', 'es', lexicon); // { text: 'cost price fee Deutschlandticket', translated: true }
 */
export function crossLingualQuery(text: string, language: string, lexicon: Lexicon | undefined, known?: (word: string) => boolean): CrossLingualQuery {
  const translated = lexicon?.englishTerms(text, language) ?? [];
  return { text: [...translated, sharedTerms(text, known)].join(' ').trim(), translated: translated.length > 0 };
}
