/**
 * Whether a message that looks like a follow-up ("wie lange dauert eine GmbH-Gründung in Köln?" after the Anmeldung)
 * is a complete question with a subject of its own: its subject words are not in the last answered entry's title or
 * questions, and searched alone it finds another entry whose title or questions carry at least two of them. Such a message is searched fresh
 * (only the conversation's region is kept); the last answer's subject must not pull it back.
 */
import type { Entry } from '../knowledge/entrySchema';
import type { SearchHit } from '../knowledge/searchIndex';

/**
 * A complete question names its subject with at least this many content words ("GmbH-Gründung" → gmbh, gründung);
 * "und wenn ich kein Deutsch kann?" or "bis wann muss ich das machen?" leave it to the last answer.
 */
export const OWN_SUBJECT_MIN_TERMS = 2;
/** The fresh search must be at least this sure of its best entry (see `confidence.ts`). */
export const OWN_SUBJECT_MIN_CONFIDENCE = 0.3;
/** A message pointing back at the last answer stays with it when that answer's text says this share of its subject words. */
export const REFERRING_SAID_SHARE = 0.5;

export interface OwnSubjectInput {
  /** The message's subject words (analysed; without follow-up markers, facet words and place names). */
  subjectTerms: readonly string[];
  /** The last answered entry. */
  last: Entry;
  /** The message searched alone, in the conversation's region, best first. */
  ownHits: readonly SearchHit[];
  /** Analysed words of an entry in the message's language: `subject` its title and questions, `all` with its answer too; undefined when it is not written in that language. */
  wordsOf(entry: Entry): { subject: readonly string[]; all: readonly string[] } | undefined;
  byId(id: string): Entry | undefined;
  /** The message has a word pointing back at the last answer ("how much of that …", "c'est où ce bureau ?"). */
  refersBack?: boolean | undefined;
}

/**
 * @returns true when the message asks about a subject of its own (search it fresh), false when it may refer to the last answer
 * @example
 * asksOwnSubject({ subjectTerms: ['gmbh', 'grund'], last: anmeldung, ownHits, wordsOf, byId }); // true
 */
export function asksOwnSubject(input: OwnSubjectInput): boolean {
  const { subjectTerms, last, ownHits } = input;
  if (subjectTerms.length < OWN_SUBJECT_MIN_TERMS) return false;
  const lastWords = input.wordsOf(last);
  if (!lastWords) return false;
  const saidBy = (words: readonly string[]) => subjectTerms.some((term) => words.some((word) => sameWord(word, term)));
  if (saidBy(lastWords.subject)) return false;
  const top = ownHits[0];
  if (!top || top.entryId === last.id || top.confidence < OWN_SUBJECT_MIN_CONFIDENCE) return false;
  // Words the last answer only mentions in passing do not keep the message there when another entry is about them
  // ("and which visa does our french manager need?" after the founding steps, which mention a residence status;
  // "l'inscription à la mairie, c'est sous combien de jours ?" after the child allowance → the residence
  // registration), unless the message points back at it and the answer says at least half of its words ("how much
  // of that do I have to pay in before registration?" after the GmbH's minimum capital; not "how do I get a German tax
  // ID? HR keeps asking for it", whose "it" is its own tax ID).
  const saidShare = subjectTerms.filter((term) => lastWords.all.some((word) => sameWord(word, term))).length / subjectTerms.length;
  if (input.refersBack === true && saidShare >= REFERRING_SAID_SHARE) return false;
  const topEntry = input.byId(top.entryId);
  const topWords = topEntry ? input.wordsOf(topEntry) : undefined;
  if (!topWords) return false;
  // The other entry is about these words: at least two of them name it in its title or questions.
  return subjectTerms.filter((term) => topWords.subject.some((word) => sameWord(word, term))).length >= OWN_SUBJECT_MIN_TERMS;
}

/** An entry's word matches a subject term exactly or as its extension ("grund" → "grundung"). */
function sameWord(word: string, term: string): boolean {
  return word === term || (word.startsWith(term) && term.length >= 4);
}
