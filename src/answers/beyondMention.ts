/**
 * "Not only X" asks for more than X: "was brauche ich alles um in tokyo eine firma zu gründen? bitte überblick, nicht
 * nur notar" wants the whole founding, not the notary entry its one subject word would find. The words after "not
 * only / not just / nicht nur / pas seulement / pas que" (and before 「だけじゃなく」) are taken out of the text
 * searched, so the rest of the question chooses the entry. These are recognisers over the text, not user-facing text.
 */

/** "not only X", "nicht nur X", "pas seulement X": X is one or two words up to a clause end, not a phrase ("not only for residents"). */
const LATIN_NOT_ONLY = /(?<![\p{L}\p{N}])(?:not\s+(?:only|just)|nicht\s+(?:nur|bloß|bloss)|pas\s+(?:seulement|que|juste)|non\s+seulement)\s+(?!(?:for|für|pour|in|at|à|en|to|zu|of|von|de|if|wenn|si)\s)((?:(?:the|a|an|der|die|das|den|dem|le|la|les|l'|un|une|des|du)\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?)(?=\s*(?:[,.;!?)]|$|\s+(?:but|sondern|mais|and|und|et)\b))/giu;
/** 「公証人だけじゃなくて」「公証人だけでなく」: the word before だけ (kana, kanji or Latin). */
const JAPANESE_NOT_ONLY = /([\p{Script=Han}\p{Script=Katakana}\p{L}ー]+?)(?:の)?だけ(?:じゃなく|でなく|ではなく)/gu;

/**
 * The text without the words it says it wants more than; the same text when it says no such thing.
 * @example
 * withoutNotOnly('eine firma gründen? bitte überblick, nicht nur notar'); // 'eine firma gründen? bitte überblick, nicht nur '
 * withoutNotOnly('公証人だけじゃなくて全体の流れを知りたい'); // 'だけじゃなくて全体の流れを知りたい'
 */
export function withoutNotOnly(text: string): string {
  return text.replace(LATIN_NOT_ONLY, (match, words: string) => match.slice(0, match.length - words.length)).replace(JAPANESE_NOT_ONLY, (match, word: string) => match.slice(word.length));
}
