/**
 * German separable verbs in questions: "wie melde ich mich in Düsseldorf an?" means "anmelden", but the particle
 * stands at the end of the clause, apart from its verb. Without it the question searches for "melden" alone, which
 * the car, trade and birth registrations share. A particle ending a clause is joined to each word before it in that
 * clause, and the joined word is kept when the entries use it ("an" + "melde" → "anmeld"). A clause also ends before a
 * conjunction that starts the next one ("wie meld ich mich an und was muss ich mitbringen"), and the colloquial stem
 * without its "-e" ("meld", "meld … um") joins its particle like the full form.
 */
import { GERMAN_STOP_WORDS } from './stopwords';
import type { CompoundSplitter } from './compounds';
import { germanFold } from './normalize';
import { stemGerman } from './stemmers';

/** Particles of separable verbs that end a main clause ("meldet … an", "melde … um", "melde … ab", "zieht … um"). */
const PARTICLES: ReadonlySet<string> = new Set(['an', 'ab', 'auf', 'aus', 'ein', 'um', 'zu', 'mit', 'nach', 'vor', 'weg', 'zuruck', 'los', 'bei', 'fest', 'her', 'hin']);
const CLAUSE = /[^.?!;,:\n]+/gu;
/** Conjunctions that start a new clause inside one sentence: the particle of the clause before stands just before them. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'weil', 'wenn', 'dass', 'ob', 'damit', 'bevor', 'nachdem', 'sobald', 'falls', 'obwohl', 'wahrend']);
const WORD = /[\p{L}]+/gu;

/**
 * Stems of the separable verbs a German question splits ("melde … an" → "anmeld"), known to the entries' vocabulary.
 *
 * @param folded the question after `basicFold` (lower case, width-folded)
 * @param compounds the splitter holding the entries' German vocabulary
 * @example
 * separableVerbStems('wie melde ich mich in düsseldorf an?', splitter); // ['anmeld']
 */
export function separableVerbStems(folded: string, compounds: CompoundSplitter): string[] {
  const stems: string[] = [];
  for (const words of (folded.match(CLAUSE) ?? []).flatMap((clause) => partsAtConjunctions((clause.match(WORD) ?? []).map(germanFold)))) {
    const particle = words.at(-1);
    if (!particle || words.length < 2 || !PARTICLES.has(particle)) continue;
    for (const word of words.slice(0, -1)) {
      if (word.length < 3 || GERMAN_STOP_WORDS.has(word)) continue;
      const joined = stemGerman(particle + word);
      if (compounds.hasStem(joined) && !stems.includes(joined)) stems.push(joined);
    }
  }
  return stems;
}

/** The words of a clause cut before each conjunction that starts another clause ("… an | und was muss ich …"). */
function partsAtConjunctions(words: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (CLAUSE_STARTS.has(word) && parts.at(-1)!.length > 0) parts.push([]);
    parts.at(-1)!.push(word);
  }
  return parts;
}
