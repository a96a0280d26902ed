/**
 * Reads a follow-up ("brauche ich dafür einen Termin?", "何歳から入れる？", "et pour un logement vide ?") against the
 * last answered entry: first the part of that entry that shares the question's own words (its lead or a section),
 * then the entries of its family (its `related` list, its topic in its region), then any entry, each searched with the
 * question and the last entry's subject together. The region of the last answer is kept unless the message names
 * another one. Declines (undefined) when the message is a new question of its own.
 */
import type { AliasTable } from '../knowledge/aliases';
import { EntryTermsMemo, type EntryPartTerms } from './entryTerms';
import { ALL_REGIONS, type Entry } from '../knowledge/entrySchema';
import type { KnowledgeSearchIndex, SearchHit } from '../knowledge/searchIndex';
import { facetAnswer, isAboutFacet, neighbourPartSaying, partSaying, pointsElsewhereFor, prominentPartSaying, refersElsewhere, titledNeighbour, type HeadingPlace } from './facetAnswer';
import type { FollowUpFacets } from './followUpFacets';
import { asksOwnSubject } from './ownSubject';
import type { AlternativeSwap } from './alternativeSwap';
import { anyMatches } from './wordMatch';

/** A question this sure of an entry outside the last answer's family, whatever the context adds, is a new question. */
const OWN_QUESTION_CONFIDENCE = 0.6;
/** Added to the normalised score of an entry in the last answer's family (its neighbours come first). */
const FAMILY_BONUS = 0.35;
/** How much the question searched alone counts beside the question searched with the last entry's subject. */
const OWN_SEARCH_WEIGHT = 0.6;
/** The last entry is kept unless another entry covers more than this many times its weight of the asked words. */
const LAST_ENTRY_ADVANTAGE = 1.5;
/** A family entry draws a follow-up away from the last entry only when it covers at least this much (one fairly specific word). */
const LEAVE_LAST_MIN_COVERAGE = 0.5;
/** An entry outside the family needs this much (a specific word in its title, or two in its answer). */
const LEAVE_FAMILY_MIN_COVERAGE = 1;
/** A match in an entry's title or questions (what it is about) counts this much more than one in its body. */
const SUBJECT_MATCH_WEIGHT = 1.5;
/** A counterpart in another region must be found this surely (see `confidence.ts`); below, that region has none. */
const COUNTERPART_MIN_CONFIDENCE = 0.25;
/** What the last entry saying the asked facet as such (its lead, a section's heading) weighs for it. */
const FACET_WEIGHT = 1;
/** The last question asked again about an alternative must find its entry this surely (see `confidence.ts`). */
const ALTERNATIVE_MIN_CONFIDENCE = 0.3;
/** Hits looked at from each search. */
const CANDIDATES = 12;

export interface FollowUpResolverDeps {
  index: KnowledgeSearchIndex;
  aliases: AliasTable;
  byId(id: string): Entry | undefined;
  /** The entry's family, nearest first (its `related` list, then its topic in its region). */
  familyOf(entry: Entry): string[];
  /** Words that only mark a follow-up ("and", "dafür", "それ"), per analysed term. */
  markerTerms: ReadonlySet<string>;
  /** The message without the partnership's place names. */
  withoutPlaces(text: string): string;
  /** What a follow-up may ask of the last answer (duration, cost, documents…); none when absent. */
  facets?: FollowUpFacets | undefined;
  /** Interchangeable words a follow-up may swap into the last question ("und eine UG?"); none when absent. */
  alternatives?: AlternativeSwap | undefined;
  /** Whether a message has a word pointing back at the last answer ("how much of that", "ce bureau", "それ"). */
  refersBack?: ((text: string) => boolean) | undefined;
  /**
   * Ranked hits with the best one's lead measured against the best hit outside its family (two entries of one family
   * on a subject, "flat hunting" and "rent deposit", are no ambiguity); hits as they are when absent.
   */
  familyMargin?: ((hits: SearchHit[]) => SearchHit[]) | undefined;
}

export interface FollowUpQuestion {
  text: string;
  /** The language the message is in (search). */
  searchLanguage: string;
  /** The language the answer is written in (sections). */
  contentLanguage: string;
  /** A region the message itself names ("and in Cologne?"), else undefined. */
  namedRegion: string | undefined;
  /** The region of the last answer. */
  lastRegion: string | undefined;
  /** The question the last answer was for, if known. */
  lastQuestion?: string | undefined;
}

