/**
 * The direction of a question that names a language: "do I need to speak German at the notary?", "muss ich beim Notar
 * Deutsch können?", "公証役場でドイツ語は必要？" are about the region where that language is spoken. Which region speaks
 * what is data (`languages` of each region in partnerships.json); the languages' names come from the runtime's CLDR
 * data (`Intl.DisplayNames`) in every UI language, so no list of words is kept here.
 */
import type { Region } from '../partnerships/partnerships';
import { escapeRegExp } from '../knowledge/analysis/normalize';

/**
 * Words that make a language a requirement ("muss ich beim Notar Deutsch können?", "faut-il parler français à la
 * mairie ?", "日本語が必要？"): then even the message's own language points to where it is spoken, since someone who must
 * know it is not at home in it. Without them a message naming its own language looks for it abroad ("Arzt, der Deutsch
 * spricht", "日本語が通じる病院").
 */
const REQUIREMENT = /(?<![\p{L}])(?:need(?:s|ed)?|must|have to|has to|required?|necessary|mandatory|muss|musst|müssen|brauch\p{L}*|nötig|notwendig|erforderlich|voraussetz\p{L}*|pflicht|faut|dois|doit|devons|besoin|obligatoire|nécessaire|exigée?s?)(?![\p{L}])|必要|必須|要る|いる[？?]|いりますか|話せないと|できないと/u;

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
   * ("日本語が通じる病院" in Japanese) looks for that language abroad, so it does not count, unless the message makes the
   * language a requirement ("muss ich beim Notar Deutsch können?" → nrw).
   * @param messageLanguage the language the message is written in, if known
   * @param scope region ids to choose from (the conversation's partnership); all when unset
   * @example
   * named.regionOf('do i need to speak german at the notary', 'en', ['tokyo', 'nrw']); // 'nrw'
   * named.regionOf('日本語が通じる病院', 'ja', ['tokyo', 'nrw']); // undefined
   * named.regionOf('muss ich beim notar deutsch können', 'de', ['tokyo', 'nrw']); // 'nrw'
   */
  regionOf(text: string, messageLanguage: string | undefined, scope?: readonly string[]): string | undefined {
    const folded = fold(text);
    const required = REQUIREMENT.test(text.normalize('NFKC').toLowerCase());
    const regions = new Set<string>();
    for (const { language, pattern, regions: regionIds } of this.patterns) {
      if ((language === messageLanguage && !required) || !pattern.test(folded)) continue;
      for (const region of regionIds) if (!scope || scope.includes(region)) regions.add(region);
    }
    return regions.size === 1 ? [...regions][0] : undefined;
  }
}
