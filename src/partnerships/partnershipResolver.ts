/**
 * Which partnership a conversation is about. One deployment serves several partnerships side by side; each turn
 * decides, in this order:
 * 1. the entry point: `channelData.partnership` sent by the web page (`/?partnership=tsu-paris-geneva`), or the
 *    configured binding of the channel (`PARTNERSHIP_BINDINGS`, e.g. the LINE channel or the Teams app);
 * 2. place names in the message ("Paris", "津市", "Düsseldorf") when they all belong to one partnership; else terms of
 *    one side ("Kbis", "Deutschlandticket") or a language named ("German") when they point to one partnership;
 * 3. the partnership saved for the user from an earlier turn;
 * 4. the turn's language when exactly one partnership serves it (French → Tsu ⇄ Paris/Geneva, German → Tokyo ⇄ NRW);
 * 5. names shared by the regions of one partnership only ("SARL", "URSSAF", "LAMal"; see PartnershipTerms);
 * 6. the first partnership of `partnerships.json` (source `default`: nothing told it).
 * Search, the region question and routing are then scoped to that partnership's regions, so they never mix partnerships.
 */
import type { RegionResolver } from '../conversation/regionResolver';
import { partnershipLanguages, partnershipOfRegion, type Partnership, type PartnershipCatalog } from './partnerships';

export type PartnershipSource = 'entry-point' | 'place-name' | 'subject' | 'saved' | 'language' | 'shared-term' | 'default';

/** The regions a message is about by its subject, without a place name ("Kbis" → paris); see RegionTerms. */
export type SubjectRegions = (text: string, language: string) => readonly string[];

export interface PartnershipDecision {
  partnership: Partnership;
  source: PartnershipSource;
}

export interface PartnershipTurn {
  /** Bot Framework channel id of the activity (`line`, `msteams`, `directline`, …). */
  channelId: string | undefined;
  /** The activity's channelData; the web page puts `{ partnership }` there. */
  channelData: unknown;
  /** The user's text this turn ('' for buttons and welcomes). */
  text: string;
  /** The partnership saved in the user's profile. */
  saved: string | undefined;
  /** The language of this turn's answer. */
  language: string;
}

export class PartnershipBindingError extends Error {
  override name = 'PartnershipBindingError';
}

export class PartnershipResolver {
  private readonly bindings: ReadonlyMap<string, string>;

  /**
   * @param bindings channel id → partnership id (`PARTNERSHIP_BINDINGS`).
   * @throws PartnershipBindingError when a binding names an unknown partnership.
   */
  constructor(
    private readonly catalog: PartnershipCatalog,
    private readonly regionResolver: RegionResolver,
    bindings: Record<string, string> = {},
    private readonly subjectRegions?: SubjectRegions,
    /** The regions of the one partnership whose shared names the message uses ("SARL": Paris and Geneva); see PartnershipTerms. */
    private readonly sharedTermRegions?: (text: string) => readonly string[],
  ) {
    for (const [channelId, partnershipId] of Object.entries(bindings)) {
      if (!this.byId(partnershipId)) {
        throw new PartnershipBindingError(`PARTNERSHIP_BINDINGS: channel "${channelId}" is bound to unknown partnership "${partnershipId}" (known: ${catalog.partnerships.map((p) => p.id).join(', ')})`);
      }
    }
    this.bindings = new Map(Object.entries(bindings));
  }

  get partnerships(): readonly Partnership[] {
    return this.catalog.partnerships;
  }

  byId(id: string | undefined): Partnership | undefined {
    return id ? this.catalog.partnerships.find((partnership) => partnership.id === id) : undefined;
  }

  /** Every region id of every partnership, in the catalog's order. */
  allRegions(): string[] {
    return this.catalog.partnerships.flatMap((partnership) => partnership.regions);
  }

  /** The id of the partnership a region belongs to (for a region saved before any partnership was). */
  ofRegion(regionId: string | undefined): string | undefined {
    return regionId ? partnershipOfRegion(this.catalog, regionId)?.id : undefined;
  }