/** What answers the follow-up: an entry, and the part of it that answers (`part` unset: the whole entry). */
export interface FollowUpChoice {
  entry: Entry;
  part?: string | undefined;
  /** The region the answer is for (the named one, else the last answer's). */
  regionId: string | undefined;
  /** The facet asked (e.g. 'duration') when no part of our information on `entry` says it. */
  missing?: string | undefined;
  /** True when the message asks for the last subject in another region that has no entry on it (`entry` is the last one). */
  noCounterpart?: boolean | undefined;
  /** The question this answers when the follow-up rewrote the last one ("and a KK?" → "what does founding a KK cost?"). */
  question?: string | undefined;
}

/** How many of the nearest entries on the subject are looked at for one about the place a follow-up names. */
const SAME_PLACE_CANDIDATES = 3;

/** A follow-up as read within one call of {@link FollowUpResolver.resolve}: what is derived from its text, worked out once. */
interface Reading extends FollowUpQuestion {
  /** The message without the partnership's place names. */
  withoutPlaces: string;
  /** Its content words (see `contentTerms`) per language, filled on first use. */
  typedTerms: Map<string, string[]>;
}

export class FollowUpResolver {
  /** The analysed words of entries, worked out once per entry and language. */
  private readonly entryTerms: EntryTermsMemo;
  /** {@link wordsOf} per memoised entry terms (the joined list was built on every follow-up turn). */
  private readonly allWords = new WeakMap<object, { subject: readonly string[]; all: readonly string[] }>();
  /** Per language, the analysed words of each alias expansion (the alias table's terms, which never change). */
  private readonly expansionTerms = new Map<string, Map<string, readonly string[]>>();

  constructor(private readonly deps: FollowUpResolverDeps) {
    this.entryTerms = new EntryTermsMemo((text, language) => deps.index.analyze(text, language, false));
  }

