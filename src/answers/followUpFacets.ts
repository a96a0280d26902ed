/**
 * What a follow-up asks about the last answer ("und wie lange dauert das?", "それって予約いる？", "combien ça coûte ?",
 * "what documents do I need?"): a facet such as the duration, the cost, the documents or an appointment. Each facet is
 * data (`followUpFacets` in knowledge/intents.json): per language the phrasings that ask it, and the patterns by which
 * an answer's text says it (a number of days, an amount of yen or euros, a list of papers). The follow-up resolver
 * answers from the part of an entry that says it, and says so plainly when our information does not.
 */

import { boundedAlternation, type BoundedAlternative } from '../knowledge/analysis/boundedAlternation';

/** One facet as written in intents.json: patterns are regular expressions (case-insensitive, on NFKC-folded text). */
export interface FollowUpFacetData {
  id: string;
  /** Language → patterns of a message that asks this facet. */
  asked: Record<string, string[]>;
  /** Language → patterns of an answer text that says it (`*`: any language, e.g. a phone number). */
  evidence: Record<string, string[]>;
}

export class FollowUpFacetsError extends Error {
  constructor(readonly problem: string) {
    super(`followUpFacets: ${problem}`);
    this.name = 'FollowUpFacetsError';
  }
}

function patternLists(value: unknown, where: string): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FollowUpFacetsError(`${where} must be an object of language → patterns`);
  const result: Record<string, string[]> = {};
  for (const [language, list] of Object.entries(value)) {
    if (language.startsWith('_')) continue;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim())) throw new FollowUpFacetsError(`${where}.${language} must be a list of patterns`);
    for (const pattern of list as string[]) {
      try {
        new RegExp(pattern, 'iu');
      } catch (error) {
        throw new FollowUpFacetsError(`${where}.${language}: invalid pattern ${pattern}: ${(error as Error).message}`);
      }
    }
    result[language] = list as string[];
  }
  return result;
}

/**
 * Validates the `followUpFacets` list of intents.json (absent: no facets).
 * @throws {FollowUpFacetsError} on a malformed facet or an invalid pattern
 */
export function parseFollowUpFacets(value: unknown): FollowUpFacetData[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new FollowUpFacetsError('must be a list of { id, asked, evidence }');
  return value.map((item, i) => {
    const facet = item as Partial<FollowUpFacetData> | null;
    if (!facet || typeof facet.id !== 'string' || !facet.id) throw new FollowUpFacetsError(`item ${i} needs an id`);
    return { id: facet.id, asked: patternLists(facet.asked, `${facet.id}.asked`), evidence: patternLists(facet.evidence, `${facet.id}.evidence`) };
  });
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

interface CompiledFacet {
  id: string;
  asked: Map<string, RegExp>;
  evidence: Map<string, RegExp>;
}

/**
 * `\b` of the data means a word boundary in any script ("ça", "über"), not JavaScript's ASCII one. At the start or
 * the end of a pattern (nearly all of them) one lookaround says it; the two-sided form, four times dearer for V8 to
 * compile, only stands in the middle.
 */
const LETTER = '[\\p{L}\\p{N}]';
const WORD_BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;
const WORD_START = `(?<!${LETTER})`;
const WORD_END = `(?!${LETTER})`;
const unicodeBoundaries = (pattern: string) =>
  pattern.replace(/(?<!\\)((?:\\\\)*)\\b/g, (match: string, escapes: string, offset: number) => {
    const at = offset + escapes.length;
    const boundary = at === 0 ? WORD_START : at + 2 === pattern.length ? WORD_END : WORD_BOUNDARY;
    return `${escapes}${boundary}`;
  });

/** Whether a pattern has a `|` of its own outside groups and classes ("a|b", not "(a|b)c"). */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A pattern with its `\b`s made Unicode, its word start and word end apart when it has both or either at its edges
 * and no top-level `|` (so that `before(?:body)after` is the pattern itself): the facet's patterns then share them.
 */
function boundedPattern(pattern: string): BoundedAlternative {
  const converted = unicodeBoundaries(pattern);
  if (hasTopLevelAlternation(pattern)) return { before: '', body: converted, after: '' };
  const before = pattern.startsWith('\\b') ? WORD_START : '';
  const endsWithBoundary = pattern.length > 2 && /(?<!\\)(?:\\\\)*\\b$/.test(pattern);
  const after = endsWithBoundary ? WORD_END : '';
  if (converted.length < before.length + after.length || !converted.startsWith(before) || !converted.endsWith(after)) return { before: '', body: converted, after: '' };
  return { before, body: converted.slice(before.length, converted.length - after.length), after };
}

/** The patterns as one expression, in their order (so `replace` takes out the same text), each word edge compiled once per run of patterns that share it. */
const union = (patterns: string[]) => new RegExp(boundedAlternation(patterns.map(boundedPattern)), 'giu');

/** Recognises the facet a message asks and finds where a text says it. */
export class FollowUpFacets {
  private readonly facets: CompiledFacet[];

  constructor(data: readonly FollowUpFacetData[]) {
    this.facets = data.map((facet) => ({
      id: facet.id,
      asked: new Map(Object.entries(facet.asked).map(([language, patterns]) => [language, union(patterns)])),
      evidence: new Map(Object.entries(facet.evidence).map(([language, patterns]) => [language, union(patterns)])),
    }));
  }

  /**
   * The facet a message asks, in its language (then in any language: "Termin?" typed in an English conversation),
   * with the message's text left once the asking phrase is taken out. Undefined: it asks none.
   * @example
   * facets.asked('und wie lange dauert das?', 'de'); // { id: 'duration', rest: 'und  das?' }
   */
  asked(text: string, language: string): { id: string; rest: string } | undefined {
    const folded = fold(text);
    for (const pass of [true, false]) {
      for (const facet of this.facets) {
        for (const [patternLanguage, pattern] of facet.asked) {
          if ((patternLanguage === language) !== pass) continue;
          pattern.lastIndex = 0;
          if (pattern.test(folded)) return { id: facet.id, rest: folded.replace(pattern, ' ') };
        }
      }
    }
    return undefined;
  }

  /** Whether a text (in `language`) says what the facet asks: a duration, an amount, a list of documents… */
  says(facetId: string, text: string, language: string): boolean {
    const facet = this.facets.find((candidate) => candidate.id === facetId);
    if (!facet) return false;
    const folded = fold(text.replace(/\]\([^)]*\)/g, ']'));
    return [facet.evidence.get(language), facet.evidence.get('*')].some((pattern) => {
      if (!pattern) return false;
      pattern.lastIndex = 0;
      return pattern.test(folded);
    });
  }

  /** Whether a text (an entry's title and questions) asks the facet itself (a dedicated entry: "How long does founding take?"). */
  isAbout(facetId: string, text: string, language: string): boolean {
    const facet = this.facets.find((candidate) => candidate.id === facetId);
    const pattern = facet?.asked.get(language);
    if (!pattern) return false;
    pattern.lastIndex = 0;
    return pattern.test(fold(text));
  }
}
