/**
 * A question ABOUT who or where the contact is ("Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?",
 * "who is the contact person in Tokyo?", "NRW側の担当者は誰？", "quel est l'interlocuteur à Paris ?") asks the knowledge
 * (the contact-office entries), not for a hand-over: it has a question word for a person or place and a contact noun,
 * and no verb of talking or connecting ("Kann ich mit einem Ansprechpartner sprechen?" stays a hand-over request).
 * These are recognisers, not user-facing text.
 */

const QUESTION_WORD =
  /(?:^|[^\p{L}])(?:wer|wen|wem|welche[rsmn]?|wo|who|whom|which|where|qui|quel(?:le)?s?|où|ou\s+(?:est|sont|se))(?![\p{L}])|誰|どなた|どこ|どちら|何処|どの(?:窓口|機関|部署|担当)/iu;
const CONTACT_NOUN = /ansprech(?:partner\w*|stelle\w*)|kontaktstelle\w*|\bcontact(?:s|\s+(?:person|point|office))?\b|interlocut\w*|担当者?|窓口/iu;
const TALK_VERB =
  /\b(?:talk|speak|chat|connect|call|ring|phone)\b|\bsprechen\b|\breden\b|\bverbind\w*|\banrufen\b|\bzurückrufen\b|\bparler\b|\brappeler\b|\bappeler\b|話|つな|繋|電話|相談したい/iu;

/**
 * @example
 * isContactQuestion('Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?'); // true
 * isContactQuestion('Ich möchte mit einem Ansprechpartner sprechen'); // false
 */
export function isContactQuestion(text: string): boolean {
  return QUESTION_WORD.test(text) && CONTACT_NOUN.test(text) && !TALK_VERB.test(text);
}
