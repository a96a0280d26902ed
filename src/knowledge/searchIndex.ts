/**
 * Full-text search over the knowledge base: MiniSearch, one index per content language, one document per
 * entry per language (fields questions > title > aliases > body). Analysis per language lives in
 * `analysis/`; synonyms in `aliases.ts`; confidence in `confidence.ts`.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { AliasTable } from './aliases';
import { BoundedCache } from '../cache/boundedCache';
import { analysisLanguageOf, analyze, kanjiBigrams, latinWords, unknownCompoundParts, verbalNounsOf, type AnalysisLanguage } from './analysis/analyzer';
import { CompoundSplitter } from './analysis/compounds';
import { CJK_CHAR, basicFold } from './analysis/normalize';
import { askedForWords } from './analysis/askedFor';
import { clausesOf } from './analysis/clauses';
import { confidences } from './confidence';
import { NEAR_CANDIDATES, withFullerCoverageFirst, withTiesBroken } from './scoreTies';
export { SCORE_TIE } from './scoreTies';
import { ALL_REGIONS, type Entry, type Topic } from './entrySchema';
import { SearchIndexError } from './errors';
import type { KnowledgeBase } from './loadKnowledge';
import { packedTerms, packMiniSearch, unpackMiniSearch, type PackedMiniSearch } from './packedMiniSearch';

/** Tunable weights (defaults tuned on `test/eval/questions.tuning.json`). */
export interface SearchTuning {
  fieldBoost: { questions: number; title: number; aliases: number; body: number; grams: number };
  /** Weight of query terms that come from alias expansion. */
  aliasTermWeight: number;
  /** Weight of matches in the other languages' documents (cross-language fallback). */
  crossLanguageWeight: number;
  /** When a hit in the asker's language covers this share of the query, other languages are not searched. */
  skipCrossLanguageCoverage: number;
  fuzzyWeight: number;
  prefixWeight: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  fieldBoost: { questions: 3, title: 1.5, aliases: 1.2, body: 1.2, grams: 0.3 },
  aliasTermWeight: 0.5,
  crossLanguageWeight: 0.25,
  skipCrossLanguageCoverage: 0.8,
  fuzzyWeight: 0.3,
  prefixWeight: 0.3,
};

/** Alias expansions count in full up to this many per own word of the question; more share that weight. */
export const ALIAS_SHARE = 3;

/** How much the word a question asks for ("welches Visum …", see `analysis/askedFor.ts`) weighs against its other words. */
export const ASKED_FOR_TERM_WEIGHT = 2;
const EMPTY_TERMS: ReadonlySet<string> = new Set();

/** How much a place name in a question weighs against its other words (see `BuildSearchIndexOptions.placeNames`). */
export const PLACE_TERM_WEIGHT = 0.35;

export interface BuildSearchIndexOptions {
  aliases?: AliasTable | undefined;
  /** Region ids the caller knows (partnerships.json); a region outside this set means "all regions". Default: the entries' regions. */
  knownRegions?: Iterable<string> | undefined;
  tuning?: Partial<SearchTuning> | undefined;
  /**
   * Place names of every region (partnerships.json). They choose the region, so in a question they weigh only
   * {@link PLACE_TERM_WEIGHT}: "we moved to Essen, how do we register?" is about registering, not about the one entry
   * whose title says Essen. They still tip the balance between entries that match the rest equally ("Kita in Essen").
   */
  placeNames?: readonly string[] | undefined;
  /** How many recent searches are kept with their results (default 1000; 0 = none, e.g. to time the search itself). */
  searchCacheSize?: number | undefined;
  /** Index state saved by {@link KnowledgeSearchIndex.exportState} for the same entries, aliases and tuning (see `indexSnapshot.ts`); skips indexing. */
  prebuilt?: SearchIndexState | undefined;
}

/**
 * The indexed state of a {@link KnowledgeSearchIndex} as plain JSON: per language, the packed MiniSearch index
 * (`packedMiniSearch.ts`) and each of its terms' document frequency, in the order of its terms.
 */
export interface SearchIndexState {
  languages: { language: string; miniSearch: PackedMiniSearch; documentFrequency: number[] }[];
  /** The German compound splitter's vocabulary (read from every German text and alias at build time). */
  compoundVocabulary?: string[] | undefined;
}

