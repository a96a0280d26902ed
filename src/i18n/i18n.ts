/**
 * One shared i18next instance, initialised once at start. Each turn takes a fixed `t` for its language
 * (`getFixedT`), never `changeLanguage`, which would change global state under concurrent turns.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource, type ResourceLanguage, type TFunction } from 'i18next';

export type { TFunction };

/** Languages with complete UI strings and curated knowledge. */
export const SUPPORTED_LANGUAGES = ['ja', 'de', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: SupportedLanguage = 'en';

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Reads every `locales/<lng>/<namespace>.json` into memory. */
export function readLocaleResources(localesDir: string): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const language of SUPPORTED_LANGUAGES) {
    const dir = path.join(localesDir, language);
    resources[language] = {};
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      resources[language]![path.basename(file, '.json')] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    }
  }
  return resources;
}

/**
 * Creates the shared i18n instance.
 * @example
 * const i18n = await createI18n('locales');
 * i18n.getFixedT('de')('menu.prompt');
 */
export async function createI18n(localesDir: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: readLocaleResources(localesDir),
    supportedLngs: [...SUPPORTED_LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
