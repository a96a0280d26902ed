/**
 * Answers from the curated knowledge: search → composed answer → channel-neutral Reply with sources and the date
 * they were checked. With an LLM configured, the answer is rephrased from the retrieved entries only, and the curated
 * answer is sent whenever the LLM fails, times out or cites nothing.
 */
import type { TFunction } from 'i18next';
import type { Answerer, AnswerOutcome, AnswerRequest, MenuTopic, Understanding } from '../conversation/answering';
import type { LastAnswer } from '../conversation/userRecords';
import { MessageUnderstanding } from '../conversation/understanding/messageUnderstanding';
import { splitForChat } from '../knowledge/entrySections';
import { FollowUpResolver, type FollowUpChoice } from './followUpResolver';
import { FollowUpFacets } from './followUpFacets';
import { referringWordTest } from '../conversation/understanding/referringWords';
import { AlternativeSwap } from './alternativeSwap';
import type { Reply, Choice } from '../replies/reply';
import type { Logger } from '../logging/logger';
import { regionName, type Region } from '../partnerships/partnerships';
import type { OpenedKnowledge, PreparedKnowledge } from '../knowledge/knowledgeService';
import { SCORE_TIE, type SearchHit } from '../knowledge/searchIndex';
import { answerForEntry, composeAnswer, DEFAULT_MIN_CONFIDENCE, IN_SCOPE_MIN_CONFIDENCE, type KnowledgeAnswer } from '../knowledge/answerComposer';
import { ALL_REGIONS, type Entry, type EntrySource, type Topic } from '../knowledge/entrySchema';
import { RegionTerms } from '../knowledge/regionTerms';
import { emergencyAdvice } from './emergencyAdvice';
import type { LlmAnswerer } from '../knowledge/llmAnswerer';
import { DEFAULT_LANGUAGE, isSupportedLanguage } from '../i18n/i18n';
import { crossLingualQuery } from './crossLingualQuery';
import type { DetectedLanguage } from '../conversation/languageDetector';
import { exportRegionTerms, regionTermCounts, restoreRegionTerms, type RegionTermCounts } from '../knowledge/regionTermCounts';
import { escapeRegExp } from '../knowledge/analysis/normalize';
import { boundedAlternation, type BoundedAlternative } from '../knowledge/analysis/boundedAlternation';
import { withoutNotOnly } from './beyondMention';
import { clausesOf } from '../knowledge/analysis/clauses';

const CJK_NAME = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/** Which entry topics each menu topic lists. */
export const MENU_TOPIC_ENTRIES: Record<MenuTopic, Topic[]> = {
  company: ['company', 'residence'],
  healthcare: ['healthcare'],
  schooling: ['schooling'],
  housing: ['housing', 'daily-life'],
  support: ['support'],
};

/** The emergency fast path shows the entry `<region>-emergency-numbers` of each region (knowledge/README.md). */
const EMERGENCY_ENTRY_SUFFIX = '-emergency-numbers';
/** LINE shows at most 13 quick replies; the other channels take that many comfortably too. */
const MAX_TOPIC_CHOICES = 12;
/**
 * A partnership entry kept with another region answers a question naming one region only when it covers at least this
 * share of the question's words ("ジュネーブ側の協定相手はどこ？" 0.42; "Kölnで会社作りたいです" finds Tokyo's contact office at 0.21).
 */
const PARTNER_ENTRY_MIN_COVERAGE = 0.4;
/** Related entries offered after an answer. */
const MAX_RELATED = 3;
/** A compact answer (LINE) shows about this many characters before "more". */
const COMPACT_ANSWER_CHARS = 700;
/** A term marks a region when at least this many of its entries use it (title, questions, first paragraph)… */
const REGION_TERM_MIN_ENTRIES = 2;
/** …and this many times more than any other region's entries do… */
const REGION_TERM_RATIO = 4;
/** …and this many times more than all other regions' entries together. */
const ALL_RIVALS_RATIO = 2;
/**
 * A term marks a country whose regions share it when this many of their entries use it and eight times as many as of
 * any other country: "合同会社" (Tokyo 9, Tsu 3, none elsewhere), "株式会社" (19 against Geneva's 2, whose Japanese
 * text names the SA so). Words of the language that merely lean to the country its entries are mostly about stay
 * below: "免許" (5 against 1), "出し" (11 against 2).
 */
const COUNTRY_TERM_BAR = { minEntries: 3, ratio: 8 };
/** A top hit at least this confident, of another region… */
const SURE_SUBJECT_CONFIDENCE = 0.8;
/** …with the voted region's best entry under this share of its score (as in `likelyRegion`), outweighs a word's regional lean. */
const SURE_SUBJECT_LEAD = 0.75;
/**
 * Another region has an entry on a question's subject when its best entry scores at least this share of the best
 * entry's score: then the answer differs by region and a region-less question is asked back (issue 8).
 */
const COUNTERPART_SHARE = 0.2;
/**
 * The keys (regions, countries) that some term marks: the term is used by at least `bar.minEntries` entries of that
 * key and `bar.ratio` times as many as of any other key, and with `bar.againstAll` {@link ALL_RIVALS_RATIO} times as
 * many as of all other keys together (by default {@link REGION_TERM_MIN_ENTRIES} and {@link REGION_TERM_RATIO}, against all).
 */
