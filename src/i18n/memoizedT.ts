/**
 * A turn's `t` that remembers what it translated. The resources never change after start, so a key with the same
 * plain options (strings, numbers, booleans) always gives the same string; i18next works each one out afresh
 * (resolution, fallbacks, interpolation), which showed in every turn's profile. Calls with anything else (arrays of
 * keys, object or function options) and results that are not strings go to i18next every time.
 */
import type { i18n, TFunction } from 'i18next';

/** Translations kept per language (keys × distinct option values in use); the oldest goes first. */
const TRANSLATIONS_PER_LANGUAGE = 2000;

const plain = (value: unknown) => value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function cacheKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return undefined;
  const entries = Object.entries(options);
  if (!entries.every(([, value]) => plain(value))) return undefined;
  return `${key}\u0000${JSON.stringify(entries)}`;
}

const memos = new WeakMap<i18n, Map<string, TFunction>>();

/**
 * The same as `instance.getFixedT(language)`, remembering string translations; one function per instance and language.
 * @example
 * const t = memoizedFixedT(i18n, 'de');
 * t('common.checked', { date: '2026-11-01' }); // 'geprüft am 2026-11-01' (worked out once)
 */
export function memoizedFixedT(instance: i18n, language: string): TFunction {
  let byLanguage = memos.get(instance);
  if (!byLanguage) memos.set(instance, (byLanguage = new Map()));
  let t = byLanguage.get(language);
  if (!t) {
    const fixed = instance.getFixedT(language);
    const translations = new Map<string, string>();
    const memoized = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
      const cacheAs = rest.length === 0 ? cacheKey(key, options) : undefined;
      const cached = cacheAs === undefined ? undefined : translations.get(cacheAs);
      if (cached !== undefined) return cached;
      const result = (fixed as unknown as (...args: unknown[]) => unknown)(key, options, ...rest);
      if (cacheAs !== undefined && typeof result === 'string') {
        if (translations.size >= TRANSLATIONS_PER_LANGUAGE) translations.delete(translations.keys().next().value!);
        translations.set(cacheAs, result);
      }
      return result;
    };
    t = Object.assign(memoized, fixed) as unknown as TFunction;
    byLanguage.set(language, t);
  }
  return t;
}
