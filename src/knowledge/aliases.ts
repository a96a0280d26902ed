/**
 * Cross-language synonyms from `knowledge/aliases.json`: groups of equivalent official terms
 * (法務局 / Legal Affairs Bureau / Rechtsamt). Expanded at index time and at query time.
 */
import fs from 'node:fs';
import { AliasFileError } from './errors';
import { CJK_CHAR, basicFold, germanFold, escapeRegExp } from './analysis/normalize';
import { BoundedCache } from '../cache/boundedCache';

/** Recent texts' expansions kept: one turn asks for those of the same message several times (search, follow-ups). */
const EXPANSION_CACHE_SIZE = 500;

export interface AliasGroup {
  id: string;
  terms: string[];
}

/** Folding used for alias matching: case, width, diacritics and umlaut spellings; hyphens as spaces. */
const foldForMatch = (text: string) => germanFold(basicFold(text)).replace(/[-‐‑–_/・]/g, ' ').replace(/\s+/g, ' ');

function termPattern(term: string): RegExp {
  const folded = escapeRegExp(foldForMatch(term).trim()).replace(/ /g, '\\s*');
  if (CJK_CHAR.test(term)) return new RegExp(folded, 'u');
  // Latin: must start at a word boundary; short terms (NHK, Kita, 119) must also end at one (plural s/n allowed),
  // longer ones may continue (Krankenkasse → Krankenkassen, Handelsregister → Handelsregistereintrag).
  const end = folded.replace(/\\s\*/g, ' ').length <= 4 ? '(?:s|n)?(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${folded}${end}`, 'u');
}

interface CompiledTerm {
  term: string;
  needle: string;
  pattern: RegExp | undefined;
}

function occurs(term: CompiledTerm, folded: string): boolean {
  if (!folded.includes(term.needle)) return false;
  term.pattern ??= termPattern(term.term);
  return term.pattern.test(folded);
}

/**
 * The compiled alias groups.
 *
 * @example
 * const aliases = AliasTable.load('knowledge/aliases.json');
 * aliases.expansionsFor('Wo ist das Rechtsamt?'); // ['法務局', 'Legal Affairs Bureau', 'Houmukyoku']
 */
export class AliasTable {
  private readonly compiled: { group: AliasGroup; terms: CompiledTerm[] }[];
  private readonly recentExpansions = new BoundedCache<readonly string[]>(EXPANSION_CACHE_SIZE);

  constructor(readonly groups: readonly AliasGroup[]) {
    this.compiled = groups.map((group) => ({
      group,
      // `needle` is a literal that must occur for the pattern to match: a cheap pre-check before the regex,
      // which is compiled only when first needed (compiling hundreds of Unicode regexes up front costs ~0.3 s).
      terms: group.terms.map((term) => ({ term, needle: foldForMatch(term).trim().split(' ')[0]!, pattern: undefined })),
    }));
  }

  /**
   * An empty table (no synonyms).
   *
   * @example
   * new KnowledgeSearchIndex(entries, { aliases: AliasTable.empty() });
   */
  static empty(): AliasTable {
    return new AliasTable([]);
  }

  /**
   * Reads and validates an aliases file: `{ "groups": [{ "id": string, "terms": string[] (≥ 2) }] }`.
   *
   * @throws AliasFileError listing every malformed group.
   * @example
   * const aliases = AliasTable.load('knowledge/aliases.json');
   */
  static load(file: string): AliasTable {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new AliasFileError(file, [`cannot read JSON: ${(error as Error).message}`]);
    }
    const groups = (data as { groups?: unknown }).groups;
    if (!Array.isArray(groups)) throw new AliasFileError(file, ['"groups" must be an array']);
    const problems: string[] = [];
    const ids = new Set<string>();
    groups.forEach((g: unknown, i) => {
      const group = (g ?? {}) as Partial<AliasGroup>;
      if (typeof group.id !== 'string' || !group.id) problems.push(`groups[${i}].id missing`);
      else if (ids.has(group.id)) problems.push(`groups[${i}].id "${group.id}" duplicated`);
      else ids.add(group.id);
      if (!Array.isArray(group.terms) || group.terms.length < 2 || !group.terms.every((t) => typeof t === 'string' && t.trim())) {
        problems.push(`groups[${i}].terms must be at least two non-empty strings`);
      }
    });
    if (problems.length > 0) throw new AliasFileError(file, problems);
    return new AliasTable(groups as AliasGroup[]);
  }

  /**
   * The groups with at least one term occurring in `text`.
   *
   * @example
   * aliases.groupsIn('Kitas in Köln').map((g) => g.id); // ['nursery']
   */
  groupsIn(text: string): AliasGroup[] {
    const folded = foldForMatch(text);
    return this.compiled.filter(({ terms }) => terms.some((t) => occurs(t, folded))).map(({ group }) => group);
  }

  /**
   * The terms to add for `text`: every term of each matched group that does not itself occur in `text`.
   *
   * @example
   * aliases.expansionsFor('Kita Anmeldung'); // ['保育園', 'nursery', …, '住民票', 'residence registration', …]
   */
  expansionsFor(text: string): string[] {
    // The table never changes, so equal texts have equal expansions; callers get their own copy.
    return [...this.recentExpansions.getOrCompute(text, () => this.expand(text))];
  }

  private expand(text: string): string[] {
    const folded = foldForMatch(text);
    const out: string[] = [];
    for (const { group, terms } of this.compiled) {
      const present = terms.map((t) => occurs(t, folded));
      if (!present.includes(true)) continue;
      group.terms.forEach((term, i) => {
        if (!present[i]) out.push(term);
      });
    }
    return out;
  }
}
