/** Typed answers: dates in common forms of each language, amounts, labels, synonyms and numbers. */
import { describe, expect, it } from 'vitest';
import { parseAmount, parseTypedDate, addMonths, matchChoice } from '../../src/plans/slotAnswers';
import type { PlanSlot } from '../../src/plans/planDefinition';

describe('typed planner answers', () => {
  it.each([
    ['3 March', 'en', '2027-03-03'],
    ['3. März', 'de', '2027-03-03'],
    ['3月3日', 'ja', '2027-03-03'],
    ['2027-03-03', 'en', '2027-03-03'],
    ['03.03.2027', 'de', '2027-03-03'],
    ['2027年3月3日', 'ja', '2027-03-03'],
    ['I arrived on 20 November', 'en', '2026-11-20'],
    ['am 1. Dezember', 'de', '2026-12-01'],
    ['3 mars 2027', 'fr', '2027-03-03'],
    ['le 1er décembre', 'fr', '2026-12-01'],
  ])('"%s" (%s) is %s when today is 29 November 2026', (text, language, expected) => {
    expect(parseTypedDate(text, '2026-11-29', language)).toBe(expected);
  });

  it('a text without a date is none', () => {
    expect(parseTypedDate('no idea yet', '2026-11-29', 'en')).toBeUndefined();
  });

  it.each([
    ['500万円', 5_000_000],
    ['3000万', 30_000_000],
    ['30,000,000 yen', 30_000_000],
    ['5 Mio. Yen', 5_000_000],
    ['1 million', 1_000_000],
    ['¥800,000', 800_000],
  ])('amount "%s" = %d', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it('months end on the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
  });

  const capital: PlanSlot = {
    id: 'capital', type: 'choice', question: { ja: 'q', de: 'q', en: 'q' },
    choices: [
      { value: 'small', label: { ja: '小', de: 'klein', en: 'small' }, range: { max: 2_999_999 } },
      { value: 'large', label: { ja: '大', de: 'groß', en: 'large' }, range: { min: 3_000_000 } },
    ],
  };
  const form: PlanSlot = {
    id: 'form', type: 'choice', question: { ja: 'q', de: 'q', en: 'q' },
    choices: [
      { value: 'kk', label: { ja: '株式会社（KK）', de: 'Kabushiki Kaisha (KK)', en: 'Kabushiki kaisha (KK)' }, synonyms: ['kk', '株式会社'] },
      { value: 'gk', label: { ja: '合同会社（GK）', de: 'Godo Kaisha (GK)', en: 'Godo kaisha (GK)' }, synonyms: ['gk', '合同会社'] },
    ],
  };

  it.each<[string, string | undefined, PlanSlot]>([
    ['200万円', 'small', capital],
    ['3000万円', 'large', capital],
    ['klein', 'small', capital],
    ['2', 'gk', form],
    ['Godo Kaisha (GK)', 'gk', form],
    ['wir gründen eine KK', 'kk', form],
    ['株式会社で', 'kk', form],
    ['something else', undefined, form],
  ])('"%s" → %s', (text, expected, slot) => {
    expect(matchChoice(slot, text)?.value).toBe(expected);
  });
});
