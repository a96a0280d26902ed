/**
 * Answers a follow-up that asks a facet of the last answer ("und wie lange dauert das?", "予約いる？", "what documents
 * do I need?") from where our information says it: the part of the last entry that says it (a section, or the lead),
 * else an entry listed as related to the last one that is about that facet ("How long does founding a company
 * take?"), else nothing — then the reply says plainly that our information does not say it.
 */
import { entrySections } from '../knowledge/entrySections';
import type { Entry } from '../knowledge/entrySchema';
import type { FollowUpFacets } from './followUpFacets';

export interface FacetAnswer {
  entry: Entry;
  /** The section's Markdown that says it; '' or undefined: the whole entry (its lead says it, or it is about the facet). */
  part?: string | undefined;
  /** Set when no part of our information says what was asked: the facet id (e.g. 'duration'). */
  missing?: string | undefined;
}

const contentOf = (entry: Entry, language: string) => entry.content[language] ?? entry.content.en;

const languageOf = (entry: Entry, language: string) => (entry.content[language] ? language : 'en');

/**
 * A cross-reference in our entries' own wording: "see *founding costs*", "siehe *Gründungskosten*", "voir *…*",
 * 「設立費用」を参照, "→「法人形態」".
 */
const CROSS_REFERENCE = /(?<![\p{L}])(?:see|siehe|voir)\s+\*|」(?:「[^」]*」)*\s*を参照|→\s*「/u;

/**
 * Whether a part only points to other entries for what it names ("**Cost and time:** see *founding costs* and *how
 * long founding takes*"): a cross-reference and no figure of its own. Such a part does not say the facet.
 */
export function refersElsewhere(markdown: string): boolean {
  return CROSS_REFERENCE.test(markdown) && !/\p{N}/u.test(markdown);
}

/**
 * Whether every line of a part that names the asked words only points to another entry for them ("6. … Taxe
 * d'enregistrement et frais de notaire : voir *coût de création*." for "ça coûte combien l'enregistrement ?"); false
 * when no line names them.
 * @param names whether a line names the asked words
 */
export function pointsElsewhereFor(markdown: string, names: (line: string) => boolean): boolean {
  const naming = markdown.split('\n').filter(names);
  return naming.length > 0 && naming.every((line) => CROSS_REFERENCE.test(line));
}

/**
 * The place a section heading names, seen from the conversation: `asked` when it is a place the conversation is about,
 * `other` for another place ("**In Cologne**" in a conversation about Düsseldorf), undefined when it names none.
 */
export type HeadingPlace = (heading: string) => 'asked' | 'other' | undefined;

/**
 * The part of an entry that says the facet: '' for the lead (the entry's opening), a section's Markdown, or undefined
 * when none does. In a conversation about a place, a section about another place does not answer ("Mondays without
 * an appointment" in Cologne is no answer for Düsseldorf), and one about that place comes first; then the one whose
 * heading says the facet, then the earliest.
 */
export function partSaying(facets: FollowUpFacets, facetId: string, entry: Entry, language: string, placeOf?: HeadingPlace): string | undefined {
  const contentLanguage = languageOf(entry, language);
  const sections = entrySections(contentOf(entry, language).answerMarkdown);
  const saying = sections.map((section, index) => ({ section, index })).filter(({ section }) =>
    facets.says(facetId, section.markdown, contentLanguage) && !refersElsewhere(section.markdown) && !(placeOf && section.heading && placeOf(section.heading) === 'other'));
  if (saying.length === 0) return undefined;
  const byPlace = placeOf ? saying.find(({ section }) => section.heading && placeOf(section.heading) === 'asked') : undefined;
  const byHeading = saying.find(({ section }) => section.heading && facets.says(facetId, section.heading, contentLanguage));
  const { section, index } = byPlace ?? byHeading ?? saying[0]!;
  return index === 0 || sections.length < 2 ? '' : section.markdown;
}

/** Whether an entry is about the facet itself: its title or one of its questions asks it. */
export function isAboutFacet(facets: FollowUpFacets, facetId: string, entry: Entry, language: string): boolean {
  const contentLanguage = languageOf(entry, language);
  const content = contentOf(entry, language);
  return [content.title, ...content.questions].some((text) => facets.isAbout(facetId, text, contentLanguage));
}

