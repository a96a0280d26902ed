/**
 * Partnerships and their regions are data (`knowledge/partnerships.json`): a new partnership
 * (Tsu city with the Paris Region and Geneva, say) is a change to that file, not to code.
 */
import fs from 'node:fs';

export type LocalisedText = Record<string, string>;

export interface Region {
  id: string;
  country: string;
  timeZone: string;
  name: LocalisedText;
  placeNames: string[];
  /** Place names that are also ordinary words ("Essen" = food): they count only after "in", "nach", "aus", "Messe". */
  ambiguousPlaceNames?: string[];
  /** Country names: a weaker signal, used only when no place name matched. */
  countryNames?: string[];
  /**
   * Languages spoken there (ISO 639-1): a question naming one ("do I need to speak German at the notary?",
   * "ドイツ語は必要？") is about a region where it is spoken.
   */
  languages?: string[];
  /**
   * The entry id (of this region) that answers a broad question on moving there ("we're moving to Geneva, what do we
   * need to do first?") where the region has no moving plan: its first-weeks checklist.
   */
  arrivalOverview?: string;
}

export interface Partnership {
  id: string;
  name: LocalisedText;
  regions: string[];
  /**
   * Content languages this partnership serves: every knowledge entry of its regions exists in each of them, and
   * every region name too. Default {@link DEFAULT_PARTNERSHIP_LANGUAGES} when the file does not say.
   */
  languages?: string[];
  agreement?: { title: string; signed: string; source: string };
}

/** Languages of a partnership that does not list its own (the first partnership, Tokyo ⇄ NRW). */
export const DEFAULT_PARTNERSHIP_LANGUAGES: readonly string[] = ['ja', 'de', 'en'];

/** The content languages of a partnership (`languages`, else {@link DEFAULT_PARTNERSHIP_LANGUAGES}). */
export function partnershipLanguages(partnership: Partnership): readonly string[] {
  return partnership.languages?.length ? partnership.languages : DEFAULT_PARTNERSHIP_LANGUAGES;
}

/** The partnership a region belongs to (a region belongs to exactly one). */
export function partnershipOfRegion(catalog: PartnershipCatalog, regionId: string): Partnership | undefined {
  return catalog.partnerships.find((partnership) => partnership.regions.includes(regionId));
}

/**
 * The languages every knowledge entry of each region must have: its partnership's languages.
 * @example
 * requiredLanguagesByRegion(catalog).paris; // ['ja', 'fr', 'en']
 */
export function requiredLanguagesByRegion(catalog: PartnershipCatalog): Record<string, readonly string[]> {
  const byRegion: Record<string, readonly string[]> = {};
  for (const partnership of catalog.partnerships) {
    for (const regionId of partnership.regions) byRegion[regionId] = partnershipLanguages(partnership);
  }
  return byRegion;
}

export interface PartnershipCatalog {
  partnerships: Partnership[];
  regions: Region[];
}

export class PartnershipDataError extends Error {
  override name = 'PartnershipDataError';
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Loads and checks `partnerships.json`: every region referenced exists, ids are unique, names are present. */
export function loadPartnerships(file: string): PartnershipCatalog {
  const catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as PartnershipCatalog;
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const region of catalog.regions ?? []) {
    if (!region.id || ids.has(region.id)) problems.push(`region id missing or duplicated: "${region.id}"`);
    ids.add(region.id);
    if (region.id === 'both') problems.push('"both" is reserved for entries valid on every side');
    const partnership = (catalog.partnerships ?? []).find((candidate) => candidate.regions?.includes(region.id));
    const languages = new Set(['en', ...(partnership ? partnershipLanguages(partnership) : DEFAULT_PARTNERSHIP_LANGUAGES)]);
    for (const language of languages) {
      if (!region.name?.[language]) problems.push(`region ${region.id}: name.${language} missing`);
    }
    if (!region.placeNames?.length) problems.push(`region ${region.id}: placeNames empty`);
    try {
      new Intl.DateTimeFormat('en', { timeZone: region.timeZone });
    } catch {
      problems.push(`region ${region.id}: unknown timeZone "${region.timeZone}"`);
    }
  }
  const partnershipIds = new Set<string>();
  const owner = new Map<string, string>();
  for (const partnership of catalog.partnerships ?? []) {
    if (!partnership.id || partnershipIds.has(partnership.id)) problems.push(`partnership id missing or duplicated: "${partnership.id}"`);
    partnershipIds.add(partnership.id);
    for (const regionId of partnership.regions ?? []) {
      if (!ids.has(regionId)) problems.push(`partnership ${partnership.id}: unknown region "${regionId}"`);
      if (owner.has(regionId)) problems.push(`region ${regionId} is in partnerships ${owner.get(regionId)} and ${partnership.id}; a region belongs to one`);
      owner.set(regionId, partnership.id);
    }
    if (partnership.languages !== undefined && (!Array.isArray(partnership.languages) || partnership.languages.length === 0)) {
      problems.push(`partnership ${partnership.id}: languages must be a non-empty list`);
    }
    if (!partnership.name?.en) problems.push(`partnership ${partnership.id}: name.en missing`);
  }
  if (!catalog.partnerships?.length) problems.push('no partnership');
  if (problems.length > 0) throw new PartnershipDataError(file, problems);
  return catalog;
}

/** A region's name in the language, falling back to English. */
export function regionName(region: Region, language: string): string {
  return region.name[language] ?? region.name.en ?? region.id;
}
