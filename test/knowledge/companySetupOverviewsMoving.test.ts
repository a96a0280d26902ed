/**
 * Overviews of setting up a company in the Paris Region, Geneva and Tsu, and moving house within or out of Tsu.
 * End to end through POST /api/messages, a fresh conversation each; the reply carries the step or deadline a user
 * asked for.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const cases: BlindCase[] = [
  answerCase('paris-setup-en', 'en', 'Our firm in Osaka wants a subsidiary near Paris. What has to be done, in order?', [['guichet unique', 'one-stop portal'], ['annonce légale', 'legal notice']]),
  answerCase('paris-setup-fr', 'fr', 'Quelles démarches pour monter une filiale en France, de A à Z ?', [['annonce légale'], ['guichet unique']]),
  answerCase('geneva-setup-en', 'en', 'What is the procedure for founding a company in Geneva from start to finish?', [['notar'], ['commercial register']]),
  answerCase('geneva-setup-ja', 'ja', 'ジュネーブで現地法人を立ち上げる流れを教えてください', [['公証人'], ['商業登記']]),
  answerCase('tsu-setup-en', 'en', 'What does incorporating a KK in Tsu involve, and where is it registered?', [['津地方法務局', 'Tsu District Legal Affairs Bureau'], ['notar']]),
  answerCase('tsu-setup-ja', 'ja', '津市に本店を置く株式会社をつくる流れは？', [['津地方法務局'], ['定款']]),
  answerCase('tsu-move-within-ja', 'ja', '津市内でアパートを替えたら、市役所に何日以内に届ける？', [['転居届'], ['14日']]),
  answerCase('tsu-move-out-fr', 'fr', 'Je quitte Tsu pour Nagoya : quelles déclarations faire à la mairie ?', [['転出届'], ['14 jours']]),
];

describe('company set-up overviews and moving house in Tsu', () => {
  const service = serviceForTests();

  it('are answered from the entry that carries the steps or the deadline', async () => {
    expect(await failingCases(service().url, 'company-setup-overviews-moving', cases)).toEqual([]);
  }, 180_000);
});