/**
 * What of a neighbour of the last entry answers the facet: the whole entry when its title asks it ("How long does
 * founding take?"); else its section whose heading says it ("**Family members: Dependent**" for "and my
 * children?"); else the whole entry (undefined).
 */
export function neighbourPartSaying(facets: FollowUpFacets, facetId: string, entry: Entry, language: string): string | undefined {
  const contentLanguage = languageOf(entry, language);
  if (facets.isAbout(facetId, contentOf(entry, language).title, contentLanguage)) return undefined;
  const sections = entrySections(contentOf(entry, language).answerMarkdown);
  const byHeading = sections.findIndex((section, index) => index > 0 && section.heading && facets.says(facetId, section.heading, contentLanguage));
  return byHeading > 0 ? sections[byHeading]!.markdown : undefined;
}

/**
 * Where an entry says the facet as such: '' for the lead (or an entry of one part), a section whose heading says it,
 * or undefined when only the body of a later section mentions it (a fee among the founding steps) or nothing does.
 */
export function prominentPartSaying(facets: FollowUpFacets, facetId: string, entry: Entry, language: string): string | undefined {
  const contentLanguage = languageOf(entry, language);
  const sections = entrySections(contentOf(entry, language).answerMarkdown);
  const byHeading = sections.findIndex((section) => section.heading && facets.says(facetId, section.heading, contentLanguage) && !refersElsewhere(section.markdown));
  if (byHeading >= 0) return byHeading === 0 || sections.length < 2 ? '' : sections[byHeading]!.markdown;
  return sections[0] && facets.says(facetId, sections[0].markdown, contentLanguage) ? '' : undefined;
}

/**
 * The first of `related` whose title asks the facet ("What founding a KK or GK in Tokyo costs"), with its part that
 * says it (see {@link neighbourPartSaying}); undefined when none does.
 */
export function titledNeighbour(facets: FollowUpFacets, facetId: string, related: readonly Entry[], language: string): FacetAnswer | undefined {
  const titled = related.find((entry) => facets.isAbout(facetId, contentOf(entry, language).title, languageOf(entry, language)));
  return titled && { entry: titled, part: neighbourPartSaying(facets, facetId, titled, language) };
}

/**
 * The last entry when it is about the facet or says it as such (its lead, a section's heading); else a related entry
 * titled on the facet ("und wie viel kostet das?" after the founding steps → what founding costs, not a fee the steps
 * mention); else the last entry's section that mentions it; else a related entry one of whose questions asks it; else
 * the last entry with `missing` set.
 * @param related the entries listed as related to the last one (curated), nearest first
 * @param placeOf which place a section heading names, seen from the conversation (see {@link partSaying})
 * @example
 * facetAnswer(facets, 'duration', tokyoIncorporationSteps, [tokyoFoundingDuration, …], 'en'); // { entry: tokyoFoundingDuration }
 * facetAnswer(facets, 'appointment', tsuResidenceRegistration, [], 'en'); // { entry: …, missing: 'appointment' }
 */
export function facetAnswer(facets: FollowUpFacets, facetId: string, last: Entry, related: readonly Entry[], language: string, placeOf?: HeadingPlace): FacetAnswer {
  // The section on the place asked ("**In Bonn** … only with an appointment"), before the entry as a whole.
  const placed = placeOf ? partSaying(facets, facetId, last, language, placeOf) : undefined;
  if (placed && placeOf!(entrySections(placed)[0]?.heading ?? '') === 'asked') return { entry: last, part: placed };
  if (isAboutFacet(facets, facetId, last, language)) return { entry: last };
  const prominent = prominentPartSaying(facets, facetId, last, language);
  if (prominent !== undefined) return { entry: last, part: prominent };
  // A neighbour whose title asks the facet ("What founding a KK or GK in Tokyo costs") comes before a mention in the
  // last entry's body; one whose questions merely include it (the COE entry's "is there a fee?") after it.
  const titled = titledNeighbour(facets, facetId, related, language);
  if (titled) return titled;
  const part = partSaying(facets, facetId, last, language, placeOf);
  if (part !== undefined) return { entry: last, part };
  const dedicated = related.find((entry) => isAboutFacet(facets, facetId, entry, language));
  if (dedicated) return { entry: dedicated, part: neighbourPartSaying(facets, facetId, dedicated, language) };
  return { entry: last, missing: facetId };
}
