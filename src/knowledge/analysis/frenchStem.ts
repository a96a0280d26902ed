/**
 * French verb and noun endings, on top of the English light stemmer that French text goes through
 * (`analyzer.ts`): "m'installer" and "je m'installe", "enregistrer" and "enregistrement", "déclarer" and
 * "déclaration" meet. Applied identically to French entries and French questions (never to other languages).
 */

/** Longest first; a suffix is removed only when at least {@link MIN_STEM} letters remain. */
const SUFFIXES = ['ements', 'ement', 'ations', 'ation', 'ees', 'ee', 'er', 'ez', 'e'];
const MIN_STEM = 4;

/**
 * @param stem a folded word already through `stemEnglish`
 * @example
 * stemFrenchEnding('enregistrement'); // 'enregistr'
 * stemFrenchEnding('installer');      // 'install'
 */
export function stemFrenchEnding(stem: string): string {
  if (/\d/.test(stem)) return stem;
  const suffix = SUFFIXES.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM);
  return suffix ? stem.slice(0, -suffix.length) : stem;
}
