/**
 * One shared i18next instance, initialised once at start. Each turn takes a fixed `t` for its language
 * (`getFixedT`), never `changeLanguage`, which would change global state under concurrent turns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type Resource, type ResourceLanguage, type TFunction } from 'i18next';

export type { TFunction };

/** The repository's `locales/` folder: one sub-folder per UI language. */
export const DEFAULT_LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

/**
 * UI languages are data: every folder of `locales/` whose name is a language code (`ja`, `fr`, `pt-BR`) and that
 * holds a `translation.json`. Adding a language is adding its locale files; no code names a language.
 * @throws Error when the folder holds no language.
 */
export function discoverUiLanguages(localesDir: string = DEFAULT_LOCALES_DIR): string[] {
  const languages = fs
    .readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/.test(entry.name))
    .filter((entry) => fs.existsSync(path.join(localesDir, entry.name, 'translation.json')))
    .map((entry) => entry.name)
    .sort();
  if (languages.length === 0) throw new Error(`${localesDir}: no locale folder with translation.json`);
  return languages;
}

/** Languages with complete UI strings (the folders of `locales/`, read once at start). */
export const SUPPORTED_LANGUAGES: readonly string[] = discoverUiLanguages();
/** A UI language code, one of {@link SUPPORTED_LANGUAGES}. */
export type SupportedLanguage = string;
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
