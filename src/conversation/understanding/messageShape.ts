/** Surface features of a chat message the understanding step needs: folded words, emoji-only, length. */

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f]/gu;
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** A long-vowel mark or wave dash after hiragana is chat elongation ("おはよー", "ありがと〜"), not part of the word. */
const KANA_ELONGATION = /([\u3041-\u309f])[ー〜～~]+/gu;
/** A letter typed three times or more is elongation too ("hiii", "heyyy", "dankeee"). */
const REPEATED_LETTER = /(\p{L})\1{2,}/gu;

/**
 * Lower-case, width-folded text without punctuation, symbols, emoji or chat elongation, single-spaced.
 * @example
 * foldForMatching('Hallo!! 👋'); // 'hallo'
 * foldForMatching('おはよー！'); // 'おはよ'
 * foldForMatching('Hiii 😊'); // 'hi'
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KANA_ELONGATION, '$1')
    .replace(REPEATED_LETTER, '$1')
    .replace(EMOJI, ' ')
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for a message of emoji (and punctuation) only, such as "👍" or "🙏🙏". */
export function isEmojiOnly(text: string): boolean {
  const withoutEmoji = text.normalize('NFKC').replace(EMOJI, '').replace(PUNCTUATION, '').trim();
  return withoutEmoji.length === 0 && /\p{Extended_Pictographic}/u.test(text);
}

/** Words of a folded message; CJK runs count one word per 3 characters (no spaces there). */
export function wordCount(folded: string): number {
  let count = 0;
  for (const token of folded.split(' ').filter(Boolean)) {
    count += /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(token) ? Math.max(1, Math.ceil([...token].length / 3)) : 1;
  }
  return count;
}
