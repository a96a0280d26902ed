/**
 * Which side of a partnership a message is about. Place names in the message win; then the saved context;
 * otherwise the caller asks back. The user's language is only a hint that orders the question's choices.
 */
import { BoundedCache } from '../cache/boundedCache';
import type { PartnershipCatalog, Region } from '../partnerships/partnerships';
import { LanguageNamedRegion } from './languageNamedRegion';
import { isAddressee, isDeparture, isOrigin } from './mentionRoles';
import { escapeRegExp } from '../knowledge/analysis/normalize';
import { boundedAlternation, type BoundedAlternative } from '../knowledge/analysis/boundedAlternation';

export interface RegionMatch {
  regionId: string;
  matched: string;
  /** True when every mention reads as where the asker comes from ("a company from NRW", "NRWの企業"), not what the question is about. */
  origin?: boolean;
  /** True when every mention is where the asker says they come from ("we're from NRW", "ich komme aus Essen"). */
  departure?: boolean;
  /** True when a mention names whom a hand-over should reach ("someone at Tsu City", "the Tokyo office", "津市の担当者"). */
  addressee?: boolean;
}

/** Folds case, width (ＮＲＷ), accents and umlaut spellings so "Duesseldorf", "Düsseldorf" and "DÜSSELDORF" meet. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-‐=＝・]/g, ' ');
}

const HAS_CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Words before an ambiguous place name ("Essen" is also "food") that make it a place: prepositions of place and
 * direction in the UI languages and in French ("to", "moved to", "nach … gezogen", "à").
 */
const PLACE_PREPOSITIONS = '(?:in|nach|aus|messe|near|bei|to|from|around|at|von|a|à|en|de|près de|vers|em|no|na|di)';
/**
 * A Japanese (or Korean) particle right after a Latin name ("Essenに", "Kölnで", "Essen에서") also makes it a place.
 * Matched against folded text, so folded too: NFD splits "で" into "て" + a combining mark and Hangul into jamo.
 */
const CJK_PARTICLES = ['で', 'に', 'へ', 'の', 'から', 'は', 'も', 'が', 'を', 'と', 'や', '에서', '에', '로', '으로', '의'];
const CJK_PARTICLE_AFTER = `(?=${CJK_PARTICLES.map((particle) => escapeRegExp(fold(particle))).join('|')})`;
/** After an ambiguous Japanese name: a particle (folded: で → て), punctuation, a space or the end ("津で", "津の会社", "津、"). */
const CJK_NAME_END = '(?=[でてにへのからはもやと、。，,.?？!！\\s]|$)';
/** Latin letters only: a Latin name glued to Japanese text ("Kölnで") is still a word of its own. */
const NOT_LATIN_BEFORE = '(?<![\\p{Script=Latin}\\p{N}])';
const NOT_LATIN_AFTER = '(?![\\p{Script=Latin}\\p{N}])';

/**
 * A name's pattern as alternatives with their edges apart, so that a region's combined pattern can share the edges
 * ({@link boundedAlternation}); `before(?:body)after` of each, joined by `|`, is the name's own pattern.
 */
function namePatternParts(name: string, requirePreposition: boolean): BoundedAlternative[] {
  const folded = escapeRegExp(fold(name));
  // Japanese has no spaces between words: match inside the text, but "日本" must not match "日本語" or "日本人".
  // An ambiguous one ("津": also in 津波, 大津, 興味津々) stands alone: no kanji before it, a particle or the end after it.
  if (HAS_CJK.test(name) && requirePreposition) return [{ before: '(?<!\\p{Script=Han})', body: folded, after: CJK_NAME_END }];
  if (HAS_CJK.test(name)) return [{ before: '', body: folded, after: '(?![語人])' }];
  if (requirePreposition) {
    return [
      { before: NOT_LATIN_BEFORE, body: `${PLACE_PREPOSITIONS}\\s+${folded}`, after: NOT_LATIN_AFTER },
      { before: NOT_LATIN_BEFORE, body: folded, after: CJK_PARTICLE_AFTER },
    ];
  }
  return [{ before: NOT_LATIN_BEFORE, body: folded, after: NOT_LATIN_AFTER }];
}