function leadingKeys(
  terms: Iterable<string>,
  countsOf: (term: string) => ReadonlyMap<string, number> | undefined,
  bar: { minEntries: number; ratio: number; againstAll?: boolean } = { minEntries: REGION_TERM_MIN_ENTRIES, ratio: REGION_TERM_RATIO, againstAll: true },
  travels: (term: string) => boolean = () => true,
): Set<string> {
  const votes = new Set<string>();
  for (const term of terms) {
    const counts = countsOf(term);
    if (!counts) continue;
    const [first, ...others] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (!first || first[1] < bar.minEntries || !travels(term)) continue;
    const rival = others[0]?.[1] ?? 0;
    // For a region, "hardly elsewhere" also counts every other region's entries together: "現地" (NRW 5, Tokyo, Paris
    // and Geneva 1 each) is a word of every side that NRW's entries happen to use most.
    const allRivals = others.reduce((sum, [, count]) => sum + count, 0);
    if (rival * bar.ratio <= first[1] && (!bar.againstAll || allRivals * ALL_RIVALS_RATIO <= first[1])) votes.add(first[0]);
  }
  return votes;
}

/** The names the understanding step ignores when it judges scope and vocabulary: every region's places and countries. */
export function understandingPlaceNames(regions: readonly Region[]): string[] {
  return regions.flatMap((region) => [...region.placeNames, ...(region.countryNames ?? [])]);
}

export interface KnowledgeAnswererDeps {
  knowledge: OpenedKnowledge;
  regions: Region[];
  logger: Logger;
  llm?: LlmAnswerer | undefined;
  /** Terms of one region only ("Kbis", "Deutschlandticket"); built from the entries when not given. */
  regionTerms?: RegionTerms | undefined;
}

/**
 * A hit that leads only through alias expansions (none of the asker's own words matched: confidence ≈ 0) yields to a
 * hit that matches the question's own words clearly better.
 */
function byOwnTerms(hits: SearchHit[]): SearchHit[] {
  const [top] = hits;
  if (!top) return hits;
  const better = hits.slice(1).reduce<SearchHit | undefined>((best, hit) => (hit.confidence > (best?.confidence ?? top.confidence + 0.2) ? hit : best), undefined);
  return better ? [better, ...hits.filter((hit) => hit !== better)] : hits;
}

export class KnowledgeAnswerer implements Answerer {
  private readonly understanding: MessageUnderstanding;
  private readonly placeNamePattern: RegExp | undefined;
  private readonly followUpWords: Set<string>;
  /** Analysed words of a statement of where the asker lives ("we live in …", "wir wohnen in …"; intents.json). */
  private readonly placeStatementWords: Set<string>;
  private readonly followUps: FollowUpResolver;
  private readonly relatedCache = new Map<string, string[]>();
  private readonly contentLanguageCache = new Map<string, boolean>();
  /** Per content language: term → region id → number of that region's entries using it (`both` entries left out). */
  private readonly regionTerms: RegionTermCounts;
  /**
   * Per Latin-script content language, the terms whose lean to a region (`region`) or a country (`country`) does not
   * travel: the side's entries use the term in that language only, not in their other languages (`regionTermCounts.ts`).
   */
  private readonly untravelled: Map<string, { region: Set<string>; country: Set<string> }>;
  private readonly ownTerms: RegionTerms;
  /** Region id → its country (ISO code from `partnerships.json`). */
  private readonly countryOf: ReadonlyMap<string, string>;
  /** Whether our English content uses a word (a sentence-initial capital in another language is then a shared term). */
  private readonly knownInEnglish = (word: string): boolean => this.deps.knowledge.index.usesWord(word, 'en');

  constructor(private readonly deps: KnowledgeAnswererDeps) {
    this.countryOf = new Map(deps.regions.map((region) => [region.id, region.country]));
    if (!deps.knowledge) throw new Error('KnowledgeAnswerer needs the opened knowledge');
    this.ownTerms = deps.regionTerms ?? new RegionTerms(deps.knowledge.knowledge.entries, deps.knowledge.prepared?.regionOwnTerms);
    this.understanding = new MessageUnderstanding({
      entries: deps.knowledge.knowledge.entries,
      examples: deps.knowledge.intents,
      index: deps.knowledge.index,
      placeNames: understandingPlaceNames(deps.regions),
      lexicon: deps.knowledge.lexicon,
      prebuilt: deps.knowledge.prepared?.understanding,
    });
    const names = deps.regions.flatMap((region) => region.placeNames).sort((a, b) => b.length - a.length).map((name): BoundedAlternative => ({ before: '', body: escapeRegExp(name), after: '' }));
    // Country names too ("and in Germany?" names a region and no subject), as whole words: not the 日本 of 日本語 or
    // 日本人, nor a one-character abbreviation (独, 仏) inside another word. Neighbouring ones share their word edges.
    const countries = [...new Set(deps.regions.flatMap((region) => region.countryNames ?? []))]
      .filter((name) => !CJK_NAME.test(name) || [...name].length > 1)
      .sort((a, b) => b.length - a.length)
      .map((name): BoundedAlternative => (CJK_NAME.test(name)
        ? { before: '', body: escapeRegExp(name), after: '(?![語人])' }
        : { before: '(?<![\\p{L}\\p{N}])', body: escapeRegExp(name), after: '(?![\\p{L}\\p{N}])' }));
    const all = [...names, ...countries];
    this.placeNamePattern = all.length > 0 ? new RegExp(boundedAlternation(all), 'giu') : undefined;
    this.regionTerms = deps.knowledge.prepared?.regionTerms
      ? restoreRegionTerms(deps.knowledge.prepared.regionTerms)
      : regionTermCounts(deps.knowledge.knowledge.entries, (text, language) => deps.knowledge.index.analyze(text, language, false));
    this.untravelled = deps.knowledge.prepared?.regionUntravelledTerms
      ? new Map(deps.knowledge.prepared.regionUntravelledTerms.map(([language, region, country]) => [language, { region: new Set(region), country: new Set(country) }]))
      : this.untravelledLeans(regionTermCounts(deps.knowledge.knowledge.entries, (text, language) => deps.knowledge.index.analyze(text, language, false), { travelling: true }));
    // Single referring words only: a marker phrase such as "wie lange dauert" carries content ("dauert") too.
    const analysedWords = (byLanguage: Record<string, string[]>) => new Set(Object.entries(byLanguage).flatMap(([language, words]) =>
      words.flatMap((word) => deps.knowledge.index.analyze(word, language, false))));
    this.followUpWords = analysedWords(Object.fromEntries(Object.entries(deps.knowledge.intents.followUpMarkers)
      .map(([language, words]) => [language, words.filter((word) => !/\s/u.test(word.trim()))])));
    this.placeStatementWords = analysedWords(deps.knowledge.intents.placeStatementWords);
    this.followUps = new FollowUpResolver({
      index: deps.knowledge.index,
      aliases: deps.knowledge.aliases,
      byId: (id) => deps.knowledge.knowledge.byId(id),
      familyOf: (entry) => this.relatedIds(entry),
      markerTerms: this.followUpWords,
      withoutPlaces: (text) => this.withoutPlaces(text),
      facets: new FollowUpFacets(deps.knowledge.intents.followUpFacets),
      alternatives: new AlternativeSwap(deps.knowledge.intents.followUpAlternatives ?? []),
      refersBack: referringWordTest(deps.knowledge.intents.referringWords),
      familyMargin: (hits) => this.withFamilyMargin(hits),
    });
  }

