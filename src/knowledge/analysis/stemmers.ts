/**
 * Compact light stemmers (no stemmer package is installed). They only need to be consistent: index and query
 * run through the same function, so "Versicherungen"/"Versicherung" and "registering"/"register" meet.
 */

/**
 * A daughter or a son asked about is a child to our entries ("wo kann meine Tochter geimpft werden?" must meet
 * "Impfungen für Kinder"). Folded spellings (ö → oe).
 */
const DE_IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['tochter', 'kind'], ['toechter', 'kind'], ['toechtern', 'kind'], ['tochtern', 'kind'], ['sohn', 'kind'], ['soehne', 'kind'], ['soehnen', 'kind'], ['sohne', 'kind'], ['sohnen', 'kind'],
]);

/**
 * German: the CISTEM suffix rules (Weissweiler & Fraser 2017, case-insensitive variant) on a folded word:
 * repeatedly strip "em"/"er"/"nd" (word longer than 5) then "t"/"e"/"s"/"n" (longer than 3).
 * Doubled letters are protected from stripping as in CISTEM.
 *
 * @example
 * stemGerman('versicherungen'); // 'versicherung'
 */
export function stemGerman(word: string): string {
  const irregular = DE_IRREGULAR.get(word);
  if (irregular) return stemGerman(irregular);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = withoutFeminineSuffix(word).replace(/sch/g, '$').replace(/ie/g, '&').replace(/ei/g, '%').replace(/(.)\1/g, '$1*');
  for (;;) {
    if (w.length <= 3) break;
    if (w.length > 5 && /(?:e[mr]|nd)$/.test(w)) {
      w = w.slice(0, -2);
      continue;
    }
    if (/[tesn]$/.test(w)) {
      w = w.slice(0, -1);
      continue;
    }
    break;
  }
  return w.replace(/(.)\*/g, '$1$1').replace(/%/g, 'ei').replace(/&/g, 'ie').replace(/\$/g, 'sch');
}

/** Feminine person nouns: "-erin(nen)", "-ztin(nen)" (Mitarbeiterin, Ärztin, Steuerberaterinnen). */
const FEMININE = /(?<=er|zt)in(?:nen)?$/;

/**
 * The masculine/neutral base of a feminine person noun, so "Mitarbeiterin" meets "Mitarbeiter" and "Ärztin" meets
 * "Arzt"; other words ending in "-in" (Termin, Medizin, Berlin) are left alone.
 *
 * @example
 * withoutFeminineSuffix('mitarbeiterinnen'); // 'mitarbeiter'
 * withoutFeminineSuffix('termin');           // 'termin'
 */
export function withoutFeminineSuffix(word: string): string {
  return word.length >= 6 ? word.replace(FEMININE, '') : word;
}

const EN_INVARIANT = /(?:ss|us|is|ous)$/;

/**
 * Plurals no suffix rule reaches, and the everyday words for a child: "my kid has a fever" and "my daughter's
 * vaccinations" must meet "a child ill at night", "children" must meet "child". French goes through here too (see
 * `analyzer.ts`): "ma fille", "mon fils" meet "enfant" ("son" stays: it is also the French "his/her"). Each maps to a
 * word the rules leave as it is.
 */
const EN_IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['children', 'child'], ['kid', 'child'], ['kids', 'child'], ['kiddo', 'child'], ['daughter', 'child'], ['daughters', 'child'],
  ['fille', 'enfant'], ['filles', 'enfant'], ['fils', 'enfant'],
  ['people', 'person'], ['women', 'woman'], ['wives', 'wife'], ['teeth', 'tooth'],
]);

/**
 * A three-letter stem of consonant, vowel, consonant (not w, x, y): "mov" of "moved"/"moving" is "move", "hir" of
 * "hired" is "hire" ("owned", "added", "string" are left alone).
 */
const SHORT_SYLLABLE = /^[^aeiou][aeiou][^aeiouwxy]$/;

/**
 * English: a light stemmer (plurals, -ing, -ed, -ly, final -e, doubled final consonant).
 *
 * @example
 * stemEnglish('registering'); // 'register'
 * stemEnglish('companies');   // 'compani' (y → i so both forms meet)
 */
export function stemEnglish(word: string): string {
  const irregular = EN_IRREGULAR.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !EN_INVARIANT.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ing') && w.length === 6 && SHORT_SYLLABLE.test(w.slice(0, -3))) w = `${w.slice(0, -3)}e`;
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ed') && w.length === 5 && SHORT_SYLLABLE.test(w.slice(0, -2))) w = `${w.slice(0, -2)}e`;
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (/([bdfgklmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}
