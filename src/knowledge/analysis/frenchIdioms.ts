/**
 * French set phrases whose words mean something else alone. "à l'étranger" is "abroad": "exposer dans un salon à
 * l'étranger" is not about foreigners ("un centre d'aide pour les étrangers"). Read as one word, identically in
 * entries and questions (French is analysed with the English rules, see `analyzer.ts`).
 */

/** Folded phrase (after `basicFold`) → the single term it is read as. */
const IDIOMS: readonly [RegExp, string][] = [
  [/(?<![\p{L}])a\s+l'etranger(?![\p{L}])/gu, ' abroad '],
  [/(?<![\p{L}])de\s+l'etranger(?![\p{L}])/gu, ' from abroad '],
];

/**
 * The text with French set phrases read as one term.
 *
 * @param folded text after `basicFold`
 * @example
 * withFrenchIdioms("un salon a l'etranger"); // 'un salon  abroad '
 */
export function withFrenchIdioms(folded: string): string {
  if (!folded.includes("l'etranger")) return folded;
  return IDIOMS.reduce((text, [pattern, term]) => text.replace(pattern, term), folded);
}
