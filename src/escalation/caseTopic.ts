/**
 * What a hand-over is about, for routing: a few keyword families in ja/de/en read from the user's recent lines.
 * These are recognisers, not user-facing text. Unknown is fine: the routing rules then go by region and language.
 */
export type CaseTopic = 'company' | 'introduction' | 'healthcare' | 'schooling' | 'housing' | 'daily-life';

const INTRODUCTION =
  /\b(introduc(e|tion)s?|put (me|us) in touch|connect (me|us) with|matchmaking|business partners?)\b.{0,60}\b(compan(y|ies)|start-?ups?|investors?|universit(y|ies)|partners?|firms?|research)|\b(vermittl(ung|en)|kontakt\s+zu|kontakte\s+zu|vorstellen|bekannt\s*machen)\b.{0,60}\b(unternehmen|firmen?|start-?ups?|investor(en|in)?|universität(en)?|hochschulen?|partner)|(\b(unternehmen|firmen?|start-?ups?|investoren|universitäten|hochschulen)\b.{0,40}\b(vermitteln|vorstellen|kennenlernen))|(企業|会社|スタートアップ|投資家|大学|研究機関|パートナー).{0,20}(紹介|引き合わせ|つないで|繋いで|マッチング)/iu;

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
