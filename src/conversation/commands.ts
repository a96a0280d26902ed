/**
 * Whole-message commands in ja/de/en/fr that interrupt whatever dialog is running.
 * These are recognisers, not user-facing text: replies still come from locales/.
 */
export type Command = 'menu' | 'help' | 'cancel' | 'human' | 'delete-data';

const COMMANDS: [Command, RegExp][] = [
  ['menu', /^(menu|menü|menue|hauptmenü|start|メニュー|めにゅー|トップ|top|accueil|menu principal)[.!。！]?$/iu],
  ['help', /^(help|hilfe|\?|？|ヘルプ|使い方|help me|was kannst du|what can you do|何ができますか|aide|à l'aide|que sais-tu faire)[.!?。！？]?$/iu],
  ['cancel', /^(cancel|stop|quit|abbrechen|abbruch|stopp|キャンセル|やめる|中止|とりやめ|annuler|arrêter|arrête)[.!。！]?$/iu],
  [
    'human',
    /(talk|speak|chat|connect)\s+(me\s+)?(to|with)\s+(a\s+|an\s+|the\s+)?(real\s+)?(person|human|someone|staff|agent|office|advisor|adviser)|real person|human agent|contact (the )?office|mit\s+(einem|einer)\s+(menschen|mitarbeiter(in)?|person|berater(in)?)|mensch(en)? sprechen|ansprechpartner|ansprechstelle (kontaktieren|erreichen)|担当者|人と話|オペレーター|有人|窓口(に|へ)?(つな|繋|相談|連絡)|parler\s+(à|a|avec)\s+(une\s+|un\s+|quelqu'un|le\s+|la\s+)?(personne|humain|conseiller|conseillère|bureau|agent|quelqu'un)|contacter\s+(le|un)\s+(bureau|conseiller)/iu,
  ],
  ['delete-data', /(delete|erase|remove)\s+(all\s+)?my\s+data|(meine|alle meine)\s+daten\s+löschen|daten löschen|データ(を)?削除|データを消して|(supprimer|effacer)\s+(toutes\s+)?mes\s+données/iu],
];

/**
 * @example
 * commandOf('Menü'); // 'menu'
 * commandOf('担当者と話したい'); // 'human'
 */
export function commandOf(text: string): Command | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return undefined;
  return COMMANDS.find(([, pattern]) => pattern.test(trimmed))?.[0];
}