  /** The message's language (script, n-gram library and our own vocabulary; see `languageDecision.ts`). */
  detectLanguage(text: string): DetectedLanguage {
    return this.understanding.detectLanguage(text);
  }

  understand(text: string, context: { language: string; last?: LastAnswer | undefined }): Understanding {
    return this.understanding.understand(text, context);
  }

  /** What this answerer derived from the knowledge, for the build-time snapshot (`indexSnapshot.ts`). */
  preparedState(): PreparedKnowledge {
    return {
      understanding: this.understanding.exportState(),
      regionTerms: exportRegionTerms(this.regionTerms),
      regionUntravelledTerms: [...this.untravelled].map(([language, { region, country }]) => [language, [...region], [...country]]),
      regionOwnTerms: this.ownTerms.exportState(),
    };
  }

  /** A follow-up read against the last answer (see {@link FollowUpResolver}); undefined when it is a new question after all. */
  async answerFollowUp(request: AnswerRequest, last: LastAnswer): Promise<AnswerOutcome | undefined> {
    const lastEntry = this.deps.knowledge.knowledge.byId(last.entryId);
    if (!lastEntry) return undefined;
    const choice = this.followUps.resolve({
      text: request.text,
      searchLanguage: request.messageLanguage ?? request.language,
      contentLanguage: request.language,
      namedRegion: request.regionId,
      lastRegion: last.regionId,
      lastQuestion: last.question,
    }, lastEntry);
    if (!choice) return undefined;
    const answeredRequest = { ...request, regionId: choice.regionId };
    // The conversation's question stays the last full one (or the one an alternative rewrote) for the next follow-up.
    const outcome = this.followUpOutcome(choice, answeredRequest);
    return outcome.answered ? { ...outcome, answered: { ...outcome.answered, question: choice.question ?? last.question } } : outcome;
  }

  private followUpOutcome(choice: FollowUpChoice, request: AnswerRequest): AnswerOutcome {
    if (choice.noCounterpart) return this.noCounterpartOutcome(choice.entry, request);
    if (choice.missing) return this.notSaidOutcome(choice.entry, choice.missing, request);
    if (!choice.part) return this.outcomeFor(choice.entry, request);
    const answer = answerForEntry(choice.entry, { language: request.language });
    return { confident: true, reply: this.replyFor({ ...answer, text: choice.part }, request), answered: { entryId: choice.entry.id, topic: choice.entry.topic, regionId: choice.regionId } };
  }

  /**
   * What was asked of the last answer ("wie lange dauert das?") is not in our information on it: said plainly, with
   * the entry's opening and its sources, and the contact office offered (never a guessed duration, fee or document).
   */
  private notSaidOutcome(entry: Entry, facetId: string, request: AnswerRequest): AnswerOutcome {
    const { t } = request;
    const answer = answerForEntry(entry, { language: request.language });
    const lead = splitForChat(answer.text, COMPACT_ANSWER_CHARS).short;
    const note = t('answer.notInInformation', { facet: t(`answer.facet.${facetId}`) });
    const reply = this.replyFor({ ...answer, text: `${note}\n\n${lead}` }, request);
    reply.choices = [{ label: t('topics.contact'), action: 'human' }, ...(reply.choices ?? []).filter((choice) => choice.action !== 'human')];
    return { confident: true, reply, answered: { entryId: entry.id, topic: entry.topic, regionId: request.regionId } };
  }

  /**
   * "et pour Paris ?" after an answer for Geneva, when Paris has no entry on that subject: said plainly, with the
   * contact office and the menu offered (never an unrelated entry of that region). The last answer stays the same.
   */
  private noCounterpartOutcome(last: Entry, request: AnswerRequest): AnswerOutcome {
    const { t } = request;
    const region = this.deps.regions.find((candidate) => candidate.id === request.regionId);
    const subject = this.titleOf(last, request.language);
    return {
      confident: true,
      reply: {
        text: t('answer.noCounterpart', { subject, region: region ? regionName(region, request.language) : '' }),
        choices: [{ label: t('topics.contact'), action: 'human' }, { label: t('menu.button'), action: 'menu' }],
      },
    };
  }