  /**
   * @param last the entry last answered in this conversation
   * @returns the choice, or undefined when the message is a question of its own (then it is searched as usual)
   * @example
   * resolver.resolve({ text: 'et pour un logement vide ?', …, lastRegion: 'paris' }, parisDeposit);
   * // { entry: paris-housing-deposit, part: 'Pour une location … un mois … logement vide …' }
   */
  resolve(followUp: FollowUpQuestion, last: Entry): FollowUpChoice | undefined {
    const { index } = this.deps;
    const withoutPlaces = this.deps.withoutPlaces(followUp.text);
    const question: Reading = { ...followUp, withoutPlaces, typedTerms: new Map() };
    const regionId = question.namedRegion ?? question.lastRegion ?? (last.region === ALL_REGIONS ? undefined : last.region);
    const ownTerms = this.typedTerms(question, question.searchLanguage);
    const movedRegion = question.namedRegion !== undefined && question.namedRegion !== last.region && last.region !== ALL_REGIONS;

    // "and in Bonn?" / "パリは？": nothing but a place — the same subject there.
    if (ownTerms.length === 0) {
      if (!movedRegion) return { entry: this.samePlaceElsewhere(question, last, regionId) ?? last, regionId };
      // "et celui avec Genève ?" after when the Tsu–Paris agreement was signed: the last answer covers that place too.
      if (this.namesPlaceOf(question, last)) return { entry: last, regionId: last.region };
      const counterpart = this.counterpart(last, question.searchLanguage, regionId);
      return counterpart ? { entry: counterpart, regionId } : { entry: last, regionId, noCounterpart: true };
    }

    // "und eine UG?" after "Was kostet die Gründung einer GmbH?": the same question about the alternative; "und in
    // Tokio für eine KK?" asks it on the other side.
    const alternative = this.alternativeChoice(question, last, regionId, movedRegion);
    if (alternative) return alternative;

    // "wie lange dauert eine GmbH-Gründung in Köln?" after the Anmeldung: a complete question on a subject of its own
    // is searched fresh (the caller keeps the region), whatever facet words it shares with a follow-up.
    const asked = this.deps.facets?.asked(withoutPlaces, question.searchLanguage);
    const subjectTerms = asked ? this.contentTerms(asked.rest, question.searchLanguage) : ownTerms;
    // The message searched by itself, once: for a question of its own, and for a facet the last entry does not say.
    // Its best hit is the same whatever the limit (a hit's confidence depends on the two best scores only).
    const own = index.search(question.text, { language: question.searchLanguage, region: regionId, limit: CANDIDATES });
    const ownHits = own.slice(0, 1);
    if (asksOwnSubject({
      subjectTerms,
      last,
      ownHits,
      wordsOf: (entry) => this.wordsOf(entry, question.searchLanguage),
      byId: (id) => this.deps.byId(id),
      refersBack: this.deps.refersBack?.(question.text) ?? false,
    })) return undefined;

    // "und wie lange dauert das?", "それって予約いる？": a facet of the last answer and nothing else — the facet's
    // words alone (which many other entries use) do not move the subject.
    const facet = movedRegion ? undefined : asked;
    // (`subjectTerms` are the content words of `facet.rest` when there is a facet.)
    if (facet && subjectTerms.length === 0) {
      // The last entry or the neighbours it lists (see `facetAnswer`); when neither says it, the entry the search finds
      // with the conversation's subject when its title asks the facet itself ("Wie lange die Gründung einer GmbH
      // dauert", even when it says there is no fixed time) — never one that merely mentions it (a bank's appointments)
      // or lists it among its questions (a birth entry's "and for the child?").
      const answer = facetAnswer(this.deps.facets!, facet.id, last, this.closestRelated(last, question), question.contentLanguage, this.placeHeadings(question));
      if (!answer.missing) return { ...answer, regionId };
      const found = this.resolveByTerms(question, last, ownTerms, own, regionId, movedRegion);
      if (found && found.entry.id !== last.id && this.titledOn(facet.id, found.entry, question.contentLanguage)) {
        return { entry: found.entry, part: neighbourPartSaying(this.deps.facets!, facet.id, found.entry, question.contentLanguage), regionId };
      }
      return { ...answer, regionId };
    }
    // The facet asked counts for the last entry when it says it as such ("how long can I still use it?" after the
    // licence's six months): one fairly specific word's worth against the other words of the message.
    const facetPart = facet ? prominentPartSaying(this.deps.facets!, facet.id, last, question.contentLanguage) : undefined;
    // "und was kostet die GK bei der Registrierung?" after the legal forms, which do not say what founding costs: the
    // entry the message finds surely by itself, on the same subject (topic or family), whose title asks that facet
    // ("Was die Gründung … kostet"); never one elsewhere ("それは予約が必要？" after the Anmeldung is no doctor's appointment).
    if (facet && facetPart === undefined) {
      const [top] = ownHits;
      const entry = top && top.entryId !== last.id && top.confidence >= OWN_QUESTION_CONFIDENCE ? this.deps.byId(top.entryId) : undefined;
      const near = entry !== undefined && (entry.topic === last.topic || this.deps.familyOf(last).includes(entry.id));
      if (entry && near && this.titledOn(facet.id, entry, question.contentLanguage)) {
        return { entry, part: neighbourPartSaying(this.deps.facets!, facet.id, entry, question.contentLanguage), regionId };
      }
    }
    const chosen = this.resolveByTerms(question, last, ownTerms, own, regionId, movedRegion, facetPart);
    return facet && chosen ? this.withFacet(chosen, facet.id, last, question, subjectTerms) : chosen;
  }

