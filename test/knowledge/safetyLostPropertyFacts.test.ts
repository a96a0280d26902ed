/**
 * Issue 8, what a newcomer needs in the first months beyond paperwork: preparing for an earthquake or tsunami in Tsu
 * (shelters, the prefecture's app, the city's disaster email in English) and what to do after losing something or
 * being robbed, asked in the languages of each partnership, end to end through POST /api/messages (fresh conversation
 * each). Before these entries the questions reached unrelated entries (emergency numbers, support desks) or none.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  ask('tsu-disaster-en', 'en', 'how do I prepare for a tsunami in Tsu, where do we evacuate?', [['172'], ['Mie Bōsai Navi', 'eng@tsumail.jp']], ['Tokyo']),
  ask('tsu-disaster-ja', 'ja', '津市の避難所はどこ？地震に備えたい', [['172'], ['みえ防災ナビ']]),
  ask('tsu-disaster-fr', 'fr', 'que faire en cas de séisme à Tsu, où évacuer ?', [['172'], ['Mie Bōsai Navi', 'eng@tsumail.jp']]),
  ask('tokyo-lost-en', 'en', 'I lost my wallet in Shibuya, where do I report it?', [['kōban'], ['1 million yen', '3 months']], ['Paris', 'Geneva']),
  ask('tokyo-lost-ja', 'ja', '東京で財布を落とした、どうすればいい？', [['遺失届'], ['100万円', '3か月']]),
  ask('tokyo-stolen-de', 'de', 'Mein Fahrrad wurde in Tokio gestohlen, wie erstatte ich Anzeige?', [['110'], ['Kōban']]),
  ask('tokyo-residence-card-en', 'en', 'I lost my residence card in Tokyo, what now?', [['14 days']]),
  ask('geneva-stolen-en', 'en', 'my wallet was stolen in Geneva yesterday, how do I report it?', [['427 81 11'], ['objets trouvés', 'plainte']], ['Tokyo']),
  ask('geneva-stolen-fr', 'fr', 'porter plainte pour un vol à Genève', [['427 81 11']]),
  ask('geneva-lost-ja', 'ja', 'ジュネーブで財布をなくした、どこに届ける？', [['objets trouvés'], ['5年']]),
  ask('paris-stolen-fr', 'fr', 'on m\'a volé mon téléphone dans le métro à Paris, comment porter plainte ?', [['Plainte en ligne'], ['récépissé']]),
  ask('paris-stolen-en', 'en', 'can I report a theft online in Paris?', [['Plainte en ligne']]),
  ask('paris-lost-ja', 'ja', 'パリで財布をなくした、落とし物はどこ？', [['objets trouvés'], ['Morillons']]),
  ask('nrw-stolen-de', 'de', 'Mein Fahrrad wurde in Düsseldorf gestohlen, kann ich online Anzeige erstatten?', [['Internetwache']]),
  ask('nrw-lost-en', 'en', 'I lost my wallet in Cologne, where is the lost and found?', [['Fundbüro'], ['5 %', 'AVerwGebO']], ['Tokyo']),
  ask('nrw-lost-ja', 'ja', 'デュッセルドルフで財布をなくした、落とし物はどこに問い合わせる？', [['Fundbüro']]),
  ask('tsu-doctor-en', 'en', 'how can I find an English speaking doctor in Tsu?', [['Iryō Net Mie'], ['80 hospitals', 'MIEF']], ['Tokyo']),
  ask('tsu-doctor-ja', 'ja', '津市で英語が通じる病院を探したい', [['医療ネットみえ'], ['病院80', 'MIEF']]),
  ask('tsu-doctor-fr', 'fr', 'trouver un médecin qui parle anglais à Tsu', [['Iryō Net Mie'], ['MIEF', '80 hôpitaux']]),
  ask('tsu-lost-en', 'en', 'I lost my wallet in Tsu, what should I do?', [['遺失届', 'ishitsu'], ['3 months', '5–20 %']], ['Tokyo']),
  ask('tsu-lost-ja', 'ja', '津市で財布を落とした、どうすればいい？', [['遺失届'], ['3か月', '駐在所']]),
  ask('tsu-lost-fr', 'fr', "j'ai perdu mon portefeuille à Tsu, que faire ?", [['déclaration de perte'], ['3 mois', '110']]),
  ask('geneva-transport-en', 'en', 'which ticket do I need for the tram and bus in Geneva? is there a monthly pass?', [['zone 10'], ['unireso']], ['Navigo']),
  ask('geneva-transport-fr', 'fr', 'abonnement tpg pour mon fils de 17 ans à Genève, c\'est gratuit ?', [['24 ans'], ['zone 10']]),
  ask('geneva-transport-ja', 'ja', 'ジュネーブのトラムの定期券はどこで買う？', [['ゾーン10'], ['SwissPass']]),
  ask('tsu-bus-en', 'en', 'how do I take the bus in Tsu, can I pay with Suica?', [['emica'], ['rear', 'seiriken']], ['Navigo', 'Geneva']),
  ask('tsu-bus-ja', 'ja', '津市のバスでICカードは使える？', [['エミカ'], ['2,000円', '整理券']]),
  ask('tsu-bus-fr', 'fr', 'comment prendre le bus à Tsu ?', [['emica'], ['seiriken', 'porte arrière']]),
  ask('geneva-waste-en', 'en', 'how do I get rid of an old sofa in Geneva?', [['0800 22 42 22', 'ESREC']], ['Tokyo', 'Tsu']),
  ask('geneva-waste-fr', 'fr', 'comment trier mes déchets à Genève ?', [['écopoint'], ['P\'tite Poubelle Verte']]),
  ask('geneva-waste-ja', 'ja', 'ジュネーブでごみの分別はどうする？', [['エコポイント'], ['P\'tite Poubelle Verte']]),
];

/** Follow-ups of other subjects stay with their subject: the new entries' words (届ける, médecin) must not capture them. */
const followUps: BlindCase[] = [
  {
    id: 'tokyo-labour-insurance-follow-up-ja',
    lang: 'ja',
    turns: [
      { text: '東京で従業員を10人採用する予定。労働保険は？', expect: { kind: 'answer', all: [] } },
      { text: 'どこに届ける？', expect: { kind: 'answer', all: [['労働基準監督署', 'ハローワーク', '公共職業安定所']], none: ['遺失届'] } },
    ],
  },
  {
    id: 'tsu-night-doctor-follow-up-fr',
    lang: 'fr',
    turns: [
      { text: 'Où trouver un médecin de nuit à Tsu ?', expect: { kind: 'answer', all: [['059-229-1199']] } },
      { text: 'et pour un enfant ?', expect: { kind: 'answer', all: [['8000']] } },
    ],
  },
];

describe('safety and lost property for newcomers', () => {
  const service = serviceForTests();

  it('answers each question from the entry that carries the fact, with the fact in the reply', async () => {
    expect(await failingCases(service().url, 'safety-lost-property', cases)).toEqual([]);
  });

  it('keeps follow-ups of other subjects with their subject', async () => {
    expect(await failingCases(service().url, 'safety-lost-property-follow-ups', followUps)).toEqual([]);
  });
});
