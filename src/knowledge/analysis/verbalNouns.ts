/**
 * A German question often says with a participle what the entries name with the verb's noun in "-ung": "bin ich
 * krankenversichert?" asks about the "Krankenversicherung", "ist die Firma registriert?" about the "Registrierung".
 * The stemmer leaves "krankenversich" and "krankenversicherung" apart, so a question's participle also searches the
 * "-ung" noun of its verb when the entries use that noun.
 *
 * Only participles without "ge-" (verbs with an inseparable prefix or in "-ieren": versichert, registriert, befreit):
 * they are the ones used as adjectives of a state ("bin ich versichert"). A "ge-" participle is mostly a past action
 * ("Hund angemeldet?"), and its noun ("Anmeldung") would bring that noun's topic (the residence registration) along.
 */

/** Shorter words ending in "-t" are mostly finite verbs ("wohnt", "zahlt"), not participles. */
const MIN_PARTICIPLE = 8;

/**
 * The "-ung" noun a participle ending in "-t" may stand for: the verb stem without "-t" (or "-et"), plus "ung".
 *
 * @example
 * verbalNounCandidates('krankenversichert'); // ['krankenversicherung']
 * verbalNounCandidates('registriert');       // ['registrierung']
 */
export function verbalNounCandidates(word: string): string[] {
  if (word.length < MIN_PARTICIPLE || !word.endsWith('t') || /^(?:an|ab|auf|aus|ein|um|zu|mit|nach|vor|weg|bei|fest|her|hin)?ge/.test(word)) return [];
  const stems = word.endsWith('et') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
  return stems.map((stem) => `${stem}ung`);
}