  namesOnlyAPlace(text: string, language: string): boolean {
    const rest = this.withoutPlaces(text);
    if (rest === text) return false;
    // Two places asked about are a way from one to the other ("how do i get from centrair to tsu?"), not a place
    // chosen ("in nrw, duisburg").
    if (/[?？]/u.test(text) && new Set([...text.matchAll(this.placeNamePattern!)].map((match) => match[0].toLowerCase())).size >= 2) return false;
    return this.deps.knowledge.index.analyze(rest, language, false).every((term) => this.followUpWords.has(term) || this.placeStatementWords.has(term));
  }

  /**
   * The message without its clauses that only say where the asker lives ("wo muss ich mich anmelden? wir wohnen jetzt
   * in nakano" → "wo muss ich mich anmelden?"): they choose the region, and an entry whose example names that ward
   * says nothing more about the question. Unchanged when nothing else would remain.
   */
  private withoutPlaceStatements(text: string, language: string): string {
    const clauses = clausesOf(text);
    if (clauses.length < 2) return text;
    const kept = clauses.filter((clause) => !this.saysOnlyWhereTheAskerLives(clause, language));
    // One clause a line: the search still reads the clauses that remain as clauses.
    return kept.length === clauses.length || kept.length === 0 ? text : kept.join('\n');
  }

  /** A place and the words of living there, and nothing else ("wir wohnen jetzt in nakano", "品川区に住んでいます"). */
  private saysOnlyWhereTheAskerLives(sentence: string, language: string): boolean {
    if (!this.namesOnlyAPlace(sentence, language)) return false;
    return this.deps.knowledge.index.analyze(this.withoutPlaces(sentence), language, false).some((term) => this.placeStatementWords.has(term));
  }

  /** The message without the partnership's place names. */
  private withoutPlaces(text: string): string {
    return this.placeNamePattern ? text.replace(this.placeNamePattern, ' ') : text;
  }

  impliedRegion(text: string, language: string, scope?: readonly string[]): string | undefined {
    // A term no other region's entries use ("Kbis", "SAS", "Rundfunkbeitrag") names its region in any language.
    const own = this.ownTerms.regionOf(text);
    if (own) return own;
    const analysisLanguage = this.regionTerms.has(language) ? language : 'en';
    if (analysisLanguage !== language) text = crossLingualQuery(text, language, this.deps.knowledge.lexicon, this.knownInEnglish).text || text;
    const counts = this.regionTerms.get(analysisLanguage);
    if (!counts) return undefined;
    const terms = new Set(this.deps.knowledge.index.analyze(text, analysisLanguage, false));
    // A term of one side only ("GmbH", "KK", "Wohnungsgeberbestätigung", "法務局"): seen in several entries there, hardly elsewhere.
    // Such a term decides even when the other side has an entry on the subject: "税務署", "GK" and "Handelsregister"
    // name the side whose institutions they are.
    // In a Latin-script language only a term that also stands in the side's entries in another language leans: a name
    // ("GmbH", "Handelsregister", "KK"), not a translator's ordinary word ("Firma", "incorporate").
    const untravelled = this.untravelled.get(analysisLanguage);
    const votes = leadingKeys(terms, (term) => counts.get(term), undefined, (term) => !untravelled?.region.has(term));
    if (votes.size === 1) {
      // A word's lean the search overrules ("board" of Tsu's entries in a question on Tokyo's notary fee) leaves the
      // question to the country's terms below.
      const voted = [...votes][0]!;
      if (!this.subjectFoundElsewhere(text, analysisLanguage, [voted])) return voted;
    } else if (votes.size > 1) {
      // Terms of different sides ("株式会社" of Tokyo's entries, "だめ" of NRW's): the one of them whose entry answers the
      // whole question best.
      const best = this.deps.knowledge.index.search(text, { language: analysisLanguage, regions: [...votes], limit: 1 })[0];
      return best && votes.has(best.region) ? best.region : undefined;
    }
    // A term of one country whose regions share it ("合同会社", "株式会社", "登録免許税" in Tokyo's and Tsu's entries): the
    // country's law answers; its region whose entry answers the question best (within the partnership, when known).
    // Only on the words as typed: a translation's synonyms ("incorporation" for "şirket kurmak") follow the wording of
    // one country's entries, not the asker's subject.
    if (analysisLanguage !== language) return undefined;
    const countries = leadingKeys(terms, (term) => this.countryCounts(counts.get(term)), COUNTRY_TERM_BAR, (term) => !untravelled?.country.has(term));
    if (countries.size !== 1) return undefined;
    const country = [...countries][0]!;
    const regions = this.deps.regions.filter((region) => region.country === country && (!scope || scope.includes(region.id))).map((region) => region.id);
    const best = regions.length > 0 ? this.deps.knowledge.index.search(text, { language: analysisLanguage, regions, limit: 1 })[0] : undefined;
    if (!best || !regions.includes(best.region)) return undefined;
    return this.subjectFoundElsewhere(text, analysisLanguage, regions) ? undefined : best.region;
  }

  /**
   * The terms of each Latin-script language whose region or country lean (as `impliedRegion` reads it from
   * `regionTerms`) has fewer entries behind it once only entries using the term in another language count.
   */
  private untravelledLeans(travelling: RegionTermCounts): Map<string, { region: Set<string>; country: Set<string> }> {
    const result = new Map<string, { region: Set<string>; country: Set<string> }>();
    for (const [language, travellingCounts] of travelling) {
      const counts = this.regionTerms.get(language);
      if (!counts) continue;
      const region = new Set<string>();
      const country = new Set<string>();
      for (const [term, perRegion] of counts) {
        const travelled = travellingCounts.get(term);
        for (const key of leadingKeys([term], () => perRegion)) {
          if ((travelled?.get(key) ?? 0) < REGION_TERM_MIN_ENTRIES) region.add(term);
        }
        for (const key of leadingKeys([term], () => this.countryCounts(perRegion), COUNTRY_TERM_BAR)) {
          if (((travelled && this.countryCounts(travelled)?.get(key)) ?? 0) < COUNTRY_TERM_BAR.minEntries) country.add(term);
        }
      }
      result.set(language, { region, country });
    }
    return result;
  }