export interface SearchOptions {
  /** The asker's language (any code; ja/de/en have their own analysis, others are searched in every language). */
  language: string;
  /** Region to restrict to (plus `both` entries). Undefined or unknown → all regions. */
  region?: string | undefined;
  /** With no known `region`: the region ids allowed (a partnership's), so a search never mixes partnerships. */
  regions?: readonly string[] | undefined;
  topic?: Topic | undefined;
  /** Maximum hits (default 5). */
  limit?: number | undefined;
  /**
   * The query is a user's message as typed: it is covered as well as its best-covered clause (see `clauses.ts`), so
   * context around the question does not make it look vague. Off for queries the bot composes (a follow-up with its
   * subject appended), whose parts are not the user's clauses.
   */
  asTyped?: boolean | undefined;
}

export interface SearchHit {
  entryId: string;
  /** The entry's region (`both` for entries valid everywhere). */
  region: string;
  topic: Topic;
  score: number;
  /** In [0, 1]; see `confidence.ts`. */
  confidence: number;
  /** Language of the document that scored best for this entry. */
  matchedLanguage: string;
  /** Share of the question's own terms (IDF-weighted, best clause) this entry matches, in [0, 1]. */
  coverage: number;
}

interface IndexedDoc {
  id: string;
  entryId: string;
  region: string;
  topic: Topic;
  questions: string;
  title: string;
  aliases: string;
  body: string;
  /** Kanji-run bigrams of the whole document (recall only, low boost). */
  grams: string;
}

const FIELDS = ['questions', 'title', 'aliases', 'body', 'grams'] as const;
/** Longer messages are cut: a chat question never needs more, and it bounds query time. */
export const MAX_QUERY_CHARS = 1000;
/** Recent searches kept: one turn searches several times (answer, region, insights), and common questions recur. */
const SEARCH_CACHE_SIZE = 1000;
const splitTerms = (text: string) => text.split(' ').filter(Boolean);
const isLatin = (term: string) => !CJK_CHAR.test(term);
/** A term that is a figure, possibly with a unit glued to it: "39", "2am", "39.5", "3000€", "14h". */
const FIGURE = /^\p{N}[\p{N}.,:]*\p{L}{0,3}\p{Sc}?$/u;

/**
 * Builds the search index for a knowledge base.
 *
 * @example
 * const index = buildSearchIndex(kb, { aliases: AliasTable.load('knowledge/aliases.json'), knownRegions: ['tokyo', 'nrw'] });
 * index.search('Kita Platz finden', { language: 'de', region: 'nrw' })[0]?.entryId; // 'nrw-kita-childcare'
 */
export function buildSearchIndex(knowledge: KnowledgeBase, options: BuildSearchIndexOptions = {}): KnowledgeSearchIndex {
  return new KnowledgeSearchIndex(knowledge.entries, options);
}

export class KnowledgeSearchIndex {
  readonly tuning: SearchTuning;
  readonly knownRegions: ReadonlySet<string>;
  private readonly aliases: AliasTable;
  private readonly placeNames: readonly string[];
  private readonly placeTermsByLanguage = new Map<string, Set<string>>();
  private readonly compounds: CompoundSplitter;
  private readonly indexes = new Map<string, MiniSearch<IndexedDoc>>();
  /** Per language: term → number of documents containing it (for IDF-weighted coverage). */
  private readonly documentFrequency = new Map<string, Map<string, number>>();
  private readonly recentSearches: BoundedCache<readonly SearchHit[]> | undefined;

