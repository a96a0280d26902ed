import { describe, expect, it } from 'vitest';
import { createI18n, DEFAULT_LOCALES_DIR } from '../../src/i18n/i18n';
import { memoizedFixedT } from '../../src/i18n/memoizedT';

describe('memoizedFixedT', () => {
  it('translates exactly as getFixedT does, also when asked again with other values', async () => {
    const i18n = await createI18n(DEFAULT_LOCALES_DIR);
    for (const language of ['de', 'ja', 'en']) {
      const t = memoizedFixedT(i18n, language);
      const plain = i18n.getFixedT(language);
      for (let round = 0; round < 2; round++) {
        expect(t('common.sources')).toBe(plain('common.sources'));
        expect(t('common.checked', { date: '2026-11-01' })).toBe(plain('common.checked', { date: '2026-11-01' }));
        expect(t('common.checked', { date: '2026-10-02' })).toBe(plain('common.checked', { date: '2026-10-02' }));
        expect(t('input.tooLong', { length: 5000, max: 2000 })).toBe(plain('input.tooLong', { length: 5000, max: 2000 }));
      }
      expect(t('common.checked', { date: '2026-11-01' })).toContain('2026-11-01');
    }
  });

  it('hands back what i18next gives for objects, every time', async () => {
    const i18n = await createI18n(DEFAULT_LOCALES_DIR);
    const t = memoizedFixedT(i18n, 'en');
    const first = t('common', { returnObjects: true }) as unknown as Record<string, string>;
    const second = t('common', { returnObjects: true }) as unknown as Record<string, string>;
    expect(typeof first).toBe('object');
    expect(second).toEqual(first);
    expect(first.sources).toBe(i18n.getFixedT('en')('common.sources'));
  });

  it('keeps one function per language', async () => {
    const i18n = await createI18n(DEFAULT_LOCALES_DIR);
    expect(memoizedFixedT(i18n, 'de')).toBe(memoizedFixedT(i18n, 'de'));
    expect(memoizedFixedT(i18n, 'de')).not.toBe(memoizedFixedT(i18n, 'ja'));
  });
});