  /**
   * The last question asked again with the follow-up's alternative in place of its own word ("what does founding a GK
   * cost?" + "and a KK?"), searched in the conversation's region; undefined when the message is no bare alternative
   * or that question finds no entry surely. Asked about another side (`movedRegion`: "und in Tokio für eine KK?"),
   * only that side's entries answer. The part answering is the one about the alternative, unless the entry's title
   * names it (then the entry is about it as a whole).
   */
  private alternativeChoice(question: FollowUpQuestion, last: Entry, regionId: string | undefined, movedRegion: boolean): FollowUpChoice | undefined {
    const { alternatives, index } = this.deps;
    if (!alternatives || !question.lastQuestion) return undefined;
    const saysMore = (rest: string) => this.contentTerms(this.deps.withoutPlaces(rest), question.searchLanguage).length > 0;
    const swapped = alternatives.swap(question.text, question.lastQuestion, saysMore);
    if (!swapped) return undefined;
    // The last entry when it speaks of the alternative too ("KK or GK" founding steps), else the rewritten question's.
    const lastLanguage = this.contentLanguageOf(last, question);
    const lastWords = this.wordsOf(last, lastLanguage);
    const alternativeTerms = this.contentTerms(swapped.alternative, lastLanguage);
    const lastNamesIt = !movedRegion && lastWords !== undefined && alternativeTerms.length > 0 && alternativeTerms.every((term) => lastWords.all.includes(term));
    const [top] = lastNamesIt ? [] : index.search(swapped.question, { language: question.searchLanguage, region: regionId, limit: 1 });
    const entry = lastNamesIt ? last : top && top.confidence >= ALTERNATIVE_MIN_CONFIDENCE ? this.deps.byId(top.entryId) : undefined;
    if (!entry) return undefined;
    const asked = new Map(this.contentTerms(swapped.alternative, this.contentLanguageOf(entry, question)).map((term) => [term, 1]));
    const part = this.bestPart(entry, question, asked, this.tellingTerms(entry, question, asked));
    return { entry, part: part?.markdown || undefined, regionId, question: swapped.question };
  }

  /**
   * A follow-up that asks a facet besides other words keeps what its words chose when that entry says the facet;
   * otherwise the last entry answers when it says it ("and what if I don't sign up in time?" after the health
   * insurance stays there rather than going to an entry that merely shares a word).
   */
  /** @param askedTerms the follow-up's own content words beside the facet's phrase (as `resolve` found them) */
  private withFacet(choice: FollowUpChoice, facetId: string, last: Entry, question: FollowUpQuestion, askedTerms: readonly string[]): FollowUpChoice {
    const facets = this.deps.facets!;
    const language = question.contentLanguage;
    // The part the words chose only points elsewhere for them ("**Cost and time:** see *founding costs*", "Taxe
    // d'enregistrement … : voir *coût de création*"): the entry it points to answers, found as for a bare facet.
    const namesAsked = (line: string) => this.deps.index.analyze(line, language, false).some((term) => askedTerms.includes(term));
    if (choice.part && (refersElsewhere(choice.part) || (askedTerms.length > 0 && pointsElsewhereFor(choice.part, namesAsked)))) {
      const titled = titledNeighbour(facets, facetId, this.closestRelated(choice.entry, question), language);
      if (titled) return { ...titled, regionId: choice.regionId };
    }
    // An entry titled on the facet ("Combien coûte la création d'une KK…") says it as a whole, its figures first.
    if (choice.part && this.titledOn(facetId, choice.entry, language)) {
      return { ...choice, part: undefined };
    }
    const placeOf = this.placeHeadings(question);
    const saying = partSaying(facets, facetId, choice.entry, language, placeOf);
    // The part the words chose does not say it but another part of the entry does ("how much capital is needed for
    // that?" chose the section naming capital among the requirements; the lead says 30 million yen): that part answers.
    const contentLanguage = choice.entry.content[language] ? language : 'en';
    if (choice.part && saying !== undefined && !facets.says(facetId, choice.part, contentLanguage)) return { ...choice, part: saying || undefined };
    // The words chose the entry as a whole, whose opening does not say it but a section headed on it does ("und was
    // kostet die GK bei der Registrierung?" after the legal forms: their "Kosten" section, not the opening again).
    const headed = choice.part ? undefined : prominentPartSaying(facets, facetId, choice.entry, language);
    if (headed && !facets.says(facetId, this.partsOf(choice.entry, question)[0]?.markdown ?? '', contentLanguage)) return { ...choice, part: headed };
    // No part of the last entry says it ("ça coûte combien l'enregistrement ?" after the founding steps, which name no
    // fee): a related entry titled on the facet answers (what founding costs, with the registration tax).
    if (choice.entry.id === last.id && saying === undefined) {
      const titled = titledNeighbour(facets, facetId, this.closestRelated(last, question), language);
      if (titled) return { ...titled, regionId: choice.regionId };
    }
    if (choice.entry.id === last.id || saying !== undefined) return choice;
    const lastPart = partSaying(facets, facetId, last, language, placeOf);
    return lastPart === undefined ? choice : { entry: last, part: lastPart || undefined, regionId: choice.regionId };
  }

