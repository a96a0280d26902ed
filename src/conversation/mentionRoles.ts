/**
 * What a place name is doing in a message besides naming the subject, read from the words around it.
 * These are recognisers over folded text (lower case, no accents, "ü" → "ue", hyphens → spaces), not user-facing text.
 * - origin: where the asker comes from ("a company from NRW", "notre PME de Tsu", "NRWの企業");
 * - departure: the asker saying so of themselves ("we're from NRW", "ich komme aus Köln", "東京から来ました");
 * - addressee: whom a hand-over request wants to reach ("someone at Tsu City", "jemand von NRW.Global",
 *   "the Tokyo office", "Tsu's business office", "津市の担当者", "津市的负责人", "파리 담당자").
 */

/** Origin before a name: "from NRW", "aus Tokio", "als Firma aus …" (the last 24 characters before it are read). */
const ORIGIN_BEFORE = /(?:^|[^\p{L}])(?:(?:from|aus|von|als)\s+(?:the\s+|a\s+|einem\s+|einer\s+)?(?:\p{L}+\s+)?|(?:we\s+are|we'?re|i\s+am|i'?m)\s+(?:a|an)\s+)$/u;
/** Origin after a name: "から", "の企業", "の親会社", "出身", "-based", "company", "parent" (the first 12 characters after it are read). */
const ORIGIN_AFTER = /^(?:\s*(?:から来|から進出|出身|の企業|の会社|の親会社|の本社|の中小企業|企業として|の会社として)|[\s-]*(?:based|company|companies|firm|unternehmen|firma|sme|parent))/u;
/** French origin before a name: "notre PME de Tsu", "une entreprise d'Essen", "basée à Tokyo". */
const ORIGIN_BEFORE_FR = /(?:^|[^\p{L}])(?:(?:pme|entreprise|societe|start ?up|firme|compagnie|filiale)\s+(?:de\s+|d'\s*)|(?:basee?s?|installee?s?|implantee?s?|originaires?)\s+(?:a|au|en|de|d')\s*)$/u;

/** A person or staff "at / from / in" the place: "someone at Tsu City", "jemand von NRW.Global", "quelqu'un à Paris". */
const PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:someone|somebody|anyone|anybody|person|people|staff|advisor|adviser|jemand\w*|mitarbeiter\w*|berater\w*|ansprechpartner\w*|quelqu'?\s?un|personne|conseill\w*|interlocut\w*)\s+(?:at|from|in|of|on|von|vom|bei|beim|aus|auf|de|du|d'|a|au|chez)\s*(?:the\s+|der\s+|dem\s+|den\s+|la\s+|le\s+|l'\s*)?$/u;

/** Talking to the place itself: "talk to the Tokyo office", "speak with Tsu City", "mit der Stadt …", "parler à la …". */
const TALK_BEFORE = /(?:^|[^\p{L}])(?:(?:talk|speak|chat)\s+(?:to|with)|connect\s+(?:me|us)\s+(?:to|with)|contact|mit|parler\s+(?:a|avec)|contacter)\s+(?:the\s+|der\s+|dem\s+|den\s+|la\s+|le\s+|l'\s*)?(?:stadt\s+|city\s+of\s+|ville\s+de\s+)?$/u;

/** The place as an office: "the Tokyo office", "NRW side", "Büro in …" is not here; "津市の担当者", "東京都の窓口". */
const OFFICE_AFTER =
  /^(?:\s*(?:city\s+)?(?:office|government|city hall|side|team|staff|people)\b|['’]s\s+(?:\p{L}+\s+)?(?:office|agency|team|staff|people)\b|\s*(?:buero|seite)\b|(?:市|都|県|州)?(?:側)?の?(?:担当|窓口|職員|方|人|スタッフ|事務所|オフィス)|(?:市|都|县|縣|州)?的?(?:负责人|負責人|工作人员|工作人員)|\s*(?:의\s*)?(?:담당자|직원))/u;
/** "our Düsseldorf office" is where the asker is, not whom they want to reach. */
const OWN_BEFORE = /(?:^|[^\p{L}])(?:our|my|unser\w*|mein\w*|notre|nos|mon|ma|弊社|当社|わが社|我が社)\s*$/u;

/**
 * The asker saying where they come from, before the name: "we're from NRW", "ich komme aus Essen", "nous sommes de
 * Tsu", "a small firm from Bielefeld"; after it: "NRW出身", "東京から来ました". Stronger than an origin ("NRWの企業" may
 * be the companies sought): with no other place named, the question is about the other side.
 */
const DEPARTURE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:we(?:'re|’re| are)|i(?:'m|’m| am)|we come|i come|coming|(?:company|firm|sme|start ?up|team|business|manufacturer|supplier)s?)\s+from|(?:wir sind|ich bin|wir kommen|ich komme|(?:firma|unternehmen|start ?up|team|mittelstaendler|hersteller|zulieferer))\s+aus|(?:nous sommes|je suis|nous venons|je viens)\s+(?:de|d')|(?:pme|entreprise|societe|start ?up)\s+(?:venant|originaire)s?\s+(?:de|d'))\s*(?:the\s+|dem\s+|der\s+)?$/u;
const DEPARTURE_AFTER = /^\s*(?:から来|出身|から進出|からの(?:出張|駐在|派遣)|の親会社|の本社)/u;

/**
 * True when the place name (between `before` and `after`, folded text) is where the asker says they come from.
 * @example
 * isDeparture("who can help? we're from ", ''); // true
 * isDeparture('how do i register in ', ''); // false
 */
export function isDeparture(before: string, after: string): boolean {
  return DEPARTURE_BEFORE.test(before) || DEPARTURE_AFTER.test(after);
}

/**
 * True when the words around a place name (between `before` and `after`, folded text) make it the asker's origin.
 * @example
 * isOrigin('which tokyo office do i contact as a company from ', ''); // true
 * isOrigin('notre pme de ', ' veut exposer a paris'); // true
 * isOrigin('we are an ', ' machine builder - who at the tokyo metropolitan govt is our counterpart?'); // true
 * isOrigin('how do i register in ', ''); // false
 */
export function isOrigin(before: string, after: string): boolean {
  return ORIGIN_BEFORE.test(before.slice(-24)) || ORIGIN_BEFORE_FR.test(before) || ORIGIN_AFTER.test(after.slice(0, 12));
}

/**
 * True when the place name (between `before` and `after`, folded text) names whom a hand-over should reach.
 * @example
 * isAddressee('can i talk to someone at ', ' about expanding to geneva'); // true
 * isAddressee('our ', ' office wants to expand'); // false
 */
export function isAddressee(before: string, after: string): boolean {
  if (PERSON_BEFORE.test(before) || TALK_BEFORE.test(before)) return true;
  return OFFICE_AFTER.test(after) && !OWN_BEFORE.test(before);
}
