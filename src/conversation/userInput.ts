/**
 * Turns an incoming message into what the user meant: a button action (from any channel's button payload,
 * a choice label typed back, or the number of a choice on a text-only channel) or free text.
 */
import type { Choice } from '../replies/reply';
import { normalizeUserText } from './textNormalizer';

/** `text` is normalised ({@link normalizeUserText}); `original` is what the user sent, for transcripts. */
export type UserInput =
  | { kind: 'action'; action: string; text: string; original?: string }
  | { kind: 'text'; text: string; original?: string };

/** Longest message the bot reads; longer ones get a polite request to shorten. */
export const MAX_MESSAGE_LENGTH = 2000;

function actionOfValue(value: unknown): string | undefined {
  if (value && typeof value === 'object' && typeof (value as { action?: unknown }).action === 'string') {
    return (value as { action: string }).action;
  }
  return undefined;
}

/**
 * Reads a message once: the text is normalised here (see {@link normalizeUserText}; `placeholders` are spans such
 * as LINE emoji to drop), so nothing downstream reads the raw text.
 * @example
 * readUserInput({ text: '2' }, [{ label: 'Tokyo', action: 'region:tokyo' }, { label: 'NRW', action: 'region:nrw' }]);
 * // { kind: 'action', action: 'region:nrw', text: '2' }
 */
export function readUserInput(
  message: { text?: string; value?: unknown; placeholders?: readonly unknown[] },
  lastChoices: Choice[] | undefined,
): UserInput {
  const original = typeof message.text === 'string' ? message.text : '';
  const text = normalizeUserText(original, message.placeholders);
  const action = actionOfValue(message.value);
  if (action) return { kind: 'action', action, text, original };
  if (lastChoices && lastChoices.length > 0 && text.length > 0) {
    const folded = text.toLowerCase();
    const byNumber = /^\d{1,2}\.?$/.test(folded) ? lastChoices[Number.parseInt(folded, 10) - 1] : undefined;
    const byLabel = lastChoices.find((choice) => normalizeUserText(choice.label).toLowerCase() === folded);
    const chosen = byNumber ?? byLabel;
    if (chosen) return { kind: 'action', action: chosen.action, text, original };
  }
  return { kind: 'text', text, original };
}
