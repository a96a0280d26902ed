/**
 * Words that belong to one partnership's regions only, though to more than one of them: "SARL" and "Sàrl" are French
 * and Swiss legal forms, "URSSAF", "préfecture" … A message using such a word ("Sàrl の資本金はいくら？",
 * "SARL minimum capital") is about that partnership even when it names no place and no single region's own term.
 * Same rule as {@link RegionTerms} (an untranslated name kept inside text of another script), with every entry counted
 * for its partnership instead of its region. Many such terms are also ordinary words elsewhere ("talent", "reference",
 * "mon", "vie"), so a word of the message counts only when it is written as a name: an acronym ("SARL", "URSSAF",
 * "LAMal": two capitals or more), with an accent ("Sàrl", "sécu"), or inside a message in another script (Japanese).
 * Terms of other scripts ("市役所", "国際") are left out: they are common words of the other partnership's language too.
 */
import type { PartnershipCatalog } from '../partnerships/partnerships';
import { partnershipOfRegion } from '../partnerships/partnerships';
import { ALL_REGIONS, type Entry } from './entrySchema';
import { RegionTerms } from './regionTerms';

const LATIN_WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]{2,}/g;
const ACRONYM = /[A-Z\u00C0-\u00DE].*[A-Z\u00C0-\u00DE]/;
const ACCENTED = /[\u00C0-\u024F]/;
/** More kana and kanji than Latin letters. */
const MOSTLY_NON_LATIN = (text: string) => (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0) > (text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0);

export class PartnershipTerms {
  private readonly terms: RegionTerms;

  /**
   * @param entries every curated entry; entries valid everywhere (`both`) count for no partnership
   * @param catalog the partnerships and their regions (`knowledge/partnerships.json`)
   */
  constructor(
    entries: readonly Entry[],
    private readonly catalog: PartnershipCatalog,
  ) {
    const relabelled = entries.map((entry) => ({
      ...entry,
      region: entry.region === ALL_REGIONS ? ALL_REGIONS : (partnershipOfRegion(catalog, entry.region)?.id ?? entry.region),
    }));
    this.terms = new RegionTerms(relabelled);
  }

  /**
   * The region ids of the one partnership whose own terms the message uses; empty when none or several.
   * @example
   * terms.regionsOf('Sàrl の資本金はいくら？'); // ['tsu', 'paris', 'geneva']
   */
  regionsOf(text: string): string[] {
    const inOtherScript = MOSTLY_NON_LATIN(text);
    const named = (text.match(LATIN_WORD) ?? []).filter((word) => inOtherScript || ACRONYM.test(word) || ACCENTED.test(word));
    const partnerships = new Set(named.map((word) => this.terms.regionOf(word)).filter(Boolean));
    const partnershipId = partnerships.size === 1 ? [...partnerships][0] : undefined;
    return this.catalog.partnerships.find((partnership) => partnership.id === partnershipId)?.regions ?? [];
  }
}
