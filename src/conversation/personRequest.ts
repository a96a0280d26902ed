/**
 * A wish to be helped by a person, read from its parts instead of whole phrasings: someone to reach (a person, the
 * staff, the office, 担当者, 窓口, Ansprechpartner, quelqu'un), a verb of helping or reaching (help, talk, forward,
 * contact, 相談, 問い合わせ, helfen, weiterleiten, aider, transmettre) and the asker's wish or request (can, please,
 * I'd like, たい, ください, できますか, möchte, bitte, voudrais, pouvez). All three together, in any order, make a
 * hand-over request: "i need help from a human please", "please forward my question to the office",
 * "that's too complicated, can a person help me?", "東京都の窓口に問い合わせたい", "kann mir ein Mitarbeiter helfen?".
 * A question about a service ("相談窓口はある？", "how do I contact the Bürgerbüro?") lacks one of the parts; an office is
 * someone to reach only as "the/your office" ("open a sales office" is not).
 * These are recognisers over lower-cased text, not user-facing text.
 */

/** Someone the asker could be handed to. Whole words only ("büro" is not "Bürgerbüro"). */
const PERSON =
  /(?<![\p{L}])(?:human|humans|person|people|someone|somebody|anyone|anybody|staff|staffer|agent|advisor|adviser|consultant|counsell?or|representative|officer|(?:the|your|contact)\s+(?:office|team)|mensch(?:en)?|jemand(?:em|en)?|mitarbeiter(?:in|innen)?|berater(?:in)?|ansprechpartner(?:in)?|ansprechperson|sachbearbeiter(?:in)?|kontaktstelle|(?:das|ihr|ihrem|zum)\s+büro|quelqu'?\s?un|personne|humain|conseill(?:er|ère)|interlocut(?:eur|rice)|(?:le|votre|au)\s+bureau|(?:l'|votre\s+)équipe)(?![\p{L}])|担当|窓口|職員|スタッフ|相談員|専門家|人間|オペレーター|(?<![\p{Script=Han}])人(?:に|と|から)/u;

/** Helping or reaching someone. */
const HELP_OR_REACH =
  /(?<![\p{L}])(?:help|helps|assist|talk|speak|chat|contact|reach|forward|pass|call|handle|helfen|hilft|unterstützen|sprechen|reden|kontaktieren|erreichen|weiterleiten|weitergeben|anrufen|aider|aide|parler|contacter|joindre|transmettre|appeler|rappeler)(?![\p{L}])|相談|問い合わせ|問合せ|話|連絡|つな|繋|手伝|助け|対応して|聞いて/u;

/** The asker's wish or request, addressed to the bot. */
const WISH =
  /(?<![\p{L}])(?:can|could|would|please|pls|plz|want|wanna|need|like|may|kann|könnte|können|möchte|möchten|will|würde|bitte|brauche|gern|gerne|peux|peut|pouvez|pourriez|pourrait|voudrais|veux|souhaite|besoin|svp|stp)(?![\p{L}])|たい|ください|下さい|くれ|ほしい|欲しい|できます|できる|もらえ|いただけ|お願い|頂け/u;

/**
 * True when the message asks to be helped by a person (see the module comment).
 * @param text the message as typed (any case)
 * @example
 * isPersonRequest('please forward my question to the office'); // true
 * isPersonRequest('is there a consultation desk for foreigners?'); // false
 */
export function isPersonRequest(text: string): boolean {
  const lower = text.toLowerCase();
  // A wish for a person is the point of a short message; a longer one (a case description, a question with a
  // story) says more than that and is read as a question.
  if (lower.length > 90) return false;
  return PERSON.test(lower) && HELP_OR_REACH.test(lower) && WISH.test(lower);
}
