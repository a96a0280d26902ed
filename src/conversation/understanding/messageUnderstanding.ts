/**
 * The understanding step every free-text message passes before search: small talk (answered in kind),
 * out of scope (one sentence on what kakehashi covers), a follow-up to the last answer, or a question.
 * Channel-neutral and cheap: two small indexes built at start, and the last verdicts cached.
 */
import { VocabularyLanguage, type VocabularyLanguageState } from './vocabularyLanguage';
import type { Lexicon } from '../../knowledge/lexicon';
import { decideLanguage } from '../languageDecision';
import type { DetectedLanguage } from '../languageDetector';
import type { Entry } from '../../knowledge/entrySchema';
import type { KnowledgeSearchIndex } from '../../knowledge/searchIndex';
import type { Understanding } from '../answering';
import type { LastAnswer } from '../userRecords';
import type { IntentExamples } from './intentExamples';
import { foldForMatching, isEmojiOnly, wordCount } from './messageShape';
import { clausesOf } from '../../knowledge/analysis/clauses';
import { ScopeClassifier, type ScopeClassifierState, type ScopeVerdict } from './scopeClassifier';
import { crossLingualQuery } from '../../answers/crossLingualQuery';
import { SmallTalkRecognizer } from './smallTalk';
import { escapeRegExp } from '../../knowledge/analysis/normalize';
import { boundedAlternation, type BoundedAlternative } from '../../knowledge/analysis/boundedAlternation';
import { BoundedCache } from '../../cache/boundedCache';
import { referringWordTest } from './referringWords';
import { FollowUpFacets } from '../../answers/followUpFacets';

/** A follow-up is short: longer messages are questions of their own. */
const FOLLOW_UP_MAX_WORDS = 9;
/**
 * Without a referring word, a message this short after an answer is read against it too ("何歳から入れる？",
 * "予約いる？", "je dois aller où pour le permis ?"): elliptical questions leave their subject out. The follow-up step
 * still answers a confident question of its own on another subject as a new question.
 */
const ELLIPTICAL_MAX_WORDS = 7;
/**
 * A message that asks a facet (cost, duration, place…) with a word pointing back at the last answer ("how much of
 * that do I have to pay in before registration?") is read against it up to this many words.
 */
const REFERRING_MAX_WORDS = 14;
const QUESTION_MARK = /[?？]/u;
/**
 * A short message that asks a facet of something ("whats the deadline?", "bis wann?", "phone number?") with at most
 * this many other words is about the last answer, whatever the scope classifier makes of its few words.
 */
const FACET_FOLLOW_UP_MAX_OTHER_WORDS = 3;
/** Out-of-scope verdicts stand only while the knowledge search is this unsure (top-hit confidence). */
const OUT_OF_SCOPE_MAX_CONFIDENCE = 0.55;
/** …or this unsure when the message has at least {@link SUBJECT_WORDS_SURPLUS} more words of our subjects than of others. */
const SUBJECT_WORDS_MAX_CONFIDENCE = 0.25;
const SUBJECT_WORDS_SURPLUS = 2;
/**
 * A message with no word of our subjects that the search cannot place either ("カレーの作り方を教えて", "tu aimes le
 * fromage ?", "Rezept für Apfelkuchen") is declined too, though no out-of-scope example shares its words: asking which
 * region it is about would lead nowhere. Below the out-of-scope bound: without out-of-scope words, a little more
 * doubt stays a question. (On the eval questions of our subjects, no first message falls under it.)
 */
const NO_SUBJECT_MAX_CONFIDENCE = 0.45;
const CACHE_SIZE = 256;

export interface MessageUnderstandingDeps {
  entries: readonly Entry[];
  examples: IntentExamples;
  index: KnowledgeSearchIndex;
  /** Place names of every region (partnerships.json). */
  placeNames: readonly string[];
  /** The bot's own name(s), which a greeting may carry ("hi kakehashi"). */
  botNames?: readonly string[];
  /** Per-language domain words (knowledge/lexicon), as evidence of a message's language. */
  lexicon?: Lexicon | undefined;
  /**
   * The trained parts saved at build time (`indexSnapshot.ts`) for the same entries, examples and lexicon. Used only
   * when saved for the same place names; otherwise they are trained here.
   */
  prebuilt?: MessageUnderstandingState | undefined;
}

/** The trained parts of a {@link MessageUnderstanding} as plain JSON, with the place names they were made for. */
export interface MessageUnderstandingState {
  placeNames: string[];
  scope: ScopeClassifierState;
  vocabulary: VocabularyLanguageState;
}

const samePlaceNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

export class MessageUnderstanding {
  private readonly smallTalk: SmallTalkRecognizer;
  private readonly scope: ScopeClassifier;
  /** Follow-up markers; `needle` is the folded marker, without which the message cannot match (its expression is then neither run nor compiled). */
  private readonly markers: { needle: string; pattern: RegExp }[] = [];
  /** Whether a message has a word pointing back at the last answer (`referringWords` in intents.json). */
  private readonly refersBack: (text: string) => boolean;
  private readonly facets: FollowUpFacets;
  private readonly cache = new BoundedCache<Understanding>(CACHE_SIZE);
  /** Scope verdicts of recent messages: a turn asks for one twice (understanding, then the answer's confidence bar). */
  private readonly scopeVerdicts = new BoundedCache<ScopeVerdict>(CACHE_SIZE);
  private readonly vocabulary: VocabularyLanguage;
  /** The analysed words of every entry title (built on first use). */
  private titleTerms: Set<string> | undefined;
  /** The analysed words of the small-talk phrases ("分" of "分かりました"), which name no subject (built on first use). */
  private chatTerms: Set<string> | undefined;
  /** Languages the entries are written in (built on first use). */
  private contentLanguages: Set<string> | undefined;
  /** Every place name, as a whole word (built on first use). */
  private placePattern: RegExp | undefined;
  /** {@link placePattern} for replacing every place of a message. */
  private everyPlace: RegExp | undefined;

  /** The dependencies without `prebuilt`, which is restored into the parts below and not kept (≈ 3 MB of heap). */
  private readonly deps: Omit<MessageUnderstandingDeps, 'prebuilt'>;

  constructor(deps: MessageUnderstandingDeps) {
    const { prebuilt: saved, ...kept } = deps;
    this.deps = kept;
    this.smallTalk = new SmallTalkRecognizer(deps.examples, deps.botNames ?? ['kakehashi', 'かけはし', '架け橋'], (leftover, language) => this.carriesSubject(leftover, language));
    const prebuilt = saved && samePlaceNames(saved.placeNames, deps.placeNames) ? saved : undefined;
    // The closure holds the index alone: one that held `deps` kept `prebuilt` alive with it (≈ 2.6 MB of heap).
    const index = deps.index;
    this.scope = new ScopeClassifier(deps.entries, deps.examples, deps.placeNames, prebuilt?.scope, (text, language) => index.unknownCompoundParts(text, language));
    this.vocabulary = new VocabularyLanguage(
      { entries: deps.entries, placeNames: deps.placeNames, listedWords: prebuilt ? undefined : listedWordsOf(deps.examples, deps.lexicon) },
      [],
      prebuilt?.vocabulary,
    );
    this.facets = new FollowUpFacets(deps.examples.followUpFacets);
    this.refersBack = referringWordTest(deps.examples.referringWords);
    for (const list of Object.values(deps.examples.followUpMarkers)) {
      for (const marker of list) {
        const needle = foldForMatching(marker);
        const folded = escapeRegExp(needle);
        if (!folded) continue;
        const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/u.test(folded);
        this.markers.push({ needle, pattern: new RegExp(cjk ? folded : `(?<![\\p{L}\\p{N}])${folded}(?![\\p{L}\\p{N}])`, 'u') });
      }
    }
  }

  /** The trained parts, for the build-time snapshot. */
  exportState(): MessageUnderstandingState {
    return { placeNames: [...this.deps.placeNames], scope: this.scope.exportState(), vocabulary: this.vocabulary.exportState() };
  }

  /**
   * @param language the language the message is in (or the turn's language when unclear)
   * @param last the last answered entry of this conversation, if any
   * @example
   * understanding.understand('Hallo!', { language: 'de' }); // { kind: 'small-talk', smallTalk: 'greeting', languageHint: 'de' }
   * understanding.understand('und wie lange dauert das?', { language: 'de', last }); // { kind: 'follow-up' }
   */
  understand(text: string, context: { language: string; last?: LastAnswer | undefined }): Understanding {
    const key = `${context.language}\u0000${context.last ? 'L' : ''}\u0000${text}`;
    return this.cache.getOrCompute(key, () => this.decide(text, context));
  }

  /** The message's language: script, n-gram library and the words it shares with each language's content. */
  detectLanguage(text: string): DetectedLanguage {
    return decideLanguage(text, this.vocabulary);
  }

