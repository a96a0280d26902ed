import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverUiLanguages, SUPPORTED_LANGUAGES } from '../../src/i18n/i18n';

const localesDir = path.resolve(import.meta.dirname, '../../locales');

function flatKeys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => flatKeys(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function leaves(value: unknown): unknown[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.values(value).flatMap(leaves);
  return [value];
}

describe('locales', () => {
  it('UI languages are the locale folders (French included); each names every UI language in the language menu', () => {
    const folders = fs.readdirSync(localesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect([...SUPPORTED_LANGUAGES]).toEqual(folders);
    expect(discoverUiLanguages(localesDir)).toEqual(folders);
    expect(folders).toEqual(expect.arrayContaining(['de', 'en', 'fr', 'ja']));
    for (const language of folders) {
      const names = JSON.parse(fs.readFileSync(path.join(localesDir, language, 'translation.json'), 'utf8')).language.names;
      expect(Object.keys(names).sort(), `${language}: language.names`).toEqual(folders);
    }
  });

  const namespaces = fs.readdirSync(path.join(localesDir, 'en')).filter((file) => file.endsWith('.json'));

  it.each(namespaces)('%s has every key in every language, none empty', (namespace) => {
    const byLanguage = Object.fromEntries(
      SUPPORTED_LANGUAGES.map((language) => [language, JSON.parse(fs.readFileSync(path.join(localesDir, language, namespace), 'utf8'))]),
    );
    const allKeys = new Set(SUPPORTED_LANGUAGES.flatMap((language) => flatKeys(byLanguage[language])));
    for (const language of SUPPORTED_LANGUAGES) {
      const keys = new Set(flatKeys(byLanguage[language]));
      const missing = [...allKeys].filter((key) => !keys.has(key));
      expect(missing, `${language}/${namespace} lacks keys`).toEqual([]);
      for (const leaf of leaves(byLanguage[language])) expect(typeof leaf === 'string' && leaf.trim().length > 0).toBe(true);
    }
  });

  it('interpolation placeholders are the same in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
    for (const namespace of namespaces) {
      const read = (language: string) => JSON.parse(fs.readFileSync(path.join(localesDir, language, namespace), 'utf8'));
      const english = read('en');
      for (const language of SUPPORTED_LANGUAGES) {
        const other = read(language);
        for (const key of flatKeys(english)) {
          const get = (object: unknown) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], object);
          expect(placeholders(String(get(other))), `${language}:${key}`).toEqual(placeholders(String(get(english))));
        }
      }
    }
  });
});