  /** A term's per-region entry counts summed per country ("JP" → Tokyo's and Tsu's entries). */
  private countryCounts(perRegion: ReadonlyMap<string, number> | undefined): Map<string, number> | undefined {
    if (!perRegion) return undefined;
    const perCountry = new Map<string, number>();
    for (const [regionId, count] of perRegion) {
      const country = this.countryOf.get(regionId) ?? regionId;
      perCountry.set(country, (perCountry.get(country) ?? 0) + count);
    }
    return perCountry;
  }

  /**
   * A general word's lean ("管理" is mostly Tokyo's housing management) must not outvote a subject the search finds
   * surely in another region ("Handelsregisterとは何？誰が管理しているの？" is the German commercial register): the top hit
   * is confident, of another region, and no entry of the voted region (or country: `sameSide`) comes near it.
   */
  private subjectFoundElsewhere(text: string, language: string, sameSide: readonly string[]): boolean {
    const hits = this.deps.knowledge.index.search(text, { language, limit: 12, asTyped: true });
    const top = hits[0];
    if (!top || sameSide.includes(top.region) || top.region === ALL_REGIONS || top.confidence < SURE_SUBJECT_CONFIDENCE) return false;
    const rival = hits.find((hit) => sameSide.includes(hit.region));
    return !rival || rival.score < SURE_SUBJECT_LEAD * top.score;
  }

  async answerMore(entryId: string, request: AnswerRequest): Promise<AnswerOutcome | undefined> {
    const entry = this.deps.knowledge.knowledge.byId(entryId);
    if (!entry) return undefined;
    const answer = answerForEntry(entry, { language: request.language });
    const { rest } = splitForChat(answer.text, COMPACT_ANSWER_CHARS);
    const reply = this.replyFor({ ...answer, text: rest || answer.text }, { ...request, compact: false });
    return { confident: true, reply, answered: { entryId, topic: entry.topic, regionId: request.regionId } };
  }

  private outcomeFor(entry: Entry, request: AnswerRequest): AnswerOutcome {
    return {
      confident: true,
      reply: this.replyFor(answerForEntry(entry, { language: request.language }), request),
      answered: { entryId: entry.id, topic: entry.topic, regionId: request.regionId, moreAvailable: this.isLong(entry, request) },
    };
  }

  private isLong(entry: Entry, request: AnswerRequest): boolean {
    if (!request.compact) return false;
    const content = entry.content[request.language] ?? entry.content.en;
    return splitForChat(content.answerMarkdown, COMPACT_ANSWER_CHARS).rest.length > 0;
  }

  /**
   * The entry's own `related` list, then entries of its topic in its region (or valid everywhere), nearest first
   * (searched with the entry's English title and questions; computed once per entry).
   */
  private relatedIds(entry: Entry): string[] {
    const cached = this.relatedCache.get(entry.id);
    if (cached) return cached;
    const knowledge = this.deps.knowledge.knowledge;
    const listed = (entry.related ?? []).filter((id) => id !== entry.id && knowledge.byId(id));
    const sameFamily = (other: Entry | undefined): other is Entry =>
      other !== undefined && other.id !== entry.id && other.topic === entry.topic &&
      (other.region === entry.region || other.region === ALL_REGIONS || entry.region === ALL_REGIONS);
    const probe = [entry.content.en.title, ...entry.content.en.questions].join(' ');
    const region = entry.region === ALL_REGIONS ? undefined : entry.region;
    const nearest = this.deps.knowledge.index
      .search(probe, { language: 'en', region, topic: entry.topic, limit: 12 })
      .map((hit) => knowledge.byId(hit.entryId))
      .filter(sameFamily)
      .map((other) => other.id);
    const rest = knowledge.entries.filter(sameFamily).map((other) => other.id);
    const ids = [...new Set([...listed, ...nearest, ...rest])];
    this.relatedCache.set(entry.id, ids);
    return ids;
  }

  isEmergency(text: string): boolean {
    const signal = this.deps.knowledge.emergencies?.detect(text);
    if (!signal) return false;
    // "Not an emergency, but…" with a place named gets that place's numbers with its advice lines (#7119, 116117, Mie's
    // medical information centre): what such an asker needs. Without a place it is a question, asked back which
    // region, rather than every region's numbers.
    return signal.emergency || (signal.denied !== undefined && this.withoutPlaces(text) !== text);
  }

  emergencyAnswered(regionId: string): LastAnswer | undefined {
    const entry = this.deps.knowledge.knowledge.byId(`${regionId}${EMERGENCY_ENTRY_SUFFIX}`);
    return entry ? { entryId: entry.id, topic: entry.topic, regionId } : undefined;
  }

