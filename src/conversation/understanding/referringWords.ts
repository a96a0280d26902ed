/**
 * Words that point back at the last answer ("how much of that …", "c'est où ce bureau ?", "それっていくら？"), from
 * `referringWords` in knowledge/intents.json. A recogniser over the message, not user-facing text.
 */
import type { PhrasesByLanguage } from './intentExamples';
import { CJK_CHAR, escapeRegExp } from '../../knowledge/analysis/normalize';

/**
 * A test for whether a message has one of the words, in any language: Latin words whole (case-insensitive, "ce" is
 * not "cela"'s start), Japanese ones anywhere in the text.
 * @example
 * const refersBack = referringWordTest({ en: ['that'], ja: ['それ'] });
 * refersBack('how much of that do I pay in?'); // true
 * refersBack('what does a GmbH cost?'); // false
 */
export function referringWordTest(words: PhrasesByLanguage): (text: string) => boolean {
  const all = [...new Set(Object.values(words).flat())];
  const latin = all.filter((word) => !CJK_CHAR.test(word)).map(escapeRegExp);
  const unspaced = all.filter((word) => CJK_CHAR.test(word)).map(escapeRegExp);
  const parts = [...(latin.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`] : []), ...(unspaced.length > 0 ? [`(?:${unspaced.join('|')})`] : [])];
  if (parts.length === 0) return () => false;
  const pattern = new RegExp(parts.join('|'), 'iu');
  return (text) => pattern.test(text.normalize('NFKC'));
}
