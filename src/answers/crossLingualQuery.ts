/**
 * A question in a language without curated content here ("도쿄에서 주식회사 설립 최소 자본금은?", "cuánto cuesta el
 * Deutschlandticket") as an English query: the lexicon's English terms for its domain words, plus what every
 * language shares with ours (GmbH, Kita, Deutschlandticket, numbers). The English index is searched with it, and
 * the region inference reads it.
 */
import type { Lexicon } from '../knowledge/lexicon';

/**
 * Words a message shares with every language: Latin words written with a capital (names, terms such as GmbH,
 * Business Manager, Rundfunkbeitrag) and numbers.
 */
export function sharedTerms(text: string): string {
  return (text.match(/\p{Script=Latin}[\p{Script=Latin}\p{N}'’-]*|\p{N}+/gu) ?? [])
    .filter((word) => /^[\p{Lu}\p{N}]/u.test(word) || /\p{Lu}/u.test(word.slice(1)))
    .join(' ');
}

export interface CrossLingualQuery {
  /** The English query (translated terms, then shared terms); empty when nothing is usable. */
  text: string;
  /** Whether the lexicon translated at least one word. */
  translated: boolean;
}

/**
 * @param language the language the message is written in (ISO 639-1)
 * @example
 * crossLingualQuery('cuánto cuesta el Deutschlandticket', 'es', lexicon); // { text: 'cost price fee Deutschlandticket', translated: true }
 */
export function crossLingualQuery(text: string, language: string, lexicon: Lexicon | undefined): CrossLingualQuery {
  const translated = lexicon?.englishTerms(text, language) ?? [];
  return { text: [...translated, sharedTerms(text)].join(' ').trim(), translated: translated.length > 0 };
}