  /**
   * Which place a section heading names, seen from the follow-up and the question before it ("**In Düsseldorf**" is
   * `asked` after "anmeldung in düsseldorf – how does it work?", "**In Cologne**" `other`); undefined when neither
   * names a place.
   */
  private placeHeadings(question: FollowUpQuestion): HeadingPlace | undefined {
    const asked = `${question.text} ${question.lastQuestion ?? ''}`;
    const analyze = (text: string) => this.deps.index.analyze(text, question.contentLanguage, false);
    const placesIn = (text: string) => {
      const others = new Set(analyze(this.deps.withoutPlaces(text)));
      return analyze(text).filter((term) => !others.has(term));
    };
    const places = new Set(placesIn(asked));
    if (places.size === 0) return undefined;
    return (heading) => {
      const named = placesIn(heading);
      if (named.length === 0) return undefined;
      return named.some((term) => places.has(term)) ? 'asked' : 'other';
    };
  }

  /**
   * The entries the last one lists as related, those whose titles share most of its title's words first ("what
   * founding a KK or GK in Tokyo costs" before the notary's fee, after the KK/GK founding steps), else in listed order.
   */
  private closestRelated(last: Entry, question: FollowUpQuestion): Entry[] {
    const titleOf = (entry: Entry) => this.entryTerms.of(entry, this.contentLanguageOf(entry, question)).title;
    const lastTitle = titleOf(last);
    const shared = (entry: Entry) => new Set(titleOf(entry).filter((term) => lastTitle.includes(term))).size;
    return this.listedRelated(last)
      .map((entry, index) => ({ entry, index, shared: shared(entry) }))
      .sort((a, b) => b.shared - a.shared || a.index - b.index)
      .map(({ entry }) => entry);
  }

  /** Whether an entry's title, in `language` or else English, asks the facet ("How long does founding take?"). */
  private titledOn(facetId: string, entry: Entry, language: string): boolean {
    const written = entry.content[language] ? language : 'en';
    return this.deps.facets!.isAbout(facetId, (entry.content[written] ?? entry.content.en).title, written);
  }

  /** The entries the last one lists as related (curated), that exist. */
  private listedRelated(entry: Entry): Entry[] {
    return (entry.related ?? []).map((id) => this.deps.byId(id)).filter((found): found is Entry => found !== undefined);
  }

