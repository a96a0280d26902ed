/**
 * The direction of a question that names a language: "do I need to speak German at the notary?", "muss ich beim Notar
 * Deutsch können?", "公証役場でドイツ語は必要？" are about the region where that language is spoken. Which region speaks
 * what is data (`languages` of each region in partnerships.json); the languages' names come from the runtime's CLDR
 * data (`Intl.DisplayNames`) in every UI language, so no list of words is kept here.
 */
import type { Region } from '../partnerships/partnerships';
import { escapeRegExp } from '../knowledge/analysis/normalize';

/** The languages whose names are recognised (the UI languages). */
const NAME_LANGUAGES = ['en', 'de', 'fr', 'ja'] as const;
/** German and French inflect the adjective ("deutsche", "Deutschen", "française"). */
const INFLECTION = '(?:e|en|er|es|em|s|se)?';
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A language's names in the UI languages ("German", "Deutsch", "allemand", "ドイツ語"). */
function namesOf(code: string): string[] {
  const names = new Set<string>();
  for (const language of NAME_LANGUAGES) {
    try {
      const name = new Intl.DisplayNames([language], { type: 'language' }).of(code);
      if (name && name !== code) names.add(fold(name));
    } catch {
      // A runtime without that locale's data: the other names still count.
    }
  }
  return [...names];
}

export class LanguageNamedRegion {
  private readonly patterns: { language: string; pattern: RegExp; regions: string[] }[] = [];

  /** @param regions every region with its `languages` (partnerships.json) */
  constructor(regions: readonly Region[]) {
    const byLanguage = new Map<string, string[]>();
    for (const region of regions) for (const language of region.languages ?? []) byLanguage.set(language, [...(byLanguage.get(language) ?? []), region.id]);
    for (const [language, regionIds] of byLanguage) {
      const names = namesOf(language);
      if (names.length === 0) continue;
      const alternatives = names.map((name) => (CJK.test(name) ? escapeRegExp(name) : `(?<![\\p{L}])${escapeRegExp(name)}${INFLECTION}(?![\\p{L}])`));
      this.patterns.push({ language, pattern: new RegExp(alternatives.join('|'), 'u'), regions: regionIds });
    }
  }

  /**
   * The one region of `scope` where a language named in the message is spoken. A message naming its own language
   * ("日本語が通じる病院" in Japanese) looks for that language abroad, so it does not count.
   * @param messageLanguage the language the message is written in, if known
   * @param scope region ids to choose from (the conversation's partnership); all when unset
   * @example
   * named.regionOf('do i need to speak german at the notary', 'en', ['tokyo', 'nrw']); // 'nrw'
   * named.regionOf('日本語が通じる病院', 'ja', ['tokyo', 'nrw']); // undefined
   */
  regionOf(text: string, messageLanguage: string | undefined, scope?: readonly string[]): string | undefined {
    const folded = fold(text);
    const regions = new Set<string>();
    for (const { language, pattern, regions: regionIds } of this.patterns) {
      if (language === messageLanguage || !pattern.test(folded)) continue;
      for (const region of regionIds) if (!scope || scope.includes(region)) regions.add(region);
    }
    return regions.size === 1 ? [...regions][0] : undefined;
  }
}
