/**
 * Recognises messages made of small-talk phrases ("Hi!", "ok, danke 🙏", "ありがとうございます"): the message is
 * covered by the examples of knowledge/intents.json, longest phrases first. What is left over may be chat around
 * them ("thx a lot, that helped", "merci beaucoup, c'était très clair", "안녕하세요 ㅎㅎ") but no subject of ours: a
 * greeting followed by a question ("Hallo, wie melde ich mich an?", "thanks, and the visa?") stays a question.
 */
import { SMALL_TALK_INTENTS, type IntentExamples, type SmallTalkIntent } from './intentExamples';
import { analyze } from '../../knowledge/analysis/analyzer';
import { foldForMatching, wordCount } from './messageShape';
import { escapeRegExp } from '../../knowledge/analysis/normalize';

/** When several phrases cover a message ("ok thanks"), the most telling one names it. */
const PRIORITY: readonly SmallTalkIntent[] = ['identity', 'thanks', 'farewell', 'greeting', 'acknowledgement'];
/** Chat around the phrases is short ("a lot", "c'était très clair"); a longer rest is a message of its own. */
const MAX_LEFTOVER_WORDS = 6;
const QUESTION_MARK = /[?？]/u;
/** Question words of our languages (folded), which chat around a phrase never is when the message asks. */
const INTERROGATIVE = /(?<![\p{L}])(?:wo|wohin|wann|wie|warum|wer|welche[rsmn]?|where|when|how|why|who|which|ou|quand|comment|pourquoi|qui|quel(?:le)?s?|combien)(?![\p{L}])|どこ|いつ|なぜ|どうやって|誰/u;
/** CJK phrases this short (in characters) are words inside others too ("はい", "では", "おけ"). */
const SHORT_CJK_PHRASE = 2;

/**
 * Whether words left over beside the small-talk phrases name something kakehashi answers about (a place, a subject
 * of the entries); `language` is that of the phrase found.
 */
export type SubjectTest = (leftover: string, language: string) => boolean;

export interface SmallTalkMatch {
  /** 'out-of-scope' when the whole message is one of the curated out-of-scope examples ("how are you?"). */
  intent: SmallTalkIntent | 'out-of-scope';
  /** Language of the phrase that named the intent (a hint when the message is too short to identify). */
  language: string;
  /** Every language whose examples contain that phrase ("ok" is English and German). */
  languages: string[];
  /** The words beside the phrases, folded ("recommend a movie" of "recommend a good movie"); '' when none. */
  leftover?: string;
}

export class SmallTalkRecognizer {
  /** `source` becomes an expression on the first message that contains the phrase (most never occur: start-up stays cheap). */
  private readonly phrases: { folded: string; source: string; pattern?: RegExp; intent: SmallTalkIntent; language: string }[] = [];
  private readonly languagesOf = new Map<string, string[]>();
  /** Whole-message out-of-scope examples, for chit-chat made only of stop words ("how are you?"). */
  private readonly outOfScope = new Map<string, string>();

  /**
   * @param extraNames the bot's own names, which a greeting may carry ("hi kakehashi")
   * @param carriesSubject tells chat around the phrases from a subject; without it only stop words may be left over
   */
  constructor(examples: IntentExamples, extraNames: readonly string[] = [], private readonly carriesSubject?: SubjectTest) {
    for (const intent of SMALL_TALK_INTENTS) {
      for (const [language, list] of Object.entries(examples.smallTalk[intent])) {
        for (const phrase of list) {
          const folded = foldForMatching(phrase);
          if (!folded) continue;
          this.languagesOf.set(folded, [...(this.languagesOf.get(folded) ?? []), language]);
          const cjk = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(folded);
          const escaped = escapeRegExp(folded);
          // Without spaces a short CJK phrase sits inside other words ("はい" in "それはいくら"): it must begin the
          // message or follow a break. Longer ones ("ありがとう") are safe anywhere ("本当にありがとう").
          const source = !cjk ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : [...folded].length <= SHORT_CJK_PHRASE ? `(?<![\\p{L}\\p{N}])${escaped}` : escaped;
          this.phrases.push({ folded, intent, language, source });
        }
      }
    }
    // The bot's own name after a greeting ("hi kakehashi") is no question either.
    for (const name of extraNames) {
      const folded = foldForMatching(name);
      if (folded) this.phrases.push({ folded, intent: 'acknowledgement', language: '', source: `(?<![\\p{L}])${escapeRegExp(folded)}(?![\\p{L}])` });
    }
    this.phrases.sort((a, b) => b.folded.length - a.folded.length);
    for (const [language, list] of Object.entries(examples.outOfScope)) for (const phrase of list) this.outOfScope.set(foldForMatching(phrase), language);
  }

  /**
   * @example
   * recognizer.recognize('Hallo!'); // { intent: 'greeting', language: 'de' }
   * recognizer.recognize('Hallo, wo finde ich eine Kita?'); // undefined
   */
  recognize(text: string): SmallTalkMatch | undefined {
    let rest = foldForMatching(text);
    if (!rest || rest.length > 60) return undefined;
    const outOfScopeLanguage = this.outOfScope.get(rest);
    if (outOfScopeLanguage !== undefined) return { intent: 'out-of-scope', language: outOfScopeLanguage, languages: [outOfScopeLanguage] };
    const found: SmallTalkMatch[] = [];
    for (const phrase of this.phrases) {
      if (!rest.includes(phrase.folded)) continue;
      phrase.pattern ??= new RegExp(phrase.source, 'gu');
      const next = rest.replace(phrase.pattern, ' ');
      if (next !== rest) {
        if (phrase.language) found.push({ intent: phrase.intent, language: phrase.language, languages: this.languagesOf.get(phrase.folded) ?? [phrase.language] });
        rest = next;
      }
      if (!rest.trim()) break;
    }
    if (found.length === 0) return undefined;
    // Words left over that carry no content ("thanks, that's it") do not make a question; chat without a subject
    // ("a lot, that helped") does not either, unless it is asked ("thanks! and after that?").
    const leftover = rest.trim();
    found.sort((a, b) => PRIORITY.indexOf(a.intent as SmallTalkIntent) - PRIORITY.indexOf(b.intent as SmallTalkIntent));
    // A question word beside a question about the bot asks about the bot too ("wait who r u, a bot?").
    const asked = QUESTION_MARK.test(text) && found[0]!.intent !== 'identity';
    if (leftover && !this.isChat(leftover, found[0]!.language || 'en', asked)) return undefined;
    return { ...found[0]!, leftover };
  }

  /** Leftover words (folded) that add nothing to the small talk. */
  private isChat(leftover: string, language: string, asked: boolean): boolean {
    // "wo genau?", "ok, and where?", "d'accord, mais quand ?": a question word asked beside the chat is a question.
    if (asked && INTERROGATIVE.test(leftover)) return false;
    const words = leftover.split(' ').length;
    const contentFree = analyze(leftover, language, { bigrams: false }).length === 0;
    if (contentFree) return words <= 3;
    if (asked || !this.carriesSubject || wordCount(leftover) > MAX_LEFTOVER_WORDS) return false;
    return !this.carriesSubject(leftover, language);
  }
}