  /** The partnership fixed by the entry point, if any (web page parameter first, then the channel's binding). */
  entryPoint(channelId: string | undefined, channelData: unknown): Partnership | undefined {
    const requested = channelData && typeof channelData === 'object' ? (channelData as Record<string, unknown>).partnership : undefined;
    const fromPage = typeof requested === 'string' ? this.byId(requested) : undefined;
    return fromPage ?? (channelId ? this.byId(this.bindings.get(channelId)) : undefined);
  }

  /**
   * @example
   * resolver.resolve({ channelId: 'directline', channelData: {}, text: 'Comment créer une SAS à Paris ?', saved: undefined, language: 'fr' });
   * // { partnership: { id: 'tsu-paris-geneva', … }, source: 'place-name' }
   */
  resolve(turn: PartnershipTurn): PartnershipDecision {
    const entry = this.entryPoint(turn.channelId, turn.channelData);
    if (entry) return { partnership: entry, source: 'entry-point' };

    const named = new Set(
      this.regionResolver.regionsIn(turn.text).map((match) => partnershipOfRegion(this.catalog, match.regionId)?.id).filter(Boolean),
    );
    if (named.size === 1) return { partnership: this.byId([...named][0])!, source: 'place-name' };
    if (named.size === 0 && turn.text && this.subjectRegions) {
      const subject = new Set(this.subjectRegions(turn.text, turn.language).map((regionId) => partnershipOfRegion(this.catalog, regionId)?.id).filter(Boolean));
      if (subject.size === 1) return { partnership: this.byId([...subject][0])!, source: 'subject' };
    }

    const saved = this.byId(turn.saved);
    if (saved) return { partnership: saved, source: 'saved' };

    const servingLanguage = this.catalog.partnerships.filter((partnership) => partnershipLanguages(partnership).includes(turn.language));
    if (servingLanguage.length === 1) return { partnership: servingLanguage[0]!, source: 'language' };
    const shared = new Set((turn.text ? this.sharedTermRegions?.(turn.text) ?? [] : []).map((regionId) => partnershipOfRegion(this.catalog, regionId)?.id).filter(Boolean));
    if (shared.size === 1) return { partnership: this.byId([...shared][0])!, source: 'shared-term' };
    return { partnership: this.catalog.partnerships[0]!, source: 'default' };
  }

  /**
   * The languages the welcome offers: the entry point's partnership's, else every partnership's (ISO 639-1 codes,
   * in the order partnerships.json lists them, English last).
   */
  welcomeLanguages(channelId: string | undefined, channelData: unknown): string[] {
    const codes = [...new Set(this.welcomePartnerships(channelId, channelData).flatMap((partnership) => partnershipLanguages(partnership)))];
    return [...codes.filter((code) => code !== 'en'), ...codes.filter((code) => code === 'en')];
  }

  /**
   * The partnership name(s) for the welcome: the entry point's one when bound, otherwise every partnership.
   * @example
   * resolver.welcomeName(undefined, undefined, 'fr'); // 'Tokyo – Rhénanie-du-Nord-Westphalie / Tsu – Région Paris – Genève'
   */
  welcomeName(channelId: string | undefined, channelData: unknown, language: string): string {
    return this.welcomePartnerships(channelId, channelData).map((partnership) => partnership.name[language] ?? partnership.name.en ?? partnership.id).join(' / ');
  }

  /** What the welcome speaks for: the entry point's partnership when bound, otherwise every partnership. */
  private welcomePartnerships(channelId: string | undefined, channelData: unknown): Partnership[] {
    const entry = this.entryPoint(channelId, channelData);
    return entry ? [entry] : this.catalog.partnerships;
  }
}

/**
 * Parses `PARTNERSHIP_BINDINGS`: `channelId=partnershipId` pairs separated by commas
 * (`line=tsu-paris-geneva,msteams=tokyo-nrw`). Unset or empty = no binding.
 * @throws Error naming the bad pair.
 */
export function parsePartnershipBindings(value: string | undefined): Record<string, string> {
  const bindings: Record<string, string> = {};
  for (const pair of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([a-z0-9._-]+)\s*=\s*([a-z0-9._-]+)$/i.exec(pair);
    if (!match) throw new Error(`"${pair}" is not channelId=partnershipId (e.g. line=tsu-paris-geneva)`);
    bindings[match[1]!] = match[2]!;
  }
  return bindings;
}