  constructor(entries: readonly Entry[], options: BuildSearchIndexOptions = {}) {
    if (entries.length === 0) throw new SearchIndexError('cannot build a search index from no entries');
    this.tuning = { ...DEFAULT_TUNING, ...options.tuning, fieldBoost: { ...DEFAULT_TUNING.fieldBoost, ...options.tuning?.fieldBoost } };
    this.aliases = options.aliases ?? AliasTable.empty();
    this.placeNames = options.placeNames ?? [];
    this.knownRegions = new Set(options.knownRegions ?? entries.map((e) => e.region).filter((r) => r !== ALL_REGIONS));
    const cacheSize = options.searchCacheSize ?? SEARCH_CACHE_SIZE;
    this.recentSearches = cacheSize > 0 ? new BoundedCache(cacheSize) : undefined;

    this.compounds = new CompoundSplitter(options.prebuilt?.compoundVocabulary ?? compoundVocabularyOf(entries, this.aliases));
    if (options.prebuilt) {
      this.restoreState(options.prebuilt);
      return;
    }

    for (const entry of entries) {
      for (const language of entry.languages) {
        const content = entry.content[language];
        if (!content) continue;
        const index = this.indexFor(language);
        const lead = [content.title, ...content.questions, content.summary].join('\n');
        const fields = {
          questions: this.analyze(content.questions.join('\n'), language, false),
          title: this.analyze(content.title, language, false),
          aliases: this.analyzeAll(this.aliases.expansionsFor(lead), language),
          body: this.analyze(content.answerMarkdown, language, false),
          grams: kanjiBigrams([content.title, ...content.questions, content.answerMarkdown].join('\n')),
        };
        index.add({
          id: `${entry.id}:${language}`,
          entryId: entry.id,
          region: entry.region,
          topic: entry.topic,
          questions: fields.questions.join(' '),
          title: fields.title.join(' '),
          aliases: fields.aliases.join(' '),
          body: fields.body.join(' '),
          grams: fields.grams.join(' '),
        });
        const df = this.documentFrequency.get(language) ?? new Map<string, number>();
        this.documentFrequency.set(language, df);
        for (const term of new Set(Object.values(fields).flat())) df.set(term, (df.get(term) ?? 0) + 1);
      }
    }
  }

  /** Content languages that have documents. */
  get languages(): string[] {
    return [...this.indexes.keys()];
  }

  /**
   * Ranked entries for a question. With a known `region`, only entries of that region or `both` are returned.
   *
   * @example
   * index.search('救急車 何番', { language: 'ja', region: 'tokyo' });
   * // [{ entryId: 'tokyo-emergency-numbers', region: 'tokyo', score: 41.2, confidence: 0.93, … }, …]
   */
  /** The analysed terms of every place name in one language, computed once. */
  private placeTermsOf(language: string): Set<string> {
    let terms = this.placeTermsByLanguage.get(language);
    if (!terms) {
      terms = new Set(this.placeNames.flatMap((name) => this.analyze(name, language)));
      this.placeTermsByLanguage.set(language, terms);
    }
    return terms;
  }

  search(query: string, options: SearchOptions): SearchHit[] {
    const limit = options.limit ?? 5;
    query = query.slice(0, MAX_QUERY_CHARS);
    if (!this.recentSearches) return this.searchUncached(query, limit, options);
    // The index never changes after it is built, so equal searches have equal results; callers get their own copies.
    const key = [options.language, options.region ?? '', options.regions ? `=${options.regions.join(',')}` : '', options.topic ?? '', limit, options.asTyped ? 'typed' : '', query].join('\u0000');
    return this.recentSearches.getOrCompute(key, () => this.searchUncached(query, limit, options)).map((hit) => ({ ...hit }));
  }