  /**
   * The follow-up resolved by the words it shares with the last entry, its family and any entry (see the class comment).
   * @param own the message searched by itself in the region, best first ({@link CANDIDATES} hits)
   */
  private resolveByTerms(question: Reading, last: Entry, ownTerms: string[], own: SearchHit[], regionId: string | undefined, movedRegion: boolean, facetPart?: string): FollowUpChoice | undefined {
    const { index } = this.deps;
    const family = new Set(this.deps.familyOf(last));
    const subject = this.subjectOf(last, question.searchLanguage);
    const withContext = index.search(`${question.text} ${subject}`, { language: question.searchLanguage, region: regionId, limit: CANDIDATES });
    const [ownTop] = own;
    // A question of its own on another subject, which the last answer's subject does not pull elsewhere.
    if (ownTop && ownTop.confidence >= OWN_QUESTION_CONFIDENCE && !family.has(ownTop.entryId) && ownTop.entryId !== last.id &&
      ownTop.topic !== last.topic && withContext[0]?.entryId === ownTop.entryId) return undefined;

    const asked = this.askedTerms(question, ownTerms, this.contentLanguageOf(last, question));
    // Words the message negates ("if it's not life-threatening") speak against the last entry, not for it, and a
    // message that sets itself against the last answer gives it no advantage.
    const negated = new Set(this.deps.index.analyze(negatedWords(question.text), this.contentLanguageOf(last, question), false));
    const askedWords = [...asked.keys()];
    const affirmed = askedWords.filter((term) => !negated.has(term));
    const telling = this.tellingTerms(last, question, asked).filter((term) => !negated.has(term));
    const lastPart = movedRegion ? undefined : this.bestPart(last, question, asked, telling) ??
      (facetPart === undefined ? undefined : { markdown: facetPart, weight: FACET_WEIGHT });
    // The asked words the last entry is about ("SAだと？" after the Sàrl/SA entry, "des sacs ?" after waste sorting).
    const lastSubject = movedRegion ? 0 : this.coverage(last, question, asked, affirmed, true);
    const lastWeight = (lastPart?.weight ?? 0) + lastSubject;
    const mentions = (entryId: string) => {
      const entry = this.deps.byId(entryId);
      return entry !== undefined && this.coverage(entry, question, asked, askedWords) > 0;
    };
    const chosen = this.bestCandidate(own, withContext, family, movedRegion ? undefined : last.id, mentions);
    const other = chosen ? this.deps.byId(chosen) : undefined;
    const otherWeight = other ? this.coverage(other, question, asked, askedWords) : 0;
    // The last entry answers unless another entry covers the asked words clearly better, its title and questions
    // counting more than its body ("費用は？" after the founding steps → the founding-costs entry), and with at least
    // one fairly specific word ("how do we apply there?" stays with the Kita entry).
    if (!movedRegion && (otherWeight < (other && family.has(other.id) ? LEAVE_LAST_MIN_COVERAGE : LEAVE_FAMILY_MIN_COVERAGE) || (lastWeight > 0 && lastWeight * (negated.size > 0 ? 1 : LAST_ENTRY_ADVANTAGE) >= otherWeight))) {
      return { entry: last, part: lastPart?.markdown || undefined, regionId };
    }
    if (!other) return lastPart || !movedRegion ? { entry: last, regionId } : undefined;
    const otherLanguage = this.contentLanguageOf(other, question);
    // Every word the user typed names this entry's own subject ("Capital minimum pour une GmbH ?" after a Kita answer):
    // the question is about the entry as a whole, not one section (alias expansions such as "KK" do not choose one).
    const typed = otherLanguage === question.searchLanguage ? ownTerms : this.typedTerms(question, otherLanguage);
    const otherSubject = this.entryTerms.of(other, otherLanguage).subject;
    if (typed.length > 0 && typed.every((term) => anyMatches(otherSubject, term))) return { entry: other, regionId };
    const otherAsked = this.askedTerms(question, ownTerms, otherLanguage);
    const part = this.bestPart(other, question, otherAsked, this.tellingTerms(other, question, otherAsked));
    return { entry: other, part: part?.markdown || undefined, regionId };
  }

  /**
   * Ranks the union of both searches: each score relative to its search's best, the question alone counting
   * {@link OWN_SEARCH_WEIGHT}, the family {@link FAMILY_BONUS} more. Only entries that match some of the question's
   * own words qualify (the subject alone would find the last entry's neighbours whatever was asked).
   */
  private bestCandidate(own: SearchHit[], withContext: SearchHit[], family: ReadonlySet<string>, excluded: string | undefined, mentions: (entryId: string) => boolean): string | undefined {
    const ownTop = own[0]?.score ?? 0;
    const contextTop = withContext[0]?.score ?? 0;
    const ownScore = new Map(own.map((hit) => [hit.entryId, ownTop > 0 ? hit.score / ownTop : 0]));
    const scored = withContext
      .filter((hit) => hit.entryId !== excluded && (ownScore.has(hit.entryId) || mentions(hit.entryId)))
      .map((hit) => ({
        id: hit.entryId,
        score: (contextTop > 0 ? hit.score / contextTop : 0) + OWN_SEARCH_WEIGHT * (ownScore.get(hit.entryId) ?? 0) + (family.has(hit.entryId) ? FAMILY_BONUS : 0),
      }))
      .sort((a, b) => b.score - a.score);
    return scored[0]?.id;
  }

  private contentLanguageOf(entry: Entry, question: FollowUpQuestion): string {
    return entry.content[question.contentLanguage] ? question.contentLanguage : 'en';
  }

  private partsOf(entry: Entry, question: FollowUpQuestion): readonly EntryPartTerms[] {
    return this.entryTerms.of(entry, this.contentLanguageOf(entry, question)).parts;
  }

