/**
 * The one normalisation of what a user typed, applied where user input is read ({@link readUserInput}), so that
 * commands, language detection, region detection, escalation and search all see the same text.
 *
 * Steps, in order:
 * 1. placeholders replaced by a space by their position (LINE emoji such as "(love)" given by `message.emojis`
 *    index/length), so "Deutsch(love)bitte" stays two words;
 * 2. Unicode NFKC (full-width "ｍｅｎｕ" → "menu", half-width ｶﾀｶﾅ → カタカナ, ideographic space → space);
 * 3. zero-width characters, the BOM, soft hyphens and other invisible format/control characters removed;
 * 4. Unicode emoji (pictographs, flags, skin tones, variation selectors, keycaps) replaced by a space: like LINE's
 *    placeholders they carry no command, language or place ("1️⃣" becomes "1");
 * 5. whitespace runs folded into one space, ends trimmed.
 *
 * The original text is kept by the caller for transcripts.
 */

/** A span of the text to drop, in UTF-16 code units (JavaScript string indexes, as LINE's `emojis` and `mention`). */
export interface TextSpan {
  index: number;
  length: number;
}

/**
 * Where an adapter puts spans of `activity.text` that are not words (LINE emoji placeholders):
 * `activity.channelData[PLACEHOLDER_SPANS_KEY]: TextSpan[]`.
 */
export const PLACEHOLDER_SPANS_KEY = 'kakehashiPlaceholderSpans';

// Zero-width space/non-joiner/joiner, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator,
// bidi marks and isolates: they never change what a message means, but break whole-message matches.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
// Emoji: pictographs (also ZWJ sequences, whose joiners go with INVISIBLE), regional-indicator flags, skin-tone
// modifiers, variation selectors and the combining keycap. Digits, '#' and '*' of keycaps stay.
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE00-\uFE0F\u20E3]/gu;
// Control characters other than whitespace (which is folded below).
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;

/** Spans that lie inside `text`, sorted from the end so removing one does not move the others. */
function validSpans(text: string, spans: readonly unknown[]): TextSpan[] {
  return spans
    .filter((span): span is TextSpan => {
      const { index, length } = (span ?? {}) as Partial<TextSpan>;
      return Number.isInteger(index) && Number.isInteger(length) && index! >= 0 && length! > 0 && index! + length! <= text.length;
    })
    .sort((a, b) => b.index - a.index);
}

/**
 * Replaces the given spans (placeholders) by `replacement`; spans outside the text or overlapping another are ignored.
 * @example
 * removeSpans('Deutsch bitte (love)', [{ index: 14, length: 6 }], ''); // 'Deutsch bitte '
 */
export function removeSpans(text: string, spans: readonly unknown[], replacement = ' '): string {
  let result = text;
  let end = Number.POSITIVE_INFINITY;
  for (const span of validSpans(text, spans)) {
    if (span.index + span.length > end) continue;
    result = result.slice(0, span.index) + replacement + result.slice(span.index + span.length);
    end = span.index;
  }
  return result;
}

/**
 * @param text - what the user sent (after the channel removed the bot's own mention).
 * @param placeholders - spans of `text` to drop first (see {@link PLACEHOLDER_SPANS_KEY}); invalid ones are ignored.
 * @returns the text as every reader of user input sees it.
 * @example
 * normalizeUserText('ｍｅｎｕ'); // 'menu'
 * normalizeUserText('Deutsch\u200B bitte (love)', [{ index: 15, length: 6 }]); // 'Deutsch bitte'
 */
export function normalizeUserText(text: string, placeholders: readonly unknown[] = []): string {
  const visible = removeSpans(text, placeholders).normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, '');
  const words = visible.replace(EMOJI, ' ').replace(/\s+/gu, ' ').trim();
  // A message of emoji only ("👍", "🙏") is an answer in itself (thanks, OK): keep it rather than leave nothing.
  return words || visible.replace(/\s+/gu, '').trim();
}

/** The placeholder spans an adapter attached to an activity's `channelData`, or none. */
export function placeholderSpansOf(channelData: unknown): unknown[] {
  const spans = (channelData as Record<string, unknown> | undefined)?.[PLACEHOLDER_SPANS_KEY];
  return Array.isArray(spans) ? spans : [];
}
