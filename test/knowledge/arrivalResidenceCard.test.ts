/**
 * Arriving in Japan: "where do I get my residence card?" names the airport, not the city. The airports (Narita,
 * Haneda for Tokyo; Chubu Centrair for Tsu) name the region, and the answer says the card is issued at immigration and
 * the address is registered within 14 days (Immigration Services Agency). A lost residence card is a lost item.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;
const REGION_QUESTION = ['Tokyo / North Rhine', 'Tokio / Nordrhein', '東京 / ノルトライン'];

const cases: BlindCase[] = [
  ask('narita-en', 'en', 'where do i get a residence card after landing at narita', [['issued at immigration'], ['14 days']], REGION_QUESTION),
  ask('narita-de', 'de', 'bekomme ich die aufenthaltskarte schon am flughafen narita?', [['Einreisekontrolle'], ['14 Tagen']], REGION_QUESTION),
  ask('haneda-ja', 'ja', '羽田空港で在留カードはもらえますか', [['入国審査で在留カードが交付'], ['14日以内']], REGION_QUESTION),
  ask('centrair-fr', 'fr', "j'arrive à centrair, où je récupère ma carte de résident ?", [['contrôle d\'immigration'], ['14 jours']]),
  ask('centrair-ja', 'ja', 'セントレアに着いたら在留カードはどこで受け取る？', [['入国審査'], ['14日以内']]),
  // The airport is the only place named; both regions have an entry on registering an address.
  ask('narita-address-en', 'en', 'just landed at narita. how do i register my address?', [['ward', 'city office', 'municipal'], ['14 days']], [...REGION_QUESTION, 'Anmeldung']),
  ask('cdg-fr', 'fr', "on vient d'atterrir à CDG, comment valider le visa long séjour ?", [['VLS-TS'], ['3 mois']]),
  ask('lost-card-ja', 'ja', '東京で在留カードをなくした', [['警察', '交番'], ['在留カード']]),
];

describe('residence card on arrival', () => {
  const service = serviceForTests();
  it('is answered for the airport’s region, with where it is issued and the 14-day address rule', async () => {
    expect(await failingCases(service().url, 'arrival-residence-card', cases)).toEqual([]);
  }, 120_000);
});
