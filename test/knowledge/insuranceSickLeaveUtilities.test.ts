/**
 * Issue 8, newcomer topics that had no entry: switching Krankenkasse (§ 175 SGB V), personal liability insurance
 * (BaFin), sick notes and continued pay in Germany (§§ 3, 5 EntgFG, eAU), sick leave and 傷病手当金 in Japan, and
 * electricity/gas/water when moving into a Tokyo flat. Asked in de/en/ja end to end through POST /api/messages;
 * each case fails without the entries (no other entry carries these facts).
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const cases: BlindCase[] = [
  answerCase('kk-switch-de', 'de', 'ich will in köln zu einer günstigeren krankenkasse wechseln, welche frist gilt?', [['12 Monate'], ['übernächsten']]),
  answerCase('kk-switch-en', 'en', 'how long do I have to stay with my Krankenkasse before I can switch to another one?', [['12 months'], ['month after next']]),
  answerCase('kk-switch-ja', 'ja', 'デュッセルドルフで加入しているクランケンカッセを別の保険者に変えたいです', [['12か月'], ['翌々月']]),
  answerCase('liability-de', 'de', 'muss man in deutschland eine private haftpflichtversicherung haben?', [['nicht vorgeschrieben'], ['Vermieter']]),
  answerCase('liability-en', 'en', 'is personal liability insurance compulsory in Germany?', [['No law requires'], ['landlords']]),
  answerCase('liability-ja', 'ja', 'ドイツでは個人賠償責任保険に入らないといけませんか？', [['義務ではありません'], ['大家さん']]),
  answerCase('sick-nrw-de', 'de', 'ab dem wievielten krankheitstag brauche ich in deutschland eine krankschreibung für den arbeitgeber?', [['drei Kalendertage'], ['sechs Wochen']]),
  answerCase('sick-nrw-en', 'en', 'I caught the flu in Düsseldorf – from which day do I need a doctor\'s note for work?', [['three calendar days'], ['six weeks']]),
  answerCase('sick-nrw-ja', 'ja', 'ドイツの会社で病気で休むとき、医師の証明書は何日目から必要ですか？', [['3日を超える'], ['6週間']]),
  answerCase('sick-tokyo-ja', 'ja', '東京の会社で病気で1週間休んだら給料はどうなりますか？', [['4日目'], ['3分の2']]),
  answerCase('sick-tokyo-en', 'en', 'is there paid sick leave for employees in Tokyo?', [['4th day'], ['two thirds']]),
  answerCase('sick-tokyo-de', 'de', 'bekomme ich in tokio geld wenn ich als angestellter krank bin?', [['4. Tag'], ['zwei Dritteln']]),
  answerCase('utilities-ja', 'ja', '東京の新しい部屋に入居します。電気とガスと水道の手続きは？', [['立ち会'], ['東京都水道局']]),
  answerCase('utilities-en', 'en', 'moving into an apartment in Tokyo next week – how do I get electricity, gas and water connected?', [['present'], ['Bureau of Waterworks']]),
  answerCase('utilities-de', 'de', 'wie melde ich in tokio strom, gas und wasser für die neue wohnung an?', [['dabei sein'], ['Wasserwerk']]),
];

describe('first-months topics: health insurer switch, liability insurance, sick leave, utilities', () => {
  const service = serviceForTests();

  it('answers each from the entry that carries the fact', async () => {
    expect(await failingCases(service().url, 'insurance-sick-leave-utilities', cases)).toEqual([]);
  }, 180_000);
});
