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
}

export interface Partnership {
  id: string;
  name: LocalisedText;
  regions: string[];
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
    for (const language of ['ja', 'de', 'en']) {
      if (!region.name?.[language]) problems.push(`region ${region.id}: name.${language} missing`);
    }
    if (!region.placeNames?.length) problems.push(`region ${region.id}: placeNames empty`);
    try {
      new Intl.DateTimeFormat('en', { timeZone: region.timeZone });
    } catch {
      problems.push(`region ${region.id}: unknown timeZone "${region.timeZone}"`);
    }
  }
  for (const partnership of catalog.partnerships ?? []) {
    for (const regionId of partnership.regions ?? []) {
      if (!ids.has(regionId)) problems.push(`partnership ${partnership.id}: unknown region "${regionId}"`);
    }
  }
  if (!catalog.partnerships?.length) problems.push('no partnership');
  if (problems.length > 0) throw new PartnershipDataError(file, problems);
  return catalog;
}

/** A region's name in the language, falling back to English. */
export function regionName(region: Region, language: string): string {
  return region.name[language] ?? region.name.en ?? region.id;
}