  /** The asked words that can tell the parts of an entry apart: not its subject (title), not in every part. */
  private tellingTerms(entry: Entry, question: FollowUpQuestion, asked: ReadonlyMap<string, number>): string[] {
    const subject = this.entryTerms.of(entry, this.contentLanguageOf(entry, question)).title;
    const parts = this.partsOf(entry, question);
    return [...asked.keys()].filter((term) => !anyMatches(subject, term) &&
      !(parts.length > 1 && parts.every((part) => anyMatches(part.terms, term))));
  }

  /**
   * The part of an entry that shares most of the telling words (a heading counts half again): `markdown` '' for the
   * lead (the entry's opening answers) or a section's Markdown. Undefined when no part shares any.
   */
  private bestPart(entry: Entry, question: FollowUpQuestion, asked: ReadonlyMap<string, number>, telling: string[]): { markdown: string; weight: number } | undefined {
    const parts = this.partsOf(entry, question);
    let best: { markdown: string; weight: number } | undefined;
    parts.forEach((part, i) => {
      const weight = telling.reduce((sum, term) => sum + (anyMatches(part.terms, term) ? asked.get(term)! * (part.headingTerms.has(term) ? 1.5 : 1) : 0), 0);
      if (weight > 0 && (!best || weight > best.weight)) best = { markdown: i === 0 || parts.length < 2 ? '' : part.markdown, weight };
    });
    return best;
  }

  /**
   * How much of the given asked words (weighted) an entry uses: a word in its title or questions counts
   * {@link SUBJECT_MATCH_WEIGHT}, one only in its answer 1 (0 with `subjectOnly`).
   */
  private coverage(entry: Entry, question: FollowUpQuestion, asked: ReadonlyMap<string, number>, telling: string[], subjectOnly = false): number {
    const terms = this.entryTerms.of(entry, this.contentLanguageOf(entry, question));
    return telling.reduce((sum, term) => sum + asked.get(term)! *
      (anyMatches(terms.subject, term) ? SUBJECT_MATCH_WEIGHT : !subjectOnly && anyMatches(terms.body, term) ? 1 : 0), 0);
  }

  /**
   * The question's own content words in the entry's language with their weights: its words (by how specific they are, see termRarity) and the official
   * terms its words stand for in aliases.json (½), e.g. "logement vide" → "non meublé", "kids" → "children".
   */
  private askedTerms(question: Reading, ownTerms: string[], language: string): Map<string, number> {
    const { index } = this.deps;
    const asked = new Map<string, number>();
    const own = language === question.searchLanguage ? ownTerms : this.typedTerms(question, language);
    for (const term of own) asked.set(term, index.termRarity(term, language));
    for (const expansion of this.deps.aliases.expansionsFor(question.withoutPlaces)) {
      for (const term of this.analysedExpansion(expansion, language)) {
        if (!asked.has(term) && !this.deps.markerTerms.has(term)) asked.set(term, 0.5 * index.termRarity(term, language));
      }
    }
    return asked;
  }

  /** The analysed words of an alias expansion (a term of the alias table) in `language`, worked out once. */
  private analysedExpansion(expansion: string, language: string): readonly string[] {
    let byExpansion = this.expansionTerms.get(language);
    if (!byExpansion) this.expansionTerms.set(language, (byExpansion = new Map()));
    let terms = byExpansion.get(expansion);
    if (!terms) byExpansion.set(expansion, (terms = this.deps.index.analyze(expansion, language, false)));
    return terms;
  }

  /** The content words of the message without its place names in `language` (see {@link contentTerms}), once per call. */
  private typedTerms(question: Reading, language: string): string[] {
    let terms = question.typedTerms.get(language);
    if (!terms) question.typedTerms.set(language, (terms = this.contentTerms(question.withoutPlaces, language)));
    return terms;
  }

  /** Analysed words of a text that carry content: not a follow-up marker, and found in some entry. */
  private contentTerms(text: string, language: string): string[] {
    const { index } = this.deps;
    return [...new Set(index.analyze(text, language, false))].filter((term) => !this.deps.markerTerms.has(term) &&
      (index.termRarity(term, language) < 1 || index.search(term, { language, limit: 1 }).length > 0));
  }