  private searchUncached(query: string, limit: number, options: SearchOptions): SearchHit[] {
    const region = options.region !== undefined && this.knownRegions.has(options.region) ? options.region : undefined;
    const scope = region === undefined && options.regions ? new Set(options.regions) : undefined;
    const filter = (r: SearchResult) =>
      (scope ? scope.has(r.region as string) : region === undefined || r.region === region || r.region === ALL_REGIONS) &&
      (options.topic === undefined || r.topic === options.topic);

    // A German participle names its noun's synonyms too ("krankenversichert" → Krankenversicherung, health insurance, 健康保険).
    const nouns = analysisLanguageOf(options.language) === 'de' ? verbalNounsOf(query, this.compounds) : [];
    const expansions = this.aliases.expansionsFor(nouns.length > 0 ? `${query}\n${nouns.join(' ')}` : query);
    const primary = this.indexes.has(options.language) ? options.language : undefined;
    const best = new Map<string, { score: number; coverage: number; language: string; result: SearchResult }>();
    // Per language searched: the asker's own terms, the place terms among them and the IDF, for breaking ties.
    const asked = new Map<string, { own: ReadonlySet<string>; places: ReadonlySet<string>; idf: (term: string) => number }>();

    // The asker's own language first; the other languages are searched only when it leaves query terms unmatched
    // (a cross-language fallback, and two thirds of the query time when it runs).
    const order = [...this.indexes.entries()].sort(([a], [b]) => Number(b === primary) - Number(a === primary));
    for (const [language, index] of order) {
      if (language !== primary && primary !== undefined && [...best.values()].some((candidate) => candidate.coverage >= this.tuning.skipCrossLanguageCoverage)) break;
      const own = [...new Set(this.analyze(query, language, true, true))];
      const extra = [...new Set(this.analyzeAll(expansions, language))].filter((t) => !own.includes(t));
      if (own.length + extra.length === 0) continue;
      const idf = this.idf(language);
      const saysSomething = this.saysSomething(language);
      const weight = primary === undefined || language === primary ? 1 : this.tuning.crossLanguageWeight;
      const ownSet = new Set(own);
      const placeTerms = this.placeTermsOf(language);
      asked.set(language, { own: ownSet, places: placeTerms, idf });
      // Synonyms stand in for the asker's words, never outweigh them: "kk" expands to a dozen official terms.
      const aliasWeight = this.tuning.aliasTermWeight * Math.min(1, (ALIAS_SHARE * Math.max(1, own.length)) / Math.max(1, extra.length));
      // A message of several clauses is covered as well as its best-covered clause that holds at least two own terms
      // other than place names: the context around a question ("we're a small team from osaka") does not make it vaguer.
      const clauses = options.asTyped ? this.clauseTermSets(query, language, placeTerms) : [];
      const askedFor = new Set(askedForWords(basicFold(query)).flatMap((word) => this.analyze(word, language, false, true)).filter((term) => ownSet.has(term) && !placeTerms.has(term)));
      // A place name in kanji weighs no more than one in Latin script: "世田谷区" analyses into the name and its kanji
      // bigrams (世田谷 区 世田 田谷 谷区 世田谷区), "Essen" into one term. Its terms share the weight of its words, and
      // count in the coverage with that weight too: "世田谷区に引っ越しました" is covered by the moving-in entries.
      // The question's words (no kanji bigrams), once: the place share and the place that chose the region read them.
      const words = this.analyze(query, language, false, true);
      const placeWords = new Set(words.filter((term) => placeTerms.has(term)));
      const placeShare = this.placeWordShare(placeWords.size, ownSet, placeTerms);
      const placeWeight = PLACE_TERM_WEIGHT * placeShare;
      const coverageWeight = placeShare === 1 ? idf : (term: string) => idf(term) * (placeTerms.has(term) ? placeWeight : 1);
      // One place named chose the region; two ("von düsseldorf nach haneda") are part of what is asked, and so is a
      // place beside a single other word ("where office Tokio": that word alone would cover an entry fully).
      const otherWords = new Set(words.filter((term) => !placeTerms.has(term) && saysSomething(term)));
      const chosenPlace = placeWords.size === 1 && otherWords.size >= 2 ? placeTerms : EMPTY_TERMS;
      const fuzzyAllowed = weight === 1;
      const results = index.search(
        { combineWith: 'OR', queries: [...own, ...extra] },
        {
          filter,
          boost: { ...this.tuning.fieldBoost },
          boostTerm: (term) => (!ownSet.has(term) ? aliasWeight : placeTerms.has(term) ? placeWeight : askedFor.has(term) ? ASKED_FOR_TERM_WEIGHT : 1),
          // Typo tolerance only for the user's own Latin words in the primary language, never for alias expansions
          // or the cross-language fallback (precision, and fuzzy lookups dominate query time).
          fuzzy: (term) => (fuzzyAllowed && ownSet.has(term) && isLatin(term) && term.length >= 6 ? (term.length >= 12 ? 2 : 1) : false),
          prefix: (term) => ownSet.has(term) && isLatin(term) && term.length >= 5,
          weights: { fuzzy: this.tuning.fuzzyWeight, prefix: this.tuning.prefixWeight },
        },
      );
      for (const result of results) {
        const entryId = result.entryId as string;
        const score = result.score * weight;
        const covered = (terms: ReadonlySet<string>) => this.coverageOf(result, terms, coverageWeight, saysSomething, chosenPlace);
        const coverage = clauses.reduce((most, clause) => Math.max(most, covered(clause.terms)), covered(ownSet));
        const current = best.get(entryId);
        if (!current) best.set(entryId, { score, coverage, language, result });
        else {
          // The stronger language leads; the other adds a quarter of its score as support.
          const leadIsCurrent = current.score >= score;
          best.set(entryId, {
            score: Math.max(current.score, score) + Math.min(current.score, score) * 0.25,
            coverage: Math.max(current.coverage, coverage),
            language: leadIsCurrent ? current.language : language,
            result: leadIsCurrent ? current.result : result,
          });
        }
      }
    }

    // Entries the scores cannot tell apart (within SCORE_TIE) are ordered by how much of the question they cover, then
    // by the asker's words their title names, the rarer the more (IDF): "which visa does our french manager need?" is
    // the Business Manager status (title: "manager"), not the family visa (title: "visa", a word of many entries) that
    // mentions managers as often.
    // The asker's words (IDF-weighted, place names aside) that an entry's title names, in the language it matched in.
    const inTitle = ([, { language, result }]: [string, { language: string; result: SearchResult }]): number => {
      const words = asked.get(language);
      if (!words) return 0;
      let sum = 0;
      for (const [term, fields] of Object.entries(result.match)) {
        if (words.own.has(term) && !words.places.has(term) && fields.includes('title')) sum += words.idf(term);
      }
      return sum;
    };
    // The first hits in score order, as many as the fuller-coverage rule looks at whatever the limit, so that the best
    // hit does not depend on how many the caller asks for.
    const keep = Math.max(limit, 2, 1 + NEAR_CANDIDATES);
    const byScore = withTiesBroken([...best.entries()].sort((a, b) => b[1].score - a[1].score), inTitle, keep).slice(0, keep);
    // Each hit's confidence is judged in score order (it depends on the best two scores and the hit's own); a near hit
    // covering clearly more then comes first.
    const conf = confidences(byScore.map(([, v]) => ({ score: v.score, coverage: v.coverage })));
    const confidenceOf = new Map(byScore.map(([entryId], i) => [entryId, conf[i] ?? 0]));
    const ranked = withFullerCoverageFirst(byScore);
    return ranked.slice(0, limit).map(([entryId, v]) => ({
      entryId,
      region: v.result.region as string,
      topic: v.result.topic as Topic,
      score: v.score,
      confidence: confidenceOf.get(entryId) ?? 0,
      matchedLanguage: v.language,
      coverage: v.coverage,
    }));
  }

