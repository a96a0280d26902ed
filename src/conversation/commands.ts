/**
 * Whole-message commands in ja/de/en/fr that interrupt whatever dialog is running.
 * These are recognisers, not user-facing text: replies still come from locales/.
 */
import { isContactQuestion } from './contactQuestion';
import { asksIntroductionToCounterparts, isPersonRequest, isReferringIntroduction } from './personRequest';

export type Command = 'menu' | 'help' | 'cancel' | 'human' | 'delete-data' | 'export-data' | 'my-plan';

const COMMANDS: [Command, RegExp][] = [
  ['menu', /^(menu|menü|menue|hauptmenü|start|メニュー|めにゅー|トップ|top|accueil|menu principal)[.!。！]?$/iu],
  ['help', /^(help|hilfe|\?|？|ヘルプ|使い方|help me|was kannst du|what can you do|何ができますか|aide|à l'aide|que sais-tu faire)[.!?。！？]?$/iu],
  ['cancel', /^(cancel|stop|quit|abbrechen|abbruch|stopp|キャンセル|やめる|中止|とりやめ|annuler|arrêter|arrête)[.!。！]?$/iu],
  [
    'human',
    /(talk|speak|chat|connect)\s+(me\s+)?(to|with)\s+(a\s+|an\s+|the\s+)?(real\s+)?(person|human|someone|staff|agent|office|advisor|adviser)|real person|human agent|contact (the )?office|mit\s+(einem|einer)\s+(menschen|mitarbeiter(in)?|person|berater(in)?)|mensch(en)? sprechen|mit\s+jemand(em|en)?\b.{0,40}\bsprechen|(kontakt|ansprech)stelle\b.{0,30}\b(sprechen|erreichen|kontaktieren)|ansprechpartner|ansprechstelle (kontaktieren|erreichen)|担当者|担当の方|人と話|人に相談|スタッフと話|オペレーター|有人|窓口(に|へ)?(つな|繋|相談|連絡)|parler\s+(à|a|avec)\s+(une\s+|un\s+|quelqu'un|le\s+|la\s+)?(personne|humain|conseiller|conseillère|bureau|agent|quelqu'un)|contacter\s+(le|un)\s+(bureau|conseiller)|\b(call|ring|phone)\s+(me|us)\b|call\s*back|callback|\bjemand\b.{0,40}\b(anrufen|zurückrufen)|\bruf(t|en\s+sie)?\s+(mich|uns)\s+(bitte\s+)?(an|zurück)|rückruf|折り返し|(電話|連絡)(を)?(ください|もらえ|いただけ)|(me|nous)\s+rappeler|(m'|nous\s+)appeler|être\s+rappel[ée]|\b(put|get)\s+(me|us)\s+in\s+touch|\bconnect\s+(me|us)\b|(talk|speak)\s+(to|with)\s+(a\s+|an\s+|the\s+|your\s+)?(consultant|expert|representative|counsellor|counselor|advisor|adviser)|(つな|繋)いで(ほしい|欲しい|ください|下さい|もらえ|いただけ)|(人|担当|相談員|専門家|スタッフ)(に|と|へ)(つな|繋)|人間と|直接お?(話|相談)し|(mettre|mettez|mets)[-\s]+(moi|nous)?\s*en\s+(relation|contact)|\ben\s+relation\s+avec\s+(quelqu'un|un|une|le|la)|(joindre|contacter)\s+(un|une)\s+(conseill|personne|humain|interlocut)|un\s+(conseiller|humain)\s+(svp|s'il|please)/iu,
  ],
  // "my plan" shows the saved plan (issue 10); a request to *make* a plan is recognised in src/plans/planIntents.ts.
  ['my-plan', /^(?:(?:show\s+(?:me\s+)?)?(?:my|our)\s+(?:plan|checklist)(?:\s+please)?|(?:zeig(?:e)?\s+(?:mir\s+)?)?(?:mein(?:en)?|unser(?:en)?)\s+(?:plan|checkliste)(?:\s+bitte)?|(?:私|わたし|自分|僕)の(?:プラン|チェックリスト)(?:を(?:見せて|表示して))?|マイプラン|(?:(?:montre(?:-moi)?|afficher)\s+)?(?:mon|notre)\s+(?:plan|checklist|liste)(?:\s+s'il\s+(?:te|vous)\s+pla[iî]t)?)[.!?。！？]?$/iu],
  ['delete-data', /(delete|erase|remove)\s+(all\s+)?my\s+data|(meine|alle meine)\s+daten\s+löschen|daten löschen|データ(を)?削除|データを消して|(supprimer|effacer)\s+(toutes\s+)?mes\s+données/iu],
  [
    'export-data',
    /(export|download|send me|give me|get)\s+(a\s+copy\s+of\s+)?(all\s+)?my\s+(personal\s+)?data|what data do you (have|store|keep) (about|on) me|(meine|alle meine)\s+daten\s+(exportieren|herunterladen|anfordern|auslesen)|daten\s*(export|exportieren|herunterladen)|datenauskunft|auskunft über meine daten|(自分の|私の)?データ(を|の)?(エクスポート|ダウンロード|書き出|出力|開示|送って|ください)|保存(されている|している)(私の)?(データ|情報)(を)?(見|確認|開示|教え)|(exporter|télécharger|obtenir|envoyer)(-moi)?\s+(toutes\s+)?mes\s+données|quelles données (avez-vous|gardez-vous) sur moi/iu,
  ],
];

/** Set phrasings are whole commands up to this length; a wish for a person read from its parts may be longer. */
const MAX_COMMAND = 120;

/**
 * @example
 * commandOf('Menü'); // 'menu'
 * commandOf('担当者と話したい'); // 'human'
 * commandOf("who's my contact at TMG? need an email or phone"); // 'human' (answered first, then the offer)
 * commandOf('export my data'); // 'export-data'
 */
export function commandOf(text: string): Command | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return undefined;
  const command = trimmed.length <= MAX_COMMAND ? COMMANDS.find(([, pattern]) => pattern.test(trimmed))?.[0] : undefined;
  if (command) return command;
  // Whoever asks who their contact is, or for a person in any words, is offered the hand-over (issue 8).
  return isPersonRequest(trimmed) || isContactQuestion(trimmed) ? 'human' : undefined;
}

/**
 * True when the message is nothing but a request for a person in one of the set phrasings ("talk to a real person",
 * "担当者と話したい") or to be introduced to the ones just answered ("pls introduce us", "そこ紹介してもらえる？"): then
 * the hand-over offer comes alone. A wish read from its parts ("can someone help me find a flat
 * in Essen?"), a request for introductions to investors or partners ("… who can connect us?") and a question about who
 * the contact is ("NRW側の担当者は誰？") get the knowledge's answer first.
 */
export function asksForPersonOutright(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_COMMAND || isContactQuestion(trimmed) || asksIntroductionToCounterparts(trimmed)) return false;
  return isReferringIntroduction(trimmed) || COMMANDS.some(([command, pattern]) => command === 'human' && pattern.test(trimmed));
}
