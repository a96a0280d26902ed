/**
 * Issue 8: a paediatrician / children's doctor asked for in a language without curated content (es, pt, it, tr, ko, zh,
 * vi) is read through that language's lexicon (`knowledge/lexicon/<lng>.json`): "médico para niños", "儿科医院",
 * "bác sĩ cho trẻ em" are a children's doctor, not "a child" plus "a doctor" (which found the night-time sick-child
 * entry). End to end through POST /api/messages, a fresh conversation each; the reply is the English entry on finding
 * a doctor, not the one on a child sick at night.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const findDoctorInTokyo = (id: string, lang: string, text: string): BlindCase => answerCase(id, lang, text, [['Himawari'], ['language']], ['#8000']);

const cases: BlindCase[] = [
  findDoctorInTokyo('paediatrician-es', 'es', '¿Cómo encuentro un médico para niños en Tokio?'),
  findDoctorInTokyo('paediatrician-pt', 'pt', 'Como encontrar um médico para crianças em Tóquio?'),
  findDoctorInTokyo('paediatrician-it', 'it', 'Come trovo un medico per bambini a Tokyo?'),
  findDoctorInTokyo('paediatrician-tr', 'tr', "Tokyo'da çocuklar için doktor nerede?"),
  findDoctorInTokyo('paediatrician-ko', 'ko', '도쿄에서 아이 진료할 병원 찾기'),
  findDoctorInTokyo('paediatrician-zh', 'zh', '东京哪里有儿科医院？'),
  findDoctorInTokyo('paediatrician-vi', 'vi', 'Ở Tokyo tìm bác sĩ cho trẻ em ở đâu?'),
];

describe('a children\'s doctor asked for in languages without content of ours', () => {
  const service = serviceForTests();

  it('is answered with the entry on finding a doctor, not the one on a child sick at night', async () => {
    expect(await failingCases(service().url, 'paediatrician-other-languages', cases)).toEqual([]);
  }, 120_000);
});