  /**
   * How specific an analysed term is in one language's documents, 0–1: 1 for a term of one document (or none), less
   * the more documents use it ("fee" ≈ 0.5, "il" ≈ 0.1). Its IDF relative to a one-document term's.
   */
  termRarity(term: string, language: string): number {
    const n = this.indexes.get(language)?.documentCount ?? 1;
    return Math.min(1, this.idf(language)(term) / Math.log(1 + n / 1.5));
  }

  /**
   * Whether a word occurs in one language's documents (any of its analysed terms).
   * @example
   * index.usesWord('Kita', 'en'); // true
   * index.usesWord('Quanto', 'en'); // false
   */
  usesWord(word: string, language: string): boolean {
    const df = this.documentFrequency.get(language);
    return Boolean(df) && this.analyze(word, language, false, true).some((term) => (df!.get(term) ?? 0) > 0);
  }

  /** IDF of a term in one language's documents; unseen terms get the highest weight. */
  private idf(language: string): (term: string) => number {
    const df = this.documentFrequency.get(language);
    const n = this.indexes.get(language)?.documentCount ?? 1;
    return (term) => Math.log(1 + n / ((df?.get(term) ?? 0) + 0.5));
  }

  /** The term sets of a message's clauses when it has more than one, keeping those with two own terms besides place names. */
  private clauseTermSets(query: string, language: string, placeTerms: ReadonlySet<string>): { terms: Set<string> }[] {
    const clauses = clausesOf(query);
    if (clauses.length < 2) return [];
    return clauses
      .map((clause) => new Set(this.analyze(clause, language, true, true)))
      .filter((terms) => [...terms].filter((term) => !placeTerms.has(term)).length >= 2)
      .map((terms) => ({ terms }));
  }

  /**
   * Whether a question's term counts towards how much of the question an entry covers. A figure no document of the
   * language contains ("39" of "39 fever", "2am", "3000€") says how much or when, not what is asked: it counts neither
   * way. A figure our texts use ("119", "116117", "14") counts as any word.
   */
  private saysSomething(language: string): (term: string) => boolean {
    const df = this.documentFrequency.get(language);
    return (term) => !FIGURE.test(term) || (df?.get(term) ?? 0) > 0;
  }

  /**
   * The share, in (0, 1], of a question's place-name terms that are words rather than the kanji bigrams added for
   * recall: 1 for Latin names, about 1/3 for "世田谷区" (2 words, 6 terms).
   */
  private placeWordShare(placeWords: number, own: ReadonlySet<string>, placeTerms: ReadonlySet<string>): number {
    const withBigrams = [...own].filter((term) => placeTerms.has(term)).length;
    if (withBigrams === 0) return 1;
    return Math.min(1, Math.max(1, placeWords) / withBigrams);
  }

