/**
 * Removes what identifies a person from a question before it is kept for the editors (staff insights): e-mail
 * addresses, phone numbers, URLs with query strings, long digit runs (card, account, residence-card numbers) and
 * names. Names are found by `compromise` (people in English/Latin text), by self-introductions and honorifics in
 * ja/de/en/fr ("my name is …", "ich heiße …", "je m'appelle …", "…と申します", "…さん"), and the user's own display
 * name when the channel gives one.
 */
import nlp from 'compromise';

export const REDACTED = {
  email: '[email]',
  phone: '[phone]',
  number: '[number]',
  name: '[name]',
  url: '[url]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL_WITH_QUERY = /https?:\/\/\S+\?\S+/gu;
/** International or national phone numbers: 7+ digits with spaces, dashes, dots, slashes or brackets between. */
const PHONE = /(?:\+|00)?\d[\d\s\-./()]{5,}\d/gu;
const LONG_NUMBER = /\d{6,}/gu;
/** Self-introductions: the name is the next one or two capitalised words. */
const SELF_INTRODUCTION = /\b(my name is|i am|i'm|this is|ich heiße|ich heisse|mein name ist|ich bin|je m['’]appelle|je suis|mon nom est)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/giu;
const HONORIFIC_LATIN = /\b(Mr|Mrs|Ms|Dr|Herr|Frau|M\.|Mme|Mlle)\.?\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/gu;
const JAPANESE_NAME = /([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,8})(さん|様|さま|くん|ちゃん|と申します|といいます)/gu;
const JAPANESE_SELF = /(私は|わたしは|僕は|名前は)([\p{Script=Han}\p{Script=Katakana}ー]{1,8})(です|といいます)/gu;

/**
 * @param displayName the user's name as the channel shows it (LINE profile, Teams `from.name`), redacted wherever it occurs.
 * @example
 * redactQuestion('I am Anna Schmidt, call me on +49 211 1234567 or anna@example.org');
 * // 'I am [name], call me on [phone] or [email]'
 */
export function redactQuestion(text: string, displayName?: string): string {
  let redacted = text.replace(EMAIL, REDACTED.email).replace(URL_WITH_QUERY, REDACTED.url);
  if (displayName && displayName.trim().length >= 2) {
    redacted = redacted.split(displayName.trim()).join(REDACTED.name);
  }
  redacted = redacted
    .replace(SELF_INTRODUCTION, (_match, lead: string) => `${lead} ${REDACTED.name}`)
    .replace(HONORIFIC_LATIN, (_match, title: string) => `${title} ${REDACTED.name}`)
    .replace(JAPANESE_SELF, (_match, lead: string, _name: string, tail: string) => `${lead}${REDACTED.name}${tail}`)
    .replace(JAPANESE_NAME, (_match, _name: string, tail: string) => `${REDACTED.name}${tail}`);
  const people = nlp(redacted).people().out('array') as string[];
  for (const person of people.sort((a, b) => b.length - a.length)) {
    const name = person.replace(/[.,!?;:]+$/u, '').trim();
    if (name.length >= 2 && !name.startsWith('[')) redacted = redacted.split(name).join(REDACTED.name);
  }
  return redacted.replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 7 ? REDACTED.phone : match)).replace(LONG_NUMBER, REDACTED.number);
}
