/**
 * A question about who or where the contact is ("Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?",
 * "who's my contact at TMG? need an email or phone", "NRW側の担当者は誰？", "quel est l'interlocuteur à Paris ?",
 * "津市の担当者の連絡先を教えて"): a contact noun with a question word for a person or place, or with a request for
 * contact details. Whoever asks who their contact is wants to reach a person (issue 8): the bot answers from the
 * contact-office entries first, then offers the hand-over to that office. "contact" as a verb ("which office do I
 * contact?", "how do I contact the Bürgerbüro?") and a service's desk ("相談窓口はある？") are not contact nouns.
 * These are recognisers, not user-facing text.
 */

const QUESTION_WORD =
  /(?:^|[^\p{L}])(?:wer|wen|wem|welche[rsmn]?|wo|who|whom|which|where|qui|quel(?:le)?s?|où|ou\s+(?:est|sont|se))(?![\p{L}])|誰|どなた|どこ|どちら|何処|どの(?:窓口|機関|部署|担当)/iu;
const CONTACT_NOUN =
  /ansprech(?:partner\w*|person\w*|stelle\w*)|kontaktstelle\w*|kontaktperson\w*|(?:^|[^\p{L}])(?:my|our|your|the|a|main|local)\s+(?:contacts?|counterparts?)(?![\p{L}])|(?:^|[^\p{L}])contacts?\s+(?:person|point|office|details|info)|(?:^|[^\p{L}])(?:einen|nen|ein|den|der|keinen|unseren|meinen|ihren)\s+kontakt(?:e|en)?(?![\p{L}])|(?:^|[^\p{L}])(?:un|le|mon|notre|votre)\s+contact(?![\p{L}])|interlocut\w*|担当者|担当の方|担当窓口|連絡窓口/iu;
/** Asking for a way to reach someone: email, phone, address for contact. */
const CONTACT_DETAILS =
  /(?:^|[^\p{L}])(?:e-?mail|phone|telephone|number|telefon\w*|handynummer|mailadresse|courriel|téléphone|numéro|coordonnées)(?![\p{L}])|連絡先|電話番号|メールアドレス|メアド/iu;

/**
 * @example
 * isContactQuestion('Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?'); // true
 * isContactQuestion("who's my contact at TMG? need an email or phone"); // true
 * isContactQuestion('wer hilft uns bei der partnersuche? gibts da nen kontakt'); // true
 * isContactQuestion('who at the tokyo metropolitan govt is our counterpart?'); // true
 * isContactQuestion('which tokyo government office do I contact?'); // false ("contact" is a verb here)
 */
/**
 * Who looks after the asker's company ("wer in tokio bei der präfekturverwaltung kümmert sich um uns?", "who at TMG
 * looks after us?", "qui s'occupe de nous à Genève ?", "東京都で誰が私たちの担当になりますか"): a question for a contact.
 */
const WHO_LOOKS_AFTER_US =
  /(?:^|[^\p{L}])(?:wer|who|qui)(?![\p{L}])[^?？.!。]{0,80}?(?:(?:kümmert|kümmern|sorgt)\s+sich\s+um\s+(?:uns|mich|unsere?\s+\p{L}+)|(?:betreut|begleitet)\s+(?:uns|mich)|(?:ist|wäre)\s+für\s+(?:uns|mich)\s+zuständig|(?:looks?|will\s+look)\s+after\s+(?:us|me|our\s+\p{L}+)|takes?\s+care\s+of\s+(?:us|me)|(?:is|will\s+be)\s+responsible\s+for\s+(?:us|me|our\s+\p{L}+)|s['’]occupe(?:ra|rait)?\s+de\s+(?:nous|moi|notre\s+\p{L}+))|(?:誰|どなた|どの方)(?:が|か)[^?？。]{0,20}(?:担当|面倒を見|対応)/iu;

export function isContactQuestion(text: string): boolean {
  if (WHO_LOOKS_AFTER_US.test(text)) return true;
  return CONTACT_NOUN.test(text) && (QUESTION_WORD.test(text) || CONTACT_DETAILS.test(text));
}
