/**
 * Words that belong to one region only, derived from the entries themselves: "Kbis", "SAS", "Vitale" and "PUMa" occur
 * only in Paris entries, "Deutschlandticket", "Rundfunkbeitrag" and "Kita" only in NRW entries. A message using such a
 * word is about that region even when it names no place ("c'est quoi un kbis", "Kbisって何？", "deutschlandticket preis?"),
 * across partnerships too.
 *
 * No entry valid everywhere may use the term, and either
 * - it is a Latin-script term that entries keep unchanged inside text of another script ("Kbis", "SAS", "PUMa",
 *   "Deutschlandticket" stand in the Japanese text as in the French, German or English one): a name, not a word
 *   that was translated ("extract", "pharmacies" never stand in Japanese text), occurring in at least
 *   {@link MIN_LANGUAGES} languages, and either used by R's entries only, or used by at least
 *   {@link MIN_DOMINANT_ENTRIES} of R's entries ({@link MIN_DOMINANT_KEPT} of them keeping it in another script) and
 *   {@link DOMINANCE} times as many as other regions' entries ("Handelsregister": 10 NRW entries, 2 Tokyo ones on a
 *   German parent company's papers); or
 * - it is a term of another script (katakana, kanji) that at least {@link MIN_ENTRIES} of R's entries use and no other
 *   region's entry does.
 * Built on first use from the entries' titles, questions, summaries and answers, or read from the build-time snapshot.
 */
import { ALL_REGIONS, type Entry } from './entrySchema';

/** An untranslated term is the region's own when its entries use it in this many languages. */
export const MIN_LANGUAGES = 2;
/** A term of one language is the region's own when this many of its entries use it. */
export const MIN_ENTRIES = 3;
/** An untranslated name also used by other regions' entries is still the region's own when its entries use it this many times as often… */
export const DOMINANCE = 5;
/** …and at least this many of them do, this many of them inside text of another script. */
export const MIN_DOMINANT_ENTRIES = 4;
export const MIN_DOMINANT_KEPT = 3;

/** Latin words of 3+ letters ("sas", "kbis"), katakana runs of 3+ ("ドイチュラントチケット"), kanji runs of 2+ ("住民票"). */
// Plain code-point ranges: Unicode property classes cost ten times as much over the whole knowledge at start.
const LATIN = 'A-Za-z\\u00C0-\\u024F';
const TERM = new RegExp(`[${LATIN}][${LATIN}0-9]{2,}|[\\u30A0-\\u30FF]{3,}|[\\u3400-\\u4DBF\\u4E00-\\u9FFF]{2,}`, 'g');
const URL = /https?:\/\/\S+/g;

const NON_ASCII = /[^\x00-\x7f]/;
const ACCENTS = /[\u0300-\u036f]/g;

/** "SAs" (plural of the acronym SA) is the acronym "SA", not the French "SAS". */
const ACRONYM_PLURAL = /^([A-Z]{2,})s$/;

/** Lower case and accent-folded ("Genève" → "geneve"); CJK terms stay as they are. */
function foldTerm(term: string): string {
  const lower = (ACRONYM_PLURAL.exec(term)?.[1] ?? term).toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(ACCENTS, '').normalize('NFC') : lower;
}

const IS_LATIN = /^[A-Za-z\u00C0-\u024F]/;

/**
 * The distinct folded terms of a text (width-folded first: "ＳＡＳ" → "sas"), and each pair of Latin words separated by
 * one space ("carte vitale": "vitale" alone is also the French "vital").
 */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  let previous: { term: string; end: number } | undefined;
  for (const match of text.normalize('NFKC').replace(URL, ' ').matchAll(TERM)) {
    const term = foldTerm(match[0]);
    terms.add(term);
    const start = match.index ?? 0;
    const latin = IS_LATIN.test(term);
    if (latin && previous && start === previous.end + 1) terms.add(`${previous.term} ${term}`);
    previous = latin ? { term, end: start + match[0].length } : undefined;
  }
  return terms;
}

interface TermUse {
  /** Region id → the ids of that region's entries using the term. */
  entriesByRegion: Map<string, Set<string>>;
  /** Used by an entry valid everywhere: nobody's own term. */
  everywhere: boolean;
  languages: Set<string>;
  /** Seen inside text written mostly in another script (a Latin name in Japanese text). */
  keptInOtherScript: boolean;
  /** Region id → the ids of that region's entries keeping the term inside text of another script. */
  keptByRegion: Map<string, Set<string>>;
}

const LATIN_TERM = /^[a-z\u00C0-\u024F]/;

