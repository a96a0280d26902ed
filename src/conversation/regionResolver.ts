/**
 * Which side of a partnership a message is about. Place names in the message win; then the saved context;
 * otherwise the caller asks back. The user's language is only a hint that orders the question's choices.
 */
import type { PartnershipCatalog, Region } from '../partnerships/partnerships';

export interface RegionMatch {
  regionId: string;
  matched: string;
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
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namePattern(name: string, requirePreposition: boolean): RegExp {
  const folded = escape(fold(name));
  // Japanese has no spaces between words: match inside the text, but "日本" must not match "日本語" or "日本人".
  if (HAS_CJK.test(name)) return new RegExp(`${folded}(?![語人])`, 'u');
  const before = requirePreposition ? '(?:in|nach|aus|messe|near|bei|à|a|en|près de|vers)\\s+' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${before}${folded}(?![\\p{L}\\p{N}])`, 'u');
}

interface CompiledRegion {
  region: Region;
  strong: { name: string; pattern: RegExp }[];
  weak: { name: string; pattern: RegExp }[];
}

export class RegionResolver {
  private readonly compiled: CompiledRegion[];

  constructor(private readonly catalog: PartnershipCatalog) {
    this.compiled = catalog.regions.map((region) => {
      const ambiguous = new Set(region.ambiguousPlaceNames ?? []);
      return {
        region,
        strong: region.placeNames.map((name) => ({ name, pattern: namePattern(name, ambiguous.has(name)) })),
        weak: (region.countryNames ?? []).map((name) => ({ name, pattern: namePattern(name, false) })),
      };
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
    const folded = fold(text);
    const strong = this.matchAll(folded, 'strong', scope);
    return strong.length > 0 ? strong : this.matchAll(folded, 'weak', scope);
  }

  /** The one region a message names, if exactly one; `scope` = region ids to consider (a partnership's). */
  regionOf(text: string, scope?: readonly string[]): string | undefined {
    const matches = this.regionsIn(text, scope);
    return matches.length === 1 ? matches[0]!.regionId : undefined;
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
      const hit = compiled[strength].find(({ pattern }) => pattern.test(folded));
      if (hit) matches.push({ regionId: compiled.region.id, matched: hit.name });
    }
    return matches;
  }
}