  private decide(text: string, context: { language: string; last?: LastAnswer | undefined }): Understanding {
    if (isEmojiOnly(text)) return { kind: 'small-talk', smallTalk: 'acknowledgement' };
    const smallTalk = this.smallTalk.recognize(text);
    if (smallTalk?.intent === 'out-of-scope') return { kind: 'out-of-scope', languageHint: smallTalk.language, hintLanguages: smallTalk.languages };
    // Words beside a chat phrase that only requests outside our subjects use ("recommend a good movie": "good" is
    // an acknowledgement, "movie" is not ours) make a request we decline, not chat.
    if (smallTalk?.leftover && this.scope.classify(smallTalk.leftover, smallTalk.language || context.language).outOnly > 0) {
      return { kind: 'out-of-scope', languageHint: smallTalk.language, hintLanguages: smallTalk.languages };
    }
    // A question about the bot is asked with words the entries' titles use too ("what can I ask about?", "je peux te
    // demander quoi ?"): only the words beside its phrase can make it a question of ours.
    const asked = smallTalk?.intent === 'identity' ? `${smallTalk.leftover ?? ''}${QUESTION_MARK.test(text) ? '?' : ''}` : text;
    if (smallTalk && !this.isDomainQuestion(asked, context.language)) return { kind: 'small-talk', smallTalk: smallTalk.intent, languageHint: smallTalk.language, hintLanguages: smallTalk.languages };
    const folded = foldForMatching(text);
    // Words are counted with their elisions and contractions whole ("don't", "l'inscription" are one word each).
    const words = wordCount(foldForMatching(text.replace(/(?<=\p{L})['’](?=\p{L})/gu, '')));
    // A request outside our subjects stays one after an answer ("what's the weather like there?"): its words only
    // out-of-scope examples use outweigh a referring word.
    const early = context.last ? this.classifyScope(text, context.language) : undefined;
    if (early?.declined && early.scope.outOnly > early.scope.inOnly) return { kind: 'out-of-scope' };
    if (context.last && words <= FOLLOW_UP_MAX_WORDS && this.markers.some(({ needle, pattern }) => folded.includes(needle) && pattern.test(folded))) {
      return this.withVocabularyHint(text, { kind: 'follow-up' });
    }
    if (context.last && words <= REFERRING_MAX_WORDS && this.refersBack(text) && this.facets.asked(text, context.language)) {
      return this.withVocabularyHint(text, { kind: 'follow-up' });
    }
    if (context.last && words <= REFERRING_MAX_WORDS && this.asksFacetOnly(text, context.language, words)) {
      return this.withVocabularyHint(text, { kind: 'follow-up' });
    }
    // The same verdict as above where it was made already (one classification and search per message, not two).
    const { scope, declined, placed } = early ?? this.classifyScope(text, context.language);
    if (declined) return { kind: 'out-of-scope' };
    // Asked as a question ("…?", or words the entries' questions use): "ありがとう！助かった" is no follow-up.
    if (context.last && words <= ELLIPTICAL_MAX_WORDS && scope.scope !== 'out' && (QUESTION_MARK.test(text) || scope.scope === 'in')) {
      return this.withVocabularyHint(text, { kind: 'follow-up' });
    }
    if (!placed) return { kind: 'out-of-scope', unplaced: true };
    return this.withVocabularyHint(text, { kind: 'question' });
  }

  /**
   * Whether the message asks a facet (duration, deadline, phone…) and says little else: a few other words in a short
   * message, or, in a longer one, no word with content at all ("can i just walk in or do i have to book?").
   */
  private asksFacetOnly(text: string, language: string, words: number): boolean {
    const asked = this.facets.asked(text, language);
    if (!asked) return false;
    if (words <= ELLIPTICAL_MAX_WORDS && wordCount(foldForMatching(asked.rest)) <= FACET_FOLLOW_UP_MAX_OTHER_WORDS) return true;
    return this.deps.index.analyze(asked.rest, language, false).length === 0;
  }

  /**
   * In or out of scope. A language without content of ours ("¿quién ganó el partido del bayern ayer?") is read
   * through its lexicon as English words (domain words and the words of requests outside it), as its search would
   * be. An out verdict stands only while the message has no word of our subjects that finds an entry confidently:
   * "restaurant licence in Düsseldorf" is a question, "新宿でおすすめのラーメン屋ある？" is not although an entry's
   * body recommends shopping on Saturday ("おすすめ").
   */
  private classifyScope(text: string, language: string): { scope: ScopeVerdict; declined: boolean; placed: boolean } {
    const [query, queryLanguage] = this.scopeQuery(text, language);
    const scope = this.scopeVerdict(query, queryLanguage);
    if (scope.scope !== 'out') {
      // A place alone ("Mülheim", the answer to the region question) is placed by its name.
      const placed = scope.inOnly > 0 || this.namesPlace(text) || this.topConfidence(query, queryLanguage) >= NO_SUBJECT_MAX_CONFIDENCE;
      return { scope, declined: false, placed };
    }
    // A question with its context in one message ("Kaution für eine Wohnung in Köln? Mein Mann spielt Geige im
    // Orchester"): one clause of our subjects keeps the message ours, whatever the others chat about.
    const clauses = clausesOf(query);
    // The clause must be a question the knowledge answers, not a few generic words ("it throws KeyError on line 12"
    // beside "can you fix my python script?").
    // It must hold a word of our subjects: a clause of a place or a number alone ("1. FC Köln", "[1,2;3]") is none.
    const ours = (clause: string) => {
      const verdict = this.scope.classify(clause, queryLanguage);
      return verdict.scope === 'in' && verdict.inOnly > 0;
    };
    if (clauses.length > 1 && clauses.some((clause) => ours(clause) && this.topConfidence(clause, queryLanguage) >= SUBJECT_WORDS_MAX_CONFIDENCE)) {
      return { scope: { ...scope, scope: 'in' }, declined: false, placed: true };
    }
    if (scope.inOnly === 0) return { scope, declined: true, placed: false };
    // Several more words of our subjects than of requests outside them ("who signed the memorandum on the nrw side,
    // and what's that ministry called today?": chit-chat examples share "today") need less of the search.
    // So do words of our subjects beside no word only such requests use ("is the deutschlandticket still 58 euro?
    // commuting from ratingen": chit-chat examples share "still" and "commuting", none is theirs alone).
    const bound = scope.inOnly - scope.outOnly >= SUBJECT_WORDS_SURPLUS || scope.outOnly === 0 ? SUBJECT_WORDS_MAX_CONFIDENCE : OUT_OF_SCOPE_MAX_CONFIDENCE;
    const declined = this.topConfidence(query, queryLanguage) < bound;
    return { scope, declined, placed: !declined };
  }

  /**
   * Whether a message is plainly about our subjects: the scope classifier finds words of our entries in it and none
   * of the out-of-scope examples ("moved to hisai (tsu) from another city, what do i file"). Such a question may be
   * answered from a less sure search than one that might be chit-chat (see `IN_SCOPE_MIN_CONFIDENCE`).
   * @example
   * understanding.plainlyInScope('moved to hisai (tsu) from another city, what do i file', 'en'); // true
   * understanding.plainlyInScope('is tokyo tower or skytree better for sunset pics', 'en'); // false
   */
  plainlyInScope(text: string, language: string): boolean {
    const verdict = this.scopeVerdict(...this.scopeQuery(text, language));
    return verdict.scope === 'in' && verdict.outOnly === 0;
  }

  /** The message as the scope classifier reads it: a language without content of ours as English lexicon words. */
  private scopeQuery(text: string, language: string): [query: string, language: string] {
    return this.readsThroughLexicon(language) ? [crossLingualQuery(text, language, this.deps.lexicon).text, 'en'] : [text, language];
  }

  private scopeVerdict(query: string, language: string): ScopeVerdict {
    return this.scopeVerdicts.getOrCompute(`${language}\u0000${query}`, () => this.scope.classify(query, language));
  }

  /** How sure the knowledge search is of its best entry for the message (0 when it finds none). */
  private topConfidence(query: string, language: string): number {
    return this.deps.index.search(query, { language, limit: 2 })[0]?.confidence ?? 0;
  }

  /** A language without content of ours whose lexicon translates its words into English query words. */
  private readsThroughLexicon(language: string): boolean {
    this.contentLanguages ??= new Set(this.deps.entries.flatMap((entry) => entry.languages));
    return !this.contentLanguages.has(language) && (this.deps.lexicon?.has(language) ?? false);
  }

  /**
   * A question whose small-talk look is a subject word ("and a KK?": "kk" is chat for "ok" and the Japanese
   * joint-stock company): asked with a question mark, with a word the entries' titles use.
   */
  private isDomainQuestion(text: string, language: string): boolean {
    if (!QUESTION_MARK.test(text)) return false;
    const titleTerms = this.entryTitleTerms();
    return this.deps.index.analyze(text, language, false).some((term) => titleTerms.has(term));
  }

  private entryTitleTerms(): Set<string> {
    return this.titleTerms ??= new Set(this.deps.entries.flatMap((entry) =>
      Object.entries(entry.content).flatMap(([contentLanguage, content]) => this.deps.index.analyze(content?.title ?? "", contentLanguage, false))));
  }

  /**
   * Words beside a greeting or thanks name a subject when they name a place ("hi, moving to Köln") or use a word of
   * the entries' titles that no small-talk phrase uses ("thanks, and the Kita", "hello i need a visa"); praise
   * ("a lot", "c'était très clair", "とても分かりやすかった") does neither.
   */
  private carriesSubject(leftover: string, language: string): boolean {
    if (this.namesPlace(leftover)) {
      // Where a greeting comes from is chat ("coucou depuis Genève 🇨🇭", "Hallo aus Köln"); a place with any other
      // word of content is a subject ("kk, wir wollen in Tokyo eine gründen").
      // (One global copy, made once: the expression is large, and V8 parses each copy anew.)
      this.everyPlace ??= new RegExp(this.placePattern!.source, 'gu');
      const rest = foldForMatching(leftover).replace(this.everyPlace, ' ');
      return this.deps.index.analyze(rest, language, false).length > 0;
    }
    const chatTerms = this.chatTerms ??= new Set(Object.values(this.deps.examples.smallTalk).flatMap((byLanguage) =>
      Object.entries(byLanguage).flatMap(([phraseLanguage, phrases]) => phrases.flatMap((phrase) => this.deps.index.analyze(phrase, phraseLanguage, false)))));
    const titleTerms = this.entryTitleTerms();
    // A language without content of ours names its subjects in the words its lexicon translates ("회사 설립").
    const [words, wordsLanguage] = this.readsThroughLexicon(language) ? [crossLingualQuery(leftover, language, this.deps.lexicon).text, 'en'] : [leftover, language];
    return this.deps.index.analyze(words, wordsLanguage, false).some((term) => titleTerms.has(term) && !chatTerms.has(term));
  }

  /** Whether the text names a place of a region (folded, whole words). */
  private namesPlace(text: string): boolean {
    this.placePattern ??= placeNamePattern(this.deps.placeNames);
    return this.placePattern?.test(foldForMatching(text)) ?? false;
  }

  /** A question too short to identify ("mindestkapital kk?"): its words may belong to one language's entries only. */
  private withVocabularyHint(text: string, verdict: Understanding): Understanding {
    const vocabularyLanguage = this.vocabulary.languageOf(text);
    return vocabularyLanguage ? { ...verdict, languageHint: vocabularyLanguage, hintLanguages: [vocabularyLanguage] } : verdict;
  }
}

/**
 * Place names as whole words (CJK names anywhere), matched on folded text. Only `test` reads it, for which the order
 * of the alternatives does not matter: the other names come first and share one copy of their word edges (each copy
 * of `[\p{L}\p{N}]` is parsed and compiled on its own; with one copy a name, the first use took ≈ 20 MB of compiler
 * memory and ≈ 0.1 s).
 */
function placeNamePattern(placeNames: readonly string[]): RegExp | undefined {
  const names = [...new Set(placeNames.map(foldForMatching).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return undefined;
  const alternative = (name: string): BoundedAlternative => CJK_PLACE.test(name)
    ? { before: '', body: escapeRegExp(name), after: '' }
    : { before: '(?<![\\p{L}\\p{N}])', body: escapeRegExp(name), after: '(?![\\p{L}\\p{N}])' };
  const alternatives = names.map(alternative);
  return new RegExp(boundedAlternation([...alternatives.filter(({ before }) => before), ...alternatives.filter(({ before }) => !before)]), 'u');
}

/** A CJK place name, matched anywhere rather than as a whole word. */
const CJK_PLACE = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

/** The small-talk phrases and lexicon words of each language. */
function listedWordsOf(examples: IntentExamples, lexicon: Lexicon | undefined): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const byLanguage of Object.values(examples.smallTalk)) {
    for (const [language, phrases] of Object.entries(byLanguage)) (words[language] ??= []).push(...phrases);
  }
  for (const language of lexicon?.languages ?? []) (words[language] ??= []).push(...lexicon!.wordsOf(language));
  return words;
}