/** True for text written mostly in a script other than Latin: more kana and kanji than Latin letters (Japanese). */
function mostlyNonLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin += 1;
    else if (code >= 0x3040 && code <= 0x9fff) other += 1;
  }
  return other > latin;
}

/** term → the one region whose own term it is (the rule is in the module comment). */
function buildRegionTerms(entries: readonly Entry[]): Map<string, string> {
  const uses = new Map<string, TermUse>();
  for (const entry of entries) {
    for (const language of entry.languages) {
      const content = entry.content[language];
      if (!content) continue;
      const text = [content.title, ...content.questions, content.summary, content.answerMarkdown].join('\n');
      const otherScript = mostlyNonLatin(text);
      for (const term of termsOf(text)) {
        let use = uses.get(term);
        if (!use) {
          use = { entriesByRegion: new Map(), everywhere: false, languages: new Set(), keptInOtherScript: false, keptByRegion: new Map() };
          uses.set(term, use);
        }
        if (entry.region === ALL_REGIONS) use.everywhere = true;
        else {
          const ids = use.entriesByRegion.get(entry.region) ?? new Set<string>();
          ids.add(entry.id);
          use.entriesByRegion.set(entry.region, ids);
          if (otherScript) use.keptByRegion.set(entry.region, (use.keptByRegion.get(entry.region) ?? new Set<string>()).add(entry.id));
        }
        use.languages.add(language);
        use.keptInOtherScript ||= otherScript;
      }
    }
  }
  const regionOfTerm = new Map<string, string>();
  for (const [term, use] of uses) {
    const region = ownerOf(term, use);
    if (region) regionOfTerm.set(term, region);
  }
  return regionOfTerm;
}

/** The region whose own term this is, if any (the rule is in the module comment). */
function ownerOf(term: string, use: TermUse): string | undefined {
  if (use.everywhere || use.entriesByRegion.size === 0) return undefined;
  const ranked = [...use.entriesByRegion.entries()].map(([region, ids]) => [region, ids.size] as const).sort((a, b) => b[1] - a[1]);
  const [region, count] = ranked[0]!;
  const elsewhere = ranked.slice(1).reduce((sum, [, n]) => sum + n, 0);
  if (!LATIN_TERM.test(term)) return elsewhere === 0 && count >= MIN_ENTRIES ? region : undefined;
  if (!use.keptInOtherScript || use.languages.size < MIN_LANGUAGES) return undefined;
  // A name mentioned in passing on the other side ("Handelsregister" in one Tokyo entry on a German parent's papers)
  // stays the name of the side that uses it by far the most.
  if (elsewhere === 0) return region;
  // Only a name kept in several of the region's entries of another script: "Handelsregister" in Japanese text, not a
  // German word ("Firma", "Leben") that happens to stand once in a Japanese entry.
  const kept = use.keptByRegion.get(region)?.size ?? 0;
  return kept >= MIN_DOMINANT_KEPT && count >= MIN_DOMINANT_ENTRIES && count >= DOMINANCE * elsewhere ? region : undefined;
}

/** The table as plain JSON: `[term, region id][]` (see `indexSnapshot.ts`). */
export type RegionOwnTermsState = [string, string][];

export class RegionTerms {
  private built: Map<string, string> | undefined;

  /**
   * @param entries every curated entry, in every language it is written in; read on first use
   * @param prebuilt the table saved by {@link exportState} for the same entries (build-time snapshot): nothing to build
   */
  constructor(
    private readonly entries: readonly Entry[],
    prebuilt?: RegionOwnTermsState,
  ) {
    if (prebuilt) this.built = new Map(prebuilt);
  }

  /** The table, for the build-time snapshot (builds it if not yet built). */
  exportState(): RegionOwnTermsState {
    return [...this.regionOfTerm];
  }

  private get regionOfTerm(): Map<string, string> {
    this.built ??= buildRegionTerms(this.entries);
    return this.built;
  }

  /**
   * The regions whose own terms the message uses (empty when none).
   * @example
   * terms.regionsIn("c'est quoi un kbis ?"); // ['paris']
   * terms.regionsIn('deutschlandticket preis?'); // ['nrw']
   */
  regionsIn(text: string): string[] {
    const regions = new Set<string>();
    for (const term of termsOf(text)) {
      const region = this.regionOfTerm.get(term);
      if (region) regions.add(region);
    }
    return [...regions];
  }

  /** The one region the message's own terms point to (within `scope` when given); undefined when none or several. */
  regionOf(text: string, scope?: readonly string[]): string | undefined {
    const regions = this.regionsIn(text).filter((region) => !scope || scope.includes(region));
    return regions.length === 1 ? regions[0] : undefined;
  }

  /** How many terms are some region's own. */
  get size(): number {
    return this.regionOfTerm.size;
  }
}
