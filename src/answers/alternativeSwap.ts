/**
 * Alternatives in a follow-up ("und eine UG?", "and a KK?", "SAだと？", "et une SARL ?"): the message names only a
 * word of the same kind as one the last question used (another legal form, another pet), so it asks the last
 * question again about that word. The kinds are data (`followUpAlternatives` in knowledge/intents.json): groups of
 * interchangeable words, any language.
 */

/** Raised when the `followUpAlternatives` list of intents.json is malformed. */
export class FollowUpAlternativesError extends Error {
  constructor(readonly problem: string) {
    super(`followUpAlternatives: ${problem}`);
    this.name = 'FollowUpAlternativesError';
  }
}

/**
 * Validates the `followUpAlternatives` list of intents.json (absent: none): a list of groups, each a list of at
 * least two non-empty words.
 * @throws {FollowUpAlternativesError} on anything else
 */
export function parseFollowUpAlternatives(value: unknown): string[][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new FollowUpAlternativesError('must be a list of word groups');
  return value.map((group, i) => {
    if (!Array.isArray(group) || group.length < 2 || !group.every((word) => typeof word === 'string' && word.trim())) {
      throw new FollowUpAlternativesError(`group ${i} must list at least two non-empty words`);
    }
    return group as string[];
  });
}

const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Member {
  word: string;
  group: number;
  pattern: RegExp;
  /**
   * A part of the word every match contains as it stands in the NFKC text lower-cased (`caseSensitive`: in the NFKC
   * text itself); '' when there is none to check. A text without it is not matched against the pattern.
   */
  needle: string;
  caseSensitive: boolean;
}

/**
 * Characters that a case-insensitive match can only meet as themselves or their ASCII capital in NFKC text (the two
 * other characters folding to ASCII letters, the Kelvin sign and the long s, NFKC turns into K and s).
 */
const CASELESS_RUN = /[a-z0-9\u3040-\u30ff\u4e00-\u9fff]+/gu;

/** The longest run of {@link CASELESS_RUN} characters in a folded word ('' when it has none). */
function needleOf(word: string): string {
  return (word.match(CASELESS_RUN) ?? []).reduce((longest, run) => (run.length > longest.length ? run : longest), '');
}

/** A two-letter abbreviation in capitals ("SA", "AG", "KG") is a common word in lower case ("sa femme", "kg"): matched as written. */
const asWritten = (word: string) => /^\p{Lu}{2}$/u.test(word);
/** Words of our groups are Latin or CJK: a Latin word ends where Latin letters and digits end ("SAだと", "GmbH-Gründung"). */
const LATIN_EDGE = '[\\p{Script=Latin}\\p{N}]';

/** A word of a group found in a text: where, and which group. */
interface Found {
  member: Member;
  index: number;
  length: number;
}

/** Finds the alternatives a follow-up names and rewrites the last question with them. */
export class AlternativeSwap {
  private readonly members: Member[];

  constructor(groups: readonly string[][]) {
    // Longest words first, so "Sàrl" is not read as "SA" and "株式会社" wins over a shorter form inside it.
    this.members = groups
      .flatMap((words, group) => words.map((written) => ({ written, word: fold(written), group })))
      .sort((a, b) => b.word.length - a.word.length)
      .map(({ written, word, group }) => {
        const caseSensitive = asWritten(written);
        return {
          word,
          group,
          // Latin words whole ("SA" is not the "sa" of "Sàrl" or "salary"); CJK words anywhere (no spaces there).
          pattern: new RegExp(CJK.test(word) ? escape(word) : `(?<!${LATIN_EDGE})${escape(caseSensitive ? written : word)}(?!${LATIN_EDGE})`, caseSensitive ? 'gu' : 'giu'),
          needle: caseSensitive ? written : needleOf(word),
          caseSensitive,
        };
      });
  }

  /** The group words in a text, left to right, none overlapping (longest first). */
  private find(text: string): Found[] {
    // NFKC only (same length as the folded text for our scripts): capitals stay for the abbreviations matched as written.
    const folded = text.normalize('NFKC');
    // A cheap check first: most messages name no word of any group.
    const lowered = folded.toLowerCase();
    const found: Found[] = [];
    for (const member of this.members) {
      if (member.needle && !(member.caseSensitive ? folded : lowered).includes(member.needle)) continue;
      member.pattern.lastIndex = 0;
      for (const match of folded.matchAll(member.pattern)) {
        const index = match.index ?? 0;
        const end = index + match[0].length;
        if (found.some((other) => index < other.index + other.length && other.index < end)) continue;
        found.push({ member, index, length: match[0].length });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }

  /**
   * The last question asked about the follow-up's alternative, or undefined when the follow-up names none, or the last
   * question names no other word of its group.
   * @param rest tells whether the follow-up says anything besides its alternative (then it is not a bare alternative)
   * @returns the rewritten question and the alternative named
   * @example
   * swap.swap('and a KK?', 'what does founding a GK in Tokyo cost?', () => false);
   * // { question: 'what does founding a kk in tokyo cost?', alternative: 'kk' }
   */
  swap(followUp: string, lastQuestion: string, saysMore: (rest: string) => boolean): { question: string; alternative: string } | undefined {
    const named = this.find(followUp);
    if (named.length !== 1) return undefined;
    const [alternative] = named as [Found];
    const folded = fold(followUp);
    if (saysMore(folded.slice(0, alternative.index) + ' ' + folded.slice(alternative.index + alternative.length))) return undefined;
    const replaced = this.find(lastQuestion).find((found) => found.member.group === alternative.member.group && found.member.word !== alternative.member.word);
    if (!replaced) return undefined;
    const question = fold(lastQuestion);
    return {
      question: `${question.slice(0, replaced.index)}${alternative.member.word}${question.slice(replaced.index + replaced.length)}`,
      alternative: alternative.member.word,
    };
  }
}