/** The name's own pattern from its parts. */
function namePatternSource(parts: readonly BoundedAlternative[]): string {
  const sources = parts.map(({ before, body, after }) => `${before}${body}${after}`);
  return sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`;
}

interface CompiledName {
  name: string;
  /** The folded name: a message without it has no match, so its expression is neither run nor compiled. */
  folded: string;
  /** The name's pattern (source of a `u` expression). */
  source: string;
  /** The same pattern as alternatives with their edges apart. */
  parts: BoundedAlternative[];
  /** The pattern with the `g` flag, compiled on the first message that contains one of the region's names. */
  global: RegExp;
}

interface CompiledRegion {
  region: Region;
  strong: CompiledName[];
  weak: CompiledName[];
  /** All names of one strength in one pattern: a region none of whose names occurs costs one test. */
  any: { strong: RegExp | undefined; weak: RegExp | undefined };
}

/**
 * Lookbehinds over Unicode scripts are dear to parse; most names never occur in a message, so each name's own
 * expression waits until the region's combined one has matched (start-up pays one expression per region and strength).
 */
function compileNames(names: readonly string[], ambiguous: ReadonlySet<string>): CompiledName[] {
  return names.map((name) => {
    const parts = namePatternParts(name, ambiguous.has(name));
    const source = namePatternSource(parts);
    let global: RegExp | undefined;
    return {
      name,
      folded: fold(name),
      source,
      parts,
      get global() {
        global ??= new RegExp(source, 'gu');
        return global;
      },
    };
  });
}

/**
 * Whether any of the names occurs, as one expression (only ever `test`ed, so the order of its alternatives is free):
 * the names with the same edges are grouped so that each edge is compiled once per region, not once per name.
 */
const anyOf = (names: readonly CompiledName[]) => {
  if (names.length === 0) return undefined;
  const parts = names.flatMap(({ parts }) => parts);
  const edges = [...new Set(parts.map(({ before, after }) => `${before}\u0000${after}`))];
  const grouped = edges.flatMap((edge) => parts.filter(({ before, after }) => `${before}\u0000${after}` === edge));
  return new RegExp(boundedAlternation(grouped), 'u');
};

/** Recent messages whose place names were looked up: a turn asks several times (partnership, region, question). */
const MATCH_CACHE_SIZE = 1000;

export class RegionResolver {
  private readonly compiled: CompiledRegion[];
  private readonly languageNamed: LanguageNamedRegion;
  private readonly recentMatches = new BoundedCache<readonly RegionMatch[]>(MATCH_CACHE_SIZE);

  constructor(private readonly catalog: PartnershipCatalog) {
    this.languageNamed = new LanguageNamedRegion(catalog.regions);
    this.compiled = catalog.regions.map((region) => {
      const ambiguous = new Set(region.ambiguousPlaceNames ?? []);
      const strong = compileNames(region.placeNames, ambiguous);
      const weak = compileNames(region.countryNames ?? [], new Set());
      return { region, strong, weak, any: { strong: anyOf(strong), weak: anyOf(weak) } };
    });
  }

  get regions(): Region[] {
    return this.catalog.regions;
  }

  region(id: string): Region | undefined {
    return this.catalog.regions.find((region) => region.id === id);
  }

  /**
   * The regions named in the message; empty when none, several when the message names both sides.
   * @example
   * resolver.regionsIn('Kita in Düsseldorf finden'); // [{ regionId: 'nrw', matched: 'Düsseldorf' }]
   */
  regionsIn(text: string, scope?: readonly string[]): RegionMatch[] {
    const key = `${scope ? scope.join(',') : '*'}\u0000${text}`;
    return this.recentMatches
      .getOrCompute(key, () => {
        const folded = fold(text);
        const strong = this.matchAll(folded, 'strong', scope);
        return strong.length > 0 ? strong : this.matchAll(folded, 'weak', scope);
      })
      .map((match) => ({ ...match }));
  }

  /** The one region a message names, if exactly one; `scope` = region ids to consider (a partnership's). */
  regionOf(text: string, scope?: readonly string[]): string | undefined {
    const matches = this.regionsIn(text, scope);
    // "who can help? we're from NRW": the only place named is where the asker comes from; the question is about the
    // other side when the partnership has one ("we're from Tsu" leaves Paris and Geneva open).
    if (matches.length === 1) return matches[0]!.departure ? this.otherSideOf(matches[0]!.regionId, scope) : matches[0]!.regionId;
    // Both sides named: the question is about the one that is not the asker's origin
    // ("which Tokyo office do I contact as a company from NRW?" is about Tokyo).
    const about = matches.filter((match) => !match.origin);
    return about.length === 1 && matches.length === 2 ? about[0]!.regionId : undefined;
  }

  /** The one region of `regionId`'s partnership (within `scope`) in another country; undefined when none or several. */
  private otherSideOf(regionId: string, scope?: readonly string[]): string | undefined {
    const country = this.region(regionId)?.country;
    const others = new Set(this.catalog.partnerships
      .filter((partnership) => partnership.regions.includes(regionId))
      .flatMap((partnership) => partnership.regions)
      .filter((id) => (!scope || scope.includes(id)) && this.region(id)?.country !== country));
    return others.size === 1 ? [...others][0] : undefined;
  }

  /**
   * The region where a language the message names is spoken ("do I need to speak German at the notary?" → nrw);
   * see {@link LanguageNamedRegion}. Undefined when none, several, or the message's own language.
   */
  regionOfLanguageNamed(text: string, messageLanguage: string | undefined, scope?: readonly string[]): string | undefined {
    return this.languageNamed.regionOf(text, messageLanguage, scope);
  }

  /**
   * The regions to offer when asking back, the one the user's language hints at first
   * (a Japanese speaker is more often asking about the German side, and the reverse).
   */
  choicesFor(language: string, partnershipRegions?: string[]): Region[] {
    const regions = partnershipRegions
      ? this.catalog.regions.filter((region) => partnershipRegions.includes(region.id))
      : this.catalog.regions;
    const homeCountry: Record<string, string> = { ja: 'JP', de: 'DE', fr: 'FR' };
    const home = homeCountry[language];
    return [...regions].sort((a, b) => Number(a.country === home) - Number(b.country === home));
  }

  private matchAll(folded: string, strength: 'strong' | 'weak', scope?: readonly string[]): RegionMatch[] {
    const matches: RegionMatch[] = [];
    for (const compiled of this.compiled) {
      if (scope && !scope.includes(compiled.region.id)) continue;
      if (!compiled.any[strength]?.test(folded)) continue;
      let first: string | undefined;
      let origin = true;
      let addressee = false;
      let departure = true;
      for (const name of compiled[strength]) {
        if (!folded.includes(name.folded)) continue;
        for (const found of folded.matchAll(name.global)) {
          first ??= name.name;
          const start = found.index ?? 0;
          const end = start + found[0].length;
          const before = folded.slice(Math.max(0, start - 40), start);
          const after = folded.slice(end, end + 16);
          if (!isOrigin(before, after)) origin = false;
          if (!isDeparture(before, after)) departure = false;
          if (isAddressee(before, after)) addressee = true;
        }
      }
      if (first) matches.push({ regionId: compiled.region.id, matched: first, origin, ...(addressee ? { addressee } : {}), ...(departure ? { departure } : {}) });
    }
    return matches;
  }
}