  /**
   * Share of `terms` (IDF-weighted) a result matched, in [0, 1]: exact matches count fully, fuzzy/prefix half. Only the
   * terms for which `counts` holds are weighed (see {@link saysSomething}); `places` (place-name terms) only where matched.
   */
  private coverageOf(result: SearchResult, terms: ReadonlySet<string>, idf: (term: string) => number, counts: (term: string) => boolean, places: ReadonlySet<string> = EMPTY_TERMS): number {
    const exact = new Set(result.terms);
    const matched = new Set(result.queryTerms);
    let weight = 0;
    let total = 0;
    for (const term of terms) {
      if (!counts(term)) continue;
      // A place chose the region (the search's filter): an entry that does not name it ("lancy", a Geneva commune,
      // in the arrival entry) is not the less about the question; one that names it is the more.
      if (places.has(term) && !matched.has(term)) continue;
      total += idf(term);
      if (matched.has(term)) weight += idf(term) * (exact.has(term) ? 1 : 0.5);
    }
    return total > 0 ? weight / total : 0;
  }

  /**
   * Analysis terms of `text` for a content language (exposed for tests and debugging).
   * @param query true for a question (German compounds with an unknown head are split too), false for entry text
   */
  analyze(text: string, language: string, bigrams = true, query = false): string[] {
    const lang: AnalysisLanguage = analysisLanguageOf(language);
    return analyze(text, language, { compounds: lang === 'de' ? this.compounds : undefined, bigrams, query });
  }

  /**
   * The known parts of a German question's words that no entry uses ("müllsortierung" → "mull", "sortierung"); none
   * for other languages. For classifiers trained on whole words, which would otherwise not know such a word at all.
   */
  unknownCompoundParts(text: string, language: string): string[] {
    return analysisLanguageOf(language) === 'de' ? unknownCompoundParts(text, this.compounds) : [];
  }

  private analyzeAll(texts: readonly string[], language: string): string[] {
    return texts.flatMap((t) => this.analyze(t, language));
  }

  private indexFor(language: string): MiniSearch<IndexedDoc> {
    let index = this.indexes.get(language);
    if (!index) {
      index = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
      this.indexes.set(language, index);
    }
    return index;
  }

  /** The indexed state as plain JSON, for {@link BuildSearchIndexOptions.prebuilt}. */
  exportState(): SearchIndexState {
    return {
      compoundVocabulary: this.compounds.words(),
      languages: [...this.indexes].map(([language, index]) => {
        const miniSearch = packMiniSearch(index);
        const df = this.documentFrequency.get(language) ?? new Map<string, number>();
        const terms = packedTerms(miniSearch);
        // Every term a document has is in the index, and the index has no other terms: one count per index term.
        if (terms.length !== df.size) throw new SearchIndexError(`${language}: ${df.size} terms counted but ${terms.length} indexed`);
        return { language, miniSearch, documentFrequency: terms.map((term) => df.get(term) ?? 0) };
      }),
    };
  }

  private restoreState(state: SearchIndexState): void {
    for (const { language, miniSearch, documentFrequency } of state.languages) {
      this.indexes.set(language, unpackMiniSearch(miniSearch, MINISEARCH_OPTIONS));
      const terms = packedTerms(miniSearch);
      const df = new Map<string, number>();
      for (let i = 0; i < terms.length; i++) df.set(terms[i]!, documentFrequency[i]!);
      this.documentFrequency.set(language, df);
    }
  }
}

/** German compound vocabulary: every German word of the corpus and of the alias terms. */
function compoundVocabularyOf(entries: readonly Entry[], aliases: AliasTable): Set<string> {
  const vocabulary = new Set<string>();
  for (const entry of entries) {
    const de = entry.content.de;
    if (!de) continue; // entries of a partnership without German (Tsu ⇄ Paris/Geneva)
    for (const text of [de.title, ...de.questions, de.answerMarkdown]) for (const w of latinWords(text, 'de')) vocabulary.add(w);
  }
  for (const group of aliases.groups) for (const term of group.terms) for (const w of latinWords(term, 'de')) vocabulary.add(w);
  return vocabulary;
}

const MINISEARCH_OPTIONS = {
  fields: [...FIELDS],
  storeFields: ['entryId', 'region', 'topic'],
  tokenize: splitTerms,
  processTerm: (term: string) => term,
};
