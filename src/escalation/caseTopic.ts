/**
 * What a hand-over is about, for routing: a few keyword families in ja/de/en (introductions also in fr, ko, zh, es, pt) read from the user's recent lines.
 * These are recognisers, not user-facing text. Unknown is fine: the routing rules then go by region and language.
 */
export type CaseTopic = 'company' | 'introduction' | 'healthcare' | 'schooling' | 'housing' | 'daily-life';

/** Whom an SME may ask to be introduced to, or look for abroad: companies, partners, investors, research. */
const COUNTERPARTS_EN = String.raw`compan(?:y|ies)|start-?ups?|investors?|universit(?:y|ies)|(?:business\s+|sales\s+|local\s+)?partners?|firms?|research\w*|distributors?|importers?|suppliers?|resellers?|agents?\s+(?:in|for)`;
const COUNTERPARTS_DE = String.raw`unternehmen|firmen?|start-?ups?|investor(?:en|in)?|universität(?:en)?|hochschulen?|\p{L}*partner(?:n|in|innen)?|händler(?:n)?|importeur(?:e|en)?|lieferanten?|distributoren?`;
const COUNTERPARTS_FR = String.raw`entreprises?|sociétés?|start-?ups?|investisseurs?|universités?|partenaires?|distributeurs?|importateurs?|fournisseurs?|laboratoires?|chercheurs?|pme`;

const INTRODUCTION = new RegExp([
  String.raw`\b(?:introduc(?:e|tion)s?|intros?|put (?:me|us) in touch|connect (?:me|us) with|matchmaking|business partners?|contacts? (?:with|to|at|among))\b.{0,60}\b(?:${COUNTERPARTS_EN})`,
  // Looking for partners abroad is asking for introductions in other words ("we're looking for a distributor in Japan").
  String.raw`\b(?:find|finding|looking for|search(?:ing)? for|seeking|searching)\b.{0,40}\b(?:business\s+|sales\s+|local\s+|japanese\s+|german\s+|french\s+)?(?:partners?|distributors?|importers?|resellers?|investors?|buyers)\b`,
  String.raw`\b(?:vermittl(?:ung|en)|kontakte?\s+zu|vorstellen|bekannt\s*machen)\b.{0,60}\b(?:${COUNTERPARTS_DE})`,
  String.raw`\b(?:unternehmen|firmen?|start-?ups?|investoren|universitäten|hochschulen)\b.{0,40}\b(?:vermitteln|vorstellen|kennenlernen|zusammenbringen|vernetzen|verbinden|in\s+(?:kontakt|verbindung)\s+(?:bringen|setzen))`,
  String.raw`\b(?:such(?:e|en|t)|finden)\b.{0,40}\b(?:geschäfts|vertriebs|kooperations|handels|\b)partner|(?:geschäfts|vertriebs|kooperations|handels)partner\p{L}*\b.{0,40}\b(?:suchen|finden)|\b(?:such(?:e|en|t)|finden)\b.{0,40}\b(?:importeur\p{L}*|distributor\p{L}*|investor\p{L}*)`,
  String.raw`\b(?:présenter|presenter|mettre\s+en\s+(?:relation|contact)|mise\s+en\s+relation|introduire|contacts?\s+(?:avec|auprès|parmi))\b.{0,60}\b(?:${COUNTERPARTS_FR})\b`,
  String.raw`\b(?:trouver|chercher|cherche|cherchons|recherche|recherchons)\b.{0,40}\b(?:partenaires?|distributeurs?|importateurs?|investisseurs?|acheteurs)\b`,
  String.raw`(?:企業|会社|スタートアップ|投資家|大学|研究機関|パートナー|取引先|代理店|販売店|提携先|協業先|輸入業者|販路).{0,20}(?:紹介|引き合わせ|つないで|繋いで|つながり|繋がり|知り合|マッチング|探し|探す|探して|見つけ|開拓)`,
  // The languages without content here: Korean, Chinese, Spanish, Portuguese.
  String.raw`(?:투자자|투자가|기업|회사|파트너|스타트업|대학|거래처|유통업체|수입업체).{0,20}(?:소개|연결|매칭|찾)`,
  String.raw`(?:投资者|投資者|投资人|投資人|企业|企業|公司|合作伙伴|合作夥伴|初创|新创|大学|大學|经销商|經銷商|进口商|進口商).{0,20}(?:介绍|介紹|对接|對接|牵线|牽線|引荐|引薦|找)|(?:介绍|介紹|对接|對接|牵线|牽線|引荐|引薦).{0,20}(?:投资者|投資者|投资人|投資人|企业|企業|公司|合作伙伴|合作夥伴|初创|新创|大学|大學|经销商|經銷商|进口商|進口商)`,
  String.raw`\b(?:presentar(?:nos|me)?|present(?:e|en)|conectar(?:nos|me)?|contactos?\s+con|apresentar|conectar|contatos?\s+com)\b.{0,60}\b(?:empresas?|inversor(?:es)?|inversionistas?|investidor(?:es)?|socios?|parceiros?|universidad(?:es)?|universidades?|start-?ups?|distribuidor(?:es)?)`,
].join('|'), 'iu');
const FAMILIES: [CaseTopic, RegExp][] = [
  ['introduction', INTRODUCTION],
  ['healthcare', /\b(doctor|hospital|clinic|health|insurance card|sick|medical|arzt|ärztin|krankenhaus|klinik|krank|gesundheit|krankenkasse|praxis)\b|病院|医者|医療|診療|保険証|健康|歯医者/iu],
  ['schooling', /\b(schools?|kindergarten|kita|nursery|childcare|schule|kinderbetreuung|gymnasium)\b|学校|幼稚園|保育|補習校|教育/iu],
  ['housing', /\b(flat|apartment|housing|rent|landlord|wohnung|miete|vermieter|wohnen)\b|住宅|住まい|賃貸|家賃|アパート|マンション|物件/iu],
  ['daily-life', /\b(bank account|driving licen[cs]e|residence registration|anmeldung|waste|rubbish|garbage|mobile phone|sim card|führerschein|müll|konto|rundfunkbeitrag)\b|住民登録|運転免許|ゴミ|ごみ|銀行口座|携帯/iu],
  ['company', /\b(compan(y|ies)|gmbh|incorporat\w*|subsidiary|branch|set(ting)? up|business|tax|visa|trade fair|invest\w*|gründ\w*|niederlassung|tochtergesellschaft|steuer\w*|handelsregister|gewerbe\w*|messe|unternehmen)\b|会社|法人|設立|進出|支店|子会社|税|ビザ|査証|見本市|展示会|投資|登記|事業/iu],
];

/**
 * @example
 * isIntroductionRequest('Can you introduce us to start-ups in Düsseldorf?'); // true
 */
export function isIntroductionRequest(text: string): boolean {
  return text.length <= 500 && INTRODUCTION.test(text);
}

/**
 * The first topic family found, newest line first.
 * @example
 * topicOf(['Where do I find a Japanese-speaking doctor?']); // 'healthcare'
 */
export function topicOf(lines: string[]): CaseTopic | undefined {
  for (const line of [...lines].reverse()) {
    const hit = FAMILIES.find(([, pattern]) => pattern.test(line));
    if (hit) return hit[0];
  }
  return undefined;
}