  async emergencyReply(request: AnswerRequest): Promise<Reply | undefined> {
    const regions = this.deps.regions.filter(
      (region) => (request.regionId ? region.id === request.regionId : !request.partnershipRegions || request.partnershipRegions.includes(region.id)),
    );
    const entries = regions
      .map((region) => ({ region, entry: this.deps.knowledge.knowledge.byId(`${region.id}${EMERGENCY_ENTRY_SUFFIX}`) }))
      .filter((found): found is { region: Region; entry: Entry } => Boolean(found.entry));
    if (entries.length === 0) return undefined;
    const { t } = request;
    const answers = entries.map(({ entry }) => answerForEntry(entry, { language: request.language }));
    const analyze = (text: string, language: string) => this.deps.knowledge.index.analyze(text, language, false);
    // The words that made it an emergency ("swallowed + battery") say which advice line it calls for.
    const detected = this.deps.knowledge.emergencies?.detect(request.text);
    const signal = `${(detected?.matched ?? '').replace(/\*/g, '').replace(/ \+ /g, ' ')} ${detected?.advice ?? ''}`.trim();
    const asked = `${this.withoutPlaces(request.text)} ${detected?.advice ?? ''}`;
    // A doubt ("should I call an ambulance?") chooses the advice line unless the message calls for an advice entry of
    // its own: a child's fever at night still gets #8000 before the general #7119; a line of the numbers entry that
    // shares a word ("the operator first asks") does not.
    const doubted = detected?.cueAdvice ? `${asked} ${detected.cueAdvice}` : undefined;
    const adviceEntries: Entry[] = [];
    const parts = entries.map(({ region, entry }, index) => {
      const answer = answers[index]!;
      const summary = entry.content[answer.contentLanguage]?.summary ?? answer.text;
      // The advice line the message calls for (a child's fever at night: #8000, 116117), from the entry's family.
      const related = (entry.related ?? []).map((id) => this.deps.knowledge.knowledge.byId(id)).filter((found): found is Entry => Boolean(found));
      const plain = emergencyAdvice(entry, related, asked, answer.contentLanguage, analyze, signal);
      const advice = doubted && (!plain || plain.entry === entry) ? emergencyAdvice(entry, related, doubted, answer.contentLanguage, analyze, signal) ?? plain : plain;
      if (advice && advice.entry !== entry) adviceEntries.push(advice.entry);
      const text = advice ? `${summary}\n\n${advice.text}` : summary;
      return entries.length > 1 ? `**${regionName(region, request.language)}**\n${text}` : text;
    });
    const adviceAnswers = adviceEntries.map((entry) => answerForEntry(entry, { language: request.language }));
    return {
      text: `${t('emergency.lead')}\n\n${parts.join('\n\n')}`,
      sources: this.sourcesOf(t, [...answers, ...adviceAnswers].flatMap((answer) => answer.sources), [...answers, ...adviceAnswers].map((answer) => answer.checked)),
      choices: [...entries.map(({ entry }) => entry), ...adviceEntries].map((entry) => ({ label: this.titleOf(entry, request.language), action: `entry:${entry.id}` })),
    };
  }

  async answerQuestion(request: AnswerRequest): Promise<AnswerOutcome> {
    const { t } = request;
    const regionId = request.regionId || undefined;
    const searchLanguage = request.messageLanguage ?? request.language;
    const scope = { region: regionId, regions: request.partnershipRegions };
    const topic = request.topic;
    const hits = this.rankedHits(request.text, searchLanguage, scope, topic);
    const minConfidence = this.minConfidenceFor(request.text, searchLanguage);
    const composed = composeAnswer(hits, this.deps.knowledge.knowledge, { language: request.language, minConfidence });
    const partnerEntry = composed.kind === 'low-confidence' ? this.partnershipEntryNaming(request, searchLanguage, minConfidence) : undefined;
    if (partnerEntry) {
      const outcome = this.outcomeFor(partnerEntry, { ...request, regionId: partnerEntry.region });
      return { ...outcome, answered: outcome.answered && { ...outcome.answered, question: request.text } };
    }
    if (composed.kind === 'low-confidence') {
      return {
        confident: false,
        reply: {
          text: [...this.languageNotes(request, scope), t(composed.suggestions.length > 0 ? 'answer.lowConfidence' : 'answer.nothingFound')].join('\n\n'),
          choices: [
            ...composed.suggestions.map((suggestion) => ({ label: suggestion.title, action: `entry:${suggestion.entryId}` })),
            { label: t('menu.button'), action: 'menu' },
            { label: t('topics.contact'), action: 'human' },
          ],
        },
      };
    }
    const llmReply = await this.llmReply(request, hits.map((hit) => hit.entryId), composed);
    if (llmReply) return { confident: true, reply: llmReply, answered: { entryId: composed.entryId, topic: hits[0]!.topic, regionId, question: request.text } };
    const outcome = this.outcomeFor(this.deps.knowledge.knowledge.byId(composed.entryId)!, { ...request, regionId });
    return { ...outcome, answered: outcome.answered && { ...outcome.answered, question: request.text } };
  }

  /** The entries a question finds within `scope`, best first, with the confidence the answer is judged by. */
  private rankedHits(text: string, searchLanguage: string, scope: { region: string | undefined; regions: readonly string[] | undefined }, topic?: Topic): SearchHit[] {
    // "…, nicht nur Notar": the words it wants more than do not choose the entry.
    const searched = this.withoutPlaceStatements(withoutNotOnly(text), searchLanguage);
    let hits = this.deps.knowledge.index.search(searched, { language: searchLanguage, ...scope, topic, limit: 5, asTyped: true });
    if (!this.hasContentIn(searchLanguage, scope)) {
      // A language without content here: search in English with its domain words translated (lexicon) and what it
      // shares with ours (GmbH, Kita, Business Manager, place names, numbers).
      const english = crossLingualQuery(searched, searchLanguage, this.deps.knowledge.lexicon, this.knownInEnglish);
      if (english.text && (english.translated || (hits[0]?.confidence ?? 0) < DEFAULT_MIN_CONFIDENCE)) {
        hits = this.deps.knowledge.index.search(english.text, { language: 'en', ...scope, topic, limit: 5 });
      }
    }
    return this.withFamilyMargin(byOwnTerms(hits));
  }