  /**
   * The same subject in another region: the entry whose title and questions match the last entry's best there, when
   * found surely enough ({@link COUNTERPART_MIN_CONFIDENCE}); undefined when that region has no entry on it.
   */
  private counterpart(last: Entry, language: string, regionId: string | undefined): Entry | undefined {
    const subject = [this.subjectOf(last, language), ...(last.content[language]?.questions ?? last.content.en.questions)].join(' ');
    // Only the best hit can be the counterpart; its family tells whether a close runner-up makes it unsure.
    const familyMargin = this.deps.familyMargin ?? ((hits: SearchHit[]) => hits);
    const sure = (hits: SearchHit[]) => familyMargin(hits).slice(0, 1).find((hit) => hit.confidence >= COUNTERPART_MIN_CONFIDENCE);
    const hit = sure(this.deps.index.search(subject, { language, region: regionId, topic: last.topic, limit: CANDIDATES }))
      ?? sure(this.deps.index.search(subject, { language, region: regionId, limit: CANDIDATES }));
    return hit ? this.deps.byId(hit.entryId) : undefined;
  }

  /** Whether the last answer's own text names every place the follow-up names (it is about both sides). */
  private namesPlaceOf(question: FollowUpQuestion, last: Entry): boolean {
    const language = this.contentLanguageOf(last, question);
    const placeTerms = this.placeTermsOf(question, language);
    const words = this.wordsOf(last, language)?.all ?? [];
    return placeTerms.length > 0 && placeTerms.every((term) => words.includes(term));
  }

  /** The analysed words of a follow-up that holds nothing but a place (its follow-up markers left out). */
  private placeTermsOf(question: FollowUpQuestion, language: string): string[] {
    return [...new Set(this.deps.index.analyze(question.text, language, false))].filter((term) => !this.deps.markerTerms.has(term));
  }

  /**
   * "und in Köln?" after the Kita in Düsseldorf: the last question asked again for the place named, within the same
   * region. An entry of the same topic whose title or questions name that place (the Cologne Kita entry) answers
   * instead of the last one; undefined when the last entry is about that place itself, or no entry on the subject is.
   */
  private samePlaceElsewhere(question: FollowUpQuestion, last: Entry, regionId: string | undefined): Entry | undefined {
    if (!question.lastQuestion) return undefined;
    const language = this.contentLanguageOf(last, question);
    const placeTerms = this.placeTermsOf(question, language);
    const namesPlace = (entry: Entry) => {
      const words = this.wordsOf(entry, this.contentLanguageOf(entry, question))?.subject ?? [];
      return placeTerms.length > 0 && placeTerms.every((term) => words.includes(term));
    };
    if (placeTerms.length === 0 || namesPlace(last)) return undefined;
    const asked = `${this.deps.withoutPlaces(question.lastQuestion)} ${question.text}`;
    // The place weighs little in a search (it chose the region): among the nearest entries on the subject, the first
    // about that place.
    return this.deps.index.search(asked, { language: question.searchLanguage, region: regionId, topic: last.topic, limit: SAME_PLACE_CANDIDATES })
      .map((hit) => (hit.entryId === last.id ? undefined : this.deps.byId(hit.entryId)))
      .find((entry): entry is Entry => entry !== undefined && namesPlace(entry));
  }

  /**
   * Analysed words of an entry written in `language` (title and questions; all of it); undefined when it is not.
   * From the entry-terms memo: analysing a whole answer body on every follow-up turn was the costliest step of a turn.
   */
  private wordsOf(entry: Entry, language: string): { subject: readonly string[]; all: readonly string[] } | undefined {
    if (!entry.content[language]) return undefined;
    const terms = this.entryTerms.of(entry, language);
    let words = this.allWords.get(terms);
    if (!words) this.allWords.set(terms, (words = { subject: terms.subject, all: [...terms.subject, ...terms.body] }));
    return words;
  }

  private subjectOf(entry: Entry, language: string): string {
    return (entry.content[language] ?? entry.content.en).title;
  }
}

/** Words that negate the one or two words after them, per language of the partnerships (en, de, fr, es). */
const NEGATION = /(?<![\p{L}\p{N}])(?:not|no|non|nicht|kein|keine|keinen|pas|ni|sans|without|ohne)[\s-]+((?:[\p{L}\p{N}'’-]+[\s-]*){1,2})/giu;

/** The words a message negates ("if it's not life threatening" → "life threatening"), joined by spaces. */
function negatedWords(text: string): string {
  return [...text.matchAll(NEGATION)].map((match) => match[1]).join(' ');
}
