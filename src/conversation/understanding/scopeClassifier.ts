/**
 * Tells questions kakehashi covers from requests it does not (weather, sports, news, jokes, chit-chat, homework,
 * code): a nearest-neighbour classifier over MiniSearch, trained when the bot starts on the entries' own
 * `questions` and titles (in scope) and the curated out-of-scope examples of knowledge/intents.json.
 * Place names are removed first: "weather in Düsseldorf" must not look like a Düsseldorf question.
 */
import MiniSearch from 'minisearch';
import { analyze } from '../../knowledge/analysis/analyzer';
import type { Entry } from '../../knowledge/entrySchema';
import type { IntentExamples } from './intentExamples';
import { escapeRegExp } from '../../knowledge/analysis/normalize';
import { packMiniSearch, unpackMiniSearch, type PackedMiniSearch } from '../../knowledge/packedMiniSearch';

interface ExampleDoc {
  id: number;
  scope: 'in' | 'out';
  terms: string;
}

/** How many nearest examples vote. */
const NEIGHBOURS = 5;
/** Out of scope only when the out-of-scope neighbours outweigh the in-scope ones by this factor. */
const OUT_MARGIN = 2;
/** Numbers say nothing about the subject ("3/4+1/8", "39.5", "14 days"): they vote neither way. */
const NUMBER = /^\p{N}+$/u;
/**
 * Arithmetic to be done ("3/4+1/8は？", "solve x^2 - 5x + 6 = 0", "what is 12*7"): an operand, an operator other than
 * a hyphen or slash (phone numbers, dates, fractions alone) and another operand. Maths homework, never ours.
 */