  private minConfidenceFor(text: string, searchLanguage: string): number {
    return this.understanding.plainlyInScope(text, searchLanguage) ? IN_SCOPE_MIN_CONFIDENCE : DEFAULT_MIN_CONFIDENCE;
  }

  /**
   * A question on the partnership itself asked from one side ("ジュネーブ側の協定相手はどこ？いつ締結？", "depuis quand Tsu
   * coopère avec Genève ?"): its answer may be kept with another region of the partnership (Tsu's entry on its
   * agreements with the Paris Region and Geneva). When the named region has no sure answer, a support entry of the
   * partnership that the search finds surely and whose title names that region answers; undefined otherwise.
   */
  private partnershipEntryNaming(request: AnswerRequest, language: string, minConfidence: number): Entry | undefined {
    const { regionId, partnershipRegions } = request;
    if (!regionId || !partnershipRegions || partnershipRegions.length < 2) return undefined;
    const [top] = this.deps.knowledge.index.search(request.text, { language, regions: [...partnershipRegions], topic: 'support', limit: 2 });
    if (!top || top.region === regionId || top.confidence < minConfidence || top.coverage < PARTNER_ENTRY_MIN_COVERAGE) return undefined;
    const entry = this.deps.knowledge.knowledge.byId(top.entryId);
    const region = this.deps.regions.find((candidate) => candidate.id === regionId);
    const content = entry?.content[request.language] ?? entry?.content.en;
    if (!entry || !region || !content) return undefined;
    // The message names that region itself (a follow-up's region from the conversation asks nothing of the partnership).
    const names = (text: string) => region.placeNames.some((name) => [...name].length >= 2 && text.includes(name.toLowerCase()));
    return names(request.text.toLowerCase()) && names(content.title.toLowerCase()) ? entry : undefined;
  }

  async browseTopic(topic: MenuTopic, request: AnswerRequest): Promise<Reply> {
    const { t } = request;
    const topics = MENU_TOPIC_ENTRIES[topic];
    const entries = this.deps.knowledge.knowledge.entries.filter(
      (entry) =>
        topics.includes(entry.topic) &&
        (request.regionId
          ? entry.region === request.regionId || entry.region === ALL_REGIONS
          : !request.partnershipRegions || request.partnershipRegions.includes(entry.region)),
    );
    const region = this.deps.regions.find((candidate) => candidate.id === request.regionId);
    const topicName = t(`topics.${topic}`);
    if (entries.length === 0) {
      return { text: t('answer.topicEmpty', { topic: topicName }), choices: [{ label: t('topics.contact'), action: 'human' }] };
    }
    const choices: Choice[] = entries
      .slice(0, MAX_TOPIC_CHOICES)
      .map((entry) => ({ label: this.titleOf(entry, request.language), action: `entry:${entry.id}` }));
    return {
      text: t('answer.topicIntro', { topic: topicName, region: region ? regionName(region, request.language) : '' }).trim(),
      choices: [...choices, { label: t('menu.button'), action: 'menu' }],
    };
  }

  async answerEntry(entryId: string, request: AnswerRequest): Promise<Reply | undefined> {
    const entry = this.deps.knowledge.knowledge.byId(entryId);
    if (!entry) return undefined;
    return this.replyFor(answerForEntry(entry, { language: request.language }), request);
  }

  /** "This answer is in English" for a message in a language without curated content. */
  /** Whether the entries in scope (a region, else the partnership's regions, else all) are written in `language`. */
  private hasContentIn(language: string, scope: { region: string | undefined; regions: readonly string[] | undefined }): boolean {
    const key = `${language}|${scope.region ?? (scope.regions ?? []).join(',')}`;
    let known = this.contentLanguageCache.get(key);
    if (known === undefined) {
      const regions = scope.region ? [scope.region] : scope.regions;
      known = this.deps.knowledge.knowledge.entries.some((entry) => (!regions || regions.includes(entry.region)) && entry.languages.includes(language));
      this.contentLanguageCache.set(key, known);
    }
    return known;
  }

  /**
   * Confidence counts how far the best entry leads the runner-up. When the runner-up is of the same family (one lists
   * the other in `related`), the closeness is no ambiguity: the answer offers the family as choices anyway. So the
   * lead is measured against the best hit outside the family (see `confidence.ts`: the margin factor is
   * 0.5 + 0.5·min(1, 2·margin)).
   */
  private withFamilyMargin(hits: SearchHit[]): SearchHit[] {
    const [top, ...rest] = hits;
    // A hit moved ahead of clearly better-scoring ones (`byOwnTerms`) keeps the confidence it was moved by; a tie of
    // scores that the search settled (`SCORE_TIE`) is still measured.
    if (!top || top.score <= 0 || rest.length === 0 || rest[0]!.score > top.score * (1 + SCORE_TIE)) return hits;
    const family = new Set(this.relatedIds(this.deps.knowledge.knowledge.byId(top.entryId)!));
    const inFamily = (hit: SearchHit) => family.has(hit.entryId) || (this.deps.knowledge.knowledge.byId(hit.entryId)?.related ?? []).includes(top.entryId);
    if (!inFamily(rest[0]!)) return hits;
    const marginFactor = (second: number) => 0.5 + 0.5 * Math.min(1, (2 * (top.score - second)) / top.score);
    const outsider = rest.find((hit) => !inFamily(hit))?.score ?? 0;
    const confidence = Math.min(1, (top.confidence / marginFactor(rest[0]!.score)) * marginFactor(outsider));
    return [{ ...top, confidence }, ...rest];
  }

