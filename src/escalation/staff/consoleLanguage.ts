/** Picks the console language: an explicit `?lang=` (set after login from the account) > `Accept-Language` > English. */
import { DEFAULT_LANGUAGE, isSupportedLanguage, type SupportedLanguage } from '../../i18n/i18n';

export interface ConsoleLanguage {
  language: SupportedLanguage;
  source: 'query' | 'header' | 'default';
}

/**
 * @example
 * negotiateConsoleLanguage(undefined, 'fr-FR,de;q=0.8,en;q=0.5'); // { language: 'de', source: 'header' }
 */
export function negotiateConsoleLanguage(query: unknown, acceptLanguage: string | undefined): ConsoleLanguage {
  if (isSupportedLanguage(query)) return { language: query, source: 'query' };
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [range, ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { primary: range?.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const match = ranked.find((entry) => isSupportedLanguage(entry.primary));
  return match ? { language: match.primary as SupportedLanguage, source: 'header' } : { language: DEFAULT_LANGUAGE, source: 'default' };
}