const ARITHMETIC = /(?:\p{N}|\b[a-z])\s*(?:\^|[+*×÷=]\s*(?:\p{N}|[a-z]\b|\())/iu;

export interface ScopeVerdict {
  /** 'unknown' when no example shares a term with the message. */
  scope: 'in' | 'out' | 'unknown';
  /** Vote weights of the nearest examples (MiniSearch BM25 scores). */
  inWeight: number;
  outWeight: number;
  /** How many of the message's terms only in-scope examples use ("anmeldung", "gmbh"): words of our subjects. */
  inOnly: number;
  /** How many only out-of-scope examples use ("wetter", "homework"), an arithmetic task counting as one. */
  outOnly: number;
}

/** The trained classifier as plain JSON (see `indexSnapshot.ts`): the packed MiniSearch index, the out-only and in-only terms. */
export interface ScopeClassifierState {
  miniSearch: PackedMiniSearch;
  outOnlyTerms: string[];
  inOnlyTerms: string[];
}

const MINISEARCH_OPTIONS = {
  fields: ['terms'],
  storeFields: ['scope'],
  tokenize: (text: string) => text.split(' ').filter(Boolean),
  processTerm: (term: string) => term,
};

export class ScopeClassifier {
  private readonly index: MiniSearch<ExampleDoc>;
  private readonly placeNames: RegExp | undefined;
  /** Terms of out-of-scope examples that no in-scope example uses ("wetter", "fußball"). */
  private readonly outOnlyTerms = new Set<string>();
  /** Terms of in-scope examples that no out-of-scope example uses ("anmeldung", "arbeitslosenversicherung"). */
  private readonly inOnlyTerms = new Set<string>();

  /**
   * @param entries the knowledge entries (their questions and titles in every language are the in-scope examples)
   * @param placeNames place names to ignore (partnerships.json)
   * @param prebuilt state saved by {@link exportState} for the same entries and examples: skips the training
   * @param compoundParts the known parts of a message's compounds no entry uses ("müllsortierung" → "mull",
   *   "sortierung"; see `KnowledgeSearchIndex.unknownCompoundParts`): such a word counts by its parts, as in the search
   */
  constructor(
    entries: readonly Entry[],
    examples: IntentExamples,
    placeNames: readonly string[] = [],
    prebuilt?: ScopeClassifierState,
    private readonly compoundParts: (text: string, language: string) => string[] = () => [],
  ) {
    const names = [...placeNames].sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name.toLowerCase()));
    this.placeNames = names.length > 0 ? new RegExp(names.join('|'), 'giu') : undefined;
    if (prebuilt) {
      this.index = unpackMiniSearch(prebuilt.miniSearch, MINISEARCH_OPTIONS);
      for (const term of prebuilt.outOnlyTerms) this.outOnlyTerms.add(term);
      for (const term of prebuilt.inOnlyTerms) this.inOnlyTerms.add(term);
      return;
    }
    this.index = new MiniSearch<ExampleDoc>(MINISEARCH_OPTIONS);
    const docs: ExampleDoc[] = [];
    const add = (text: string, language: string, scope: ExampleDoc['scope']) => {
      const terms = analyze(text, language, { bigrams: false });
      if (terms.length > 0) docs.push({ id: docs.length, scope, terms: terms.join(' ') });
    };
    for (const entry of entries) {
      for (const language of entry.languages) {
        const content = entry.content[language];
        if (!content) continue;
        for (const question of [content.title, ...content.questions]) add(question, language, 'in');
      }
    }
    // Out-of-scope examples only in languages the entries are written in: elsewhere nothing in scope would
    // balance them, and a French company question would look like French chit-chat.
    const contentLanguages = new Set(entries.flatMap((entry) => entry.languages));
    for (const [language, list] of Object.entries(examples.outOfScope)) {
      if (contentLanguages.has(language)) for (const phrase of list) add(phrase, language, 'out');
    }
    this.index.addAll(docs);
    const inTerms = new Set(docs.filter((doc) => doc.scope === 'in').flatMap((doc) => doc.terms.split(' ')));
    const outTerms = new Set(docs.filter((doc) => doc.scope === 'out').flatMap((doc) => doc.terms.split(' ')));
    for (const term of outTerms) if (!inTerms.has(term)) this.outOnlyTerms.add(term);
    for (const term of inTerms) if (!outTerms.has(term)) this.inOnlyTerms.add(term);
  }

  /** The trained state, for the build-time snapshot. */
  exportState(): ScopeClassifierState {
    return { miniSearch: packMiniSearch(this.index), outOnlyTerms: [...this.outOnlyTerms], inOnlyTerms: [...this.inOnlyTerms] };
  }

  /**
   * @example
   * classifier.classify("what's the weather in Düsseldorf tomorrow?", 'en'); // { scope: 'out', … }
   * classifier.classify('How do I register my address?', 'en'); // { scope: 'in', … }
   */
  classify(text: string, language: string): ScopeVerdict {
    const withoutPlaces = this.placeNames ? text.replace(this.placeNames, ' ') : text;
    const terms = [...new Set([...analyze(withoutPlaces, language, { bigrams: false }), ...this.compoundParts(withoutPlaces, language)])];
    const arithmetic = ARITHMETIC.test(text) ? 1 : 0;
    if (terms.length === 0) return { scope: arithmetic ? 'out' : 'unknown', inWeight: 0, outWeight: 0, inOnly: 0, outOnly: arithmetic };
    // Exact terms only: fuzzy and prefix lookups over every example would cost more than the search itself.
    const results = this.index.search({ combineWith: 'OR', queries: terms });
    let inWeight = 0;
    let outWeight = 0;
    for (const result of results.slice(0, NEIGHBOURS)) {
      if (result.scope === 'out') outWeight += result.score;
      else inWeight += result.score;
    }
    const worded = terms.filter((term) => !NUMBER.test(term));
    const outOnly = worded.filter((term) => this.outOnlyTerms.has(term)).length + arithmetic;
    const inOnly = worded.filter((term) => this.inOnlyTerms.has(term)).length;
    if (inWeight + outWeight === 0) return { scope: outOnly > inOnly ? 'out' : 'unknown', inWeight, outWeight, inOnly, outOnly };
    // Words that only ever appear in out-of-scope examples decide unless more words that only ever appear in
    // in-scope examples stand against them: "Wetter in Essen am Wochenende" is out (the weekend is also a sick
    // child's problem), "Mitarbeiter einstellen: wie heißt die Arbeitslosenversicherung?" is in although "heißt" only
    // occurs in chit-chat examples. The search check follows.
    const scope = (outOnly > 0 && outOnly >= inOnly) || outWeight > OUT_MARGIN * inWeight ? 'out' : 'in';
    return { scope, inWeight, outWeight, inOnly, outOnly };
  }
}
