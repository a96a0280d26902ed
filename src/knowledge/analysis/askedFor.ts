/**
 * The word a question asks for: the noun after an interrogative determiner ("welches **Visum** für KK-Gründer",
 * "which **visa** for a KK founder", "quel **visa** pour …", "どの**ビザ**"). The other words only qualify it: a visa
 * question about KK founders is about the visa, not about the KK's capital. The search weighs this word more.
 */

/** Interrogative determiners (folded, see `basicFold`), followed by the word asked for, per script. */
const LATIN = /(?<![\p{L}])(?:welche[nmrs]?|which|what|quel(?:le)?s?)\s+(?:(?:kind|type|sort)\s+of\s+|(?:art|sorte|type)\s+(?:von\s+|de\s+|d')?)?([\p{L}][\p{L}\p{N}'-]*)/gu;
const JAPANESE = /(?:どの|どんな|何の|なんの)([\u30a0-\u30ff\u4e00-\u9fff]+)/gu;

/**
 * The words a question asks for (surface forms, folded; analyse them like the question).
 *
 * @param folded the question after `basicFold`
 * @example
 * askedForWords('welches visum fur kk grunder'); // ['visum']
 */
export function askedForWords(folded: string): string[] {
  return [...[...folded.matchAll(LATIN)].map((match) => match[1]!), ...[...folded.matchAll(JAPANESE)].map((match) => match[1]!)];
}