  /**
   * The region a region-less question is clearly about, judged by search within the conversation's partnership: the best
   * entry answers confidently and no other region of the partnership has an entry on the subject (Tokyo's trade-fair
   * support, Paris's Kbis). When another region answers the subject too (waste rules, flat hunting, Kita fees in Tokyo
   * and NRW), the answer differs by region and the region is asked (issue 8), however far ahead one side scores.
   */
  likelyRegion(text: string, language: string, partnershipRegions: readonly string[] | undefined): string | undefined {
    if (!this.regionTerms.has(language)) {
      const english = crossLingualQuery(text, language, this.deps.knowledge.lexicon, this.knownInEnglish);
      if (english.translated) return this.likelyRegion(english.text, 'en', partnershipRegions);
    }
    const hits = this.withFamilyMargin(this.deps.knowledge.index.search(text, { language, regions: partnershipRegions, limit: 12 }));
    const top = hits[0];
    if (!top || top.region === ALL_REGIONS || top.confidence < DEFAULT_MIN_CONFIDENCE) return undefined;
    const others = (partnershipRegions ?? []).filter((region) => region !== top.region);
    if (others.length === 0) return undefined;
    return others.some((region) => this.isCounterpart(hits, region, top)) ? undefined : top.region;
  }

  /**
   * An entry of `region` is on the same subject when it scores at least {@link COUNTERPART_SHARE} of the best entry's
   * score: entries on other subjects that share a word or two stay far below (a few per cent).
   */
  private isCounterpart(hits: readonly SearchHit[], region: string, best: SearchHit): boolean {
    return hits.some((hit) => hit.region === region && hit.score >= COUNTERPART_SHARE * best.score);
  }

  private languageNotes(request: AnswerRequest, scope?: { region: string | undefined; regions: readonly string[] | undefined }): string[] {
    // A UI language without content in scope (French asking about NRW): the suggestions are English, said so in French.
    if (scope && request.language !== DEFAULT_LANGUAGE && !this.hasContentIn(request.language, scope)) {
      return [request.t('answer.englishOnly', { language: languageName(request.language, request.language) })];
    }
    if (!request.messageLanguage || isSupportedLanguage(request.messageLanguage) || request.language !== DEFAULT_LANGUAGE) return [];
    return [request.t('answer.englishOnly', { language: languageName(request.messageLanguage, request.language) })];
  }

  private replyFor(answer: KnowledgeAnswer, request: AnswerRequest): Reply {
    const { t } = request;
    const entry = this.deps.knowledge.knowledge.byId(answer.entryId)!;
    const notes: string[] = this.languageNotes(request);
    // A UI language this entry is not written in (French asking about NRW): the English text, said so in French.
    if (notes.length === 0 && !entry.content[request.language] && request.language !== DEFAULT_LANGUAGE) {
      notes.push(request.t('answer.englishOnly', { language: languageName(request.language, request.language) }));
    }
    if ((!request.regionId || request.regionAssumed) && entry.region !== ALL_REGIONS) {
      const region = this.deps.regions.find((candidate) => candidate.id === entry.region);
      if (region) notes.push(t('answer.regionLabel', { region: regionName(region, request.language) }));
    }
    const { short, rest } = request.compact ? splitForChat(answer.text, COMPACT_ANSWER_CHARS) : { short: answer.text, rest: '' };
    const related = this.relatedIds(entry)
      .slice(0, MAX_RELATED)
      .map((id) => ({ label: this.titleOf(this.deps.knowledge.knowledge.byId(id)!, request.language), action: `entry:${id}` }));
    const fromHits = answer.related.map((ref) => ({ label: ref.title, action: `entry:${ref.entryId}` }));
    return {
      text: [...notes, `**${answer.title}**`, short].join('\n\n'),
      sources: this.sourcesOf(t, answer.sources, [answer.checked]),
      choices: [
        ...(rest ? [{ label: t('answer.more'), action: `more:${entry.id}` }] : []),
        ...(related.length > 0 ? related : fromHits),
        { label: t('menu.button'), action: 'menu' },
      ],
    };
  }

  private async llmReply(request: AnswerRequest, entryIds: string[], curated: KnowledgeAnswer): Promise<Reply | undefined> {
    if (!this.deps.llm) return undefined;
    const entries = entryIds.map((id) => this.deps.knowledge.knowledge.byId(id)).filter((entry): entry is Entry => Boolean(entry));
    const llmAnswer = await this.deps.llm.answer({
      question: request.text,
      language: request.messageLanguage ?? request.language,
      entries,
    });
    if (!llmAnswer) {
      this.deps.logger.info({ entryId: curated.entryId }, 'LLM gave no usable answer: curated answer sent');
      return undefined;
    }
    const cited = llmAnswer.citations.map((citation) => this.deps.knowledge.knowledge.byId(citation.entryId)!).filter(Boolean);
    return {
      text: llmAnswer.text,
      sources: this.sourcesOf(request.t, llmAnswer.citations.flatMap((citation) => citation.sources), cited.map((entry) => entry.checked)),
      choices: [{ label: request.t('menu.button'), action: 'menu' }],
    };
  }

  private sourcesOf(t: TFunction, sources: EntrySource[], checkedDates: string[]): Reply['sources'] {
    const unique = [...new Map(sources.map((source) => [source.url, source])).values()];
    const oldest = [...checkedDates].sort()[0];
    return {
      heading: t('common.sources'),
      checkedLabel: oldest ? t('common.checked', { date: oldest }) : undefined,
      links: unique.map((source) => ({ title: source.publisher, url: source.url })),
    };
  }

  private titleOf(entry: Entry, language: string): string {
    return (entry.content[language] ?? entry.content.en).title;
  }
}

/** Latin-script terms and numbers inside a message in another language: "GmbH", "Business Manager", "Düsseldorf", "2025". */
function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
