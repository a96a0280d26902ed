/**
 * Whom a hand-over request is for, read from the message itself so the escalation never asks what it was told:
 * 1. an office named by its name ("jemand von NRW.Global") takes the case, if it takes cases; otherwise its region
 *    goes to the routing rules and the office is kept as `askedOfficeId`, so the offer can say why another office
 *    answers ("connect me with OPI" → GGBa, which takes Geneva's cases);
 * 2. a place named as the addressee ("someone at Tsu City", "the Tokyo office", "津市の担当者") decides the side;
 * 3. otherwise the one region the message is about: with origin and destination named ("our Tsu SME wants to
 *    exhibit in Paris") the destination, and the routing rules in `knowledge/offices.json` pick the office.
 * Undefined when the message leaves it open (no region, or two regions and no way to tell): then the dialog asks.
 */
import type { RegionResolver } from '../conversation/regionResolver';
import type { NamedOffice } from './namedOffice';

export interface HandOverTarget {
  regionId: string;
  /** Set when the user named an office that takes cases: it takes the case, whatever the routing rules say. */
  officeId?: string;
  /** Set when the user named an office that takes no cases here (OPI, JETRO): the reply names it before the one that does. */
  askedOfficeId?: string;
}

/**
 * @param regions the conversation's partnership regions (names of other partnerships are ignored)
 * @example
 * handOverTarget('can i talk to someone at tsu city about expanding to geneva?', resolver, offices); // { regionId: 'tsu' }
 */
export function handOverTarget(text: string, resolver: RegionResolver, offices: NamedOffice, regions?: readonly string[]): HandOverTarget | undefined {
  const office = offices.in(text, regions);
  if (office) return office.takesCases === false ? { regionId: office.servesRegion, askedOfficeId: office.id } : { regionId: office.servesRegion, officeId: office.id };
  const addressed = resolver.regionsIn(text, regions).filter((match) => match.addressee);
  if (addressed.length === 1) return { regionId: addressed[0]!.regionId };
  const regionId = resolver.regionOf(text, regions);
  return regionId ? { regionId } : undefined;
}
