/**
 * How many of each region's entries use a term (not to be confused with `regionTerms.ts`, the terms that belong to
 * one region only): per content language, term → region id → number of that region's entries whose
 * title, questions or summary contain it (entries valid in every region left out). The answerer reads a question's
 * region from it ("GmbH", "KK", "法務局"). Computed from the entries at build time (`indexSnapshot.ts`) or at start.
 */
import { ALL_REGIONS, type Entry } from './entrySchema';
import { SharedMaps } from '../cache/sharedMaps';

/** The counts as plain JSON: `[language, [term, [region, count][]][]][]`. */
export type RegionTermsState = [string, [string, [string, number][]][]][];

/**
 * Per content language: term → region id → number of entries. Terms with the same counts share one Map
 * ({@link SharedMaps}: ≈ 25,000 Maps were ≈ 2.3 MB of heap), so the per-region Maps are read-only.
 */
export type RegionTermCounts = Map<string, Map<string, ReadonlyMap<string, number>>>;

/**
 * @param analyze the search index's analysis (`KnowledgeSearchIndex.analyze` without bigrams)
 * @example
 * regionTermCounts(entries, (text, language) => index.analyze(text, language, false)).get('de')?.get('gmbh'); // Map { 'nrw' => 9 }
 */
export function regionTermCounts(entries: readonly Entry[], analyze: (text: string, language: string) => string[], options: { travelling?: boolean } = {}): RegionTermCounts {
  const regionTerms = new Map<string, Map<string, Map<string, number>>>();
  for (const entry of entries) {
    if (entry.region === ALL_REGIONS) continue;
    for (const language of entry.languages) {
      const content = entry.content[language];
      if (!content) continue;
      if (options.travelling && !LATIN_LANGUAGES.has(language)) continue;
      const counts = regionTerms.get(language) ?? new Map<string, Map<string, number>>();
      regionTerms.set(language, counts);
      const terms = new Set(analyze([content.title, ...content.questions, content.summary].join('\n'), language));
      const travelling = options.travelling ? termsOfOtherLanguages(entry, language, analyze) : undefined;
      for (const term of terms) {
        if (travelling && !travelling.has(term)) continue;
        const perRegion = counts.get(term) ?? new Map<string, number>();
        counts.set(term, perRegion);
        perRegion.set(entry.region, (perRegion.get(entry.region) ?? 0) + 1);
      }
    }
  }
  return shared(regionTerms);
}

/** The counts with one Map for all terms of the same counts. */
function shared(counts: Map<string, Map<string, Map<string, number>>>): RegionTermCounts {
  const maps = new SharedMaps<string>();
  return new Map([...counts].map(([language, terms]) => [language, new Map([...terms].map(([term, perRegion]) => [term, maps.of(perRegion)]))]));
}

/**
 * With `travelling`, only Latin-script languages are counted, and an entry counts for a term only when its text in
 * another language uses the term too: the name of an institution or a legal form travels untranslated ("GmbH",
 * "Handelsregister", "Anmeldung", "KK" stand in the English, German and Japanese text of the same entry); a
 * translator's choice of an ordinary word does not ("Firma" of the German text of Tokyo's entries is "company" in
 * their English text, "incorporate" of their English text is "gründen" in the German one).
 */
const LATIN_LANGUAGES: ReadonlySet<string> = new Set(['de', 'en', 'fr', 'es', 'it', 'pt', 'nl', 'tr', 'vi']);

/** The terms of an entry's text in its other languages, analysed as `language` (title, questions and the whole answer). */
function termsOfOtherLanguages(entry: Entry, language: string, analyze: (text: string, language: string) => string[]): Set<string> {
  const terms = new Set<string>();
  for (const other of entry.languages) {
    const content = other === language ? undefined : entry.content[other];
    if (!content) continue;
    for (const term of analyze([content.title, ...content.questions, content.answerMarkdown].join('\n'), language)) terms.add(term);
  }
  return terms;
}

/** The counts as JSON, in the same order. */
export function exportRegionTerms(counts: RegionTermCounts): RegionTermsState {
  return [...counts].map(([language, terms]) => [language, [...terms].map(([term, perRegion]) => [term, [...perRegion]])]);
}

/** Counts back from {@link exportRegionTerms}. */
export function restoreRegionTerms(state: RegionTermsState): RegionTermCounts {
  const maps = new SharedMaps<string>();
  return new Map(state.map(([language, terms]) => [language, new Map(terms.map(([term, perRegion]) => [term, maps.of(perRegion)]))]));
}
