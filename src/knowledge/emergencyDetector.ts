/**
 * Detects emergency signals so the bot can show emergency numbers before anything else. The situations and their
 * words are data (`knowledge/emergencies.json`), in every language we serve and the common others: a signal alone
 * ("bewusstlos", "救急車", "bayıldı"), or words that only together make one ("品川区、地震のあとガスの臭いがする": gas +
 * smell; "mon enfant a avalé des médicaments": swallowed + medicine), so "gas contract" and "take my medicine" stay
 * questions.
 *
 * Errs on the safe side: "emergency number for later" also triggers. It must not trigger on look-alikes such as
 * "Notar" or "health insurance": Latin terms match whole words (a phrase word after word, whatever separates them; a
 * trailing `*` any ending; numbers also beside letters, "119番"), and typo tolerance (one edit) is used only for single
 * words of 8+ letters, where it cannot hit ordinary words. Kana, Han and Hangul terms match anywhere (those scripts put
 * no spaces between words).
 */
import fs from 'node:fs';
import { basicFold } from './analysis/normalize';
import { EmergencyFileError } from './errors';
import { foldLexiconText } from './lexicon';

export interface EmergencySignal {
  emergency: boolean;
  /** The term (as listed in the data) that matched, or the terms joined by " + " for words that only count together. */
  matched?: string | undefined;
  /** Words of every language naming the advice the situation calls for (`advice` in the data), space-separated. */
  advice?: string | undefined;
  /** Words of every language naming the advice a doubt in the message calls for (`adviceCues` in the data). */
  cueAdvice?: string | undefined;
  /**
   * Set when the message's only emergency words lie inside a denial ("救急じゃないけど", "not an emergency, but…"):
   * the term that would have made it one. `emergency` is then false.
   */
  denied?: string | undefined;
}

/** Words per language (ISO 639-1 → words). */
export type WordsByLanguage = Record<string, string[]>;

/** One situation of `emergencies.json`. */
export interface EmergencySituation {
  situation: string;
  /** Any one of these is an emergency. */
  signals: WordsByLanguage;
  /** A word of every part, in any language, is an emergency too. */
  together?: WordsByLanguage[] | undefined;
  /**
   * Words naming the advice line the situation calls for when the message itself does not say them ("40度でぐったり"
   * is a child's fever: 子ども, 熱, 急病), so that the advice line beside the numbers is found (`emergencyAdvice.ts`).
   */
  advice?: WordsByLanguage | undefined;
}

/**
 * Words that, in a message that is already an emergency, name the advice it calls for beside the numbers: a doubt
 * ("should I call an ambulance or is there someone to ask?", "救急車を呼ぶべきか迷って") calls for the advice lines
 * (#7119 in Tokyo, 116117 in NRW). `adviceCues` in `emergencies.json`.
 */
export interface AdviceCue {
  cue: string;
  /** Any one of these in the message… */
  words: WordsByLanguage;
  /** …adds these words to what the advice line is chosen by (`emergencyAdvice.ts`). */
  advice: WordsByLanguage;
}

/** Scripts written without spaces between words: their terms match as substrings. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff]/u;

interface UnspacedTerm {
  term: string;
  /** NFKC, lower case. */
  needle: string;
  /** Whether the needle itself has a character of an unspaced script (then only such messages can contain it). */
  script: boolean;
}

interface LatinTerm {
  term: string;
  /** Folded words ("can't breathe" → ["can", "t", "breathe"], and as typed without it, ["cant", "breathe"]). */
  words: string[];
  /** The last word may go on ("desmayad*" → "desmayado", "desmayada"). */
  prefix: boolean;
  /** One typo allowed: a single word of 8+ letters a–z without `*`. */
  fuzzy: boolean;
  /** Length of the words joined by single spaces (a hit's length). */
  length: number;
}

interface Hit {
  term: string;
  /** Offset in the message (unspaced terms) or of the first word (Latin terms). */
  at: number;
  length: number;
}

interface Word {
  text: string;
  at: number;
}

/** Lower case, umlauts as "ae/oe/ue", then every other Latin accent removed (also Turkish ı, Vietnamese đ). */
const foldLatin = (text: string) => foldLexiconText(basicFold(text));
/** A message's words: runs of letters, runs of digits ("119番" has "119"); an apostrophe parts words ("d'urgence"). */
const wordsOf = (folded: string): Word[] => [...folded.matchAll(/\p{L}+|\p{N}+/gu)].map((match) => ({ text: match[0], at: match.index }));

/** Whether `a` from `i` equals `b` from `j` to their ends (no substrings allocated: this runs for every long word). */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or transposition). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    return sameTail(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2));
  }
  return a.length > b.length ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1);
}

/**
 * A set of terms of any language, found in a message: unspaced terms by substring, Latin terms word by word through
 * an index of their first words (no regular expression per term: the check runs on every message).
 */
class TermSet {
  private readonly unspaced: UnspacedTerm[] = [];
  private readonly byFirstWord = new Map<string, LatinTerm[]>();
  /** Single-word prefix terms ("zehirlen*"), tried on every word. */
  private readonly prefixes: LatinTerm[] = [];
  private readonly fuzzy: LatinTerm[] = [];

  constructor(words: Iterable<string>) {
    for (const raw of new Set(words)) {
      const term = raw.trim();
      if (!term) continue;
      if (UNSPACED.test(term)) {
        const needle = term.normalize('NFKC').toLowerCase();
        this.unspaced.push({ term: raw, needle, script: UNSPACED.test(needle) });
        continue;
      }
      const prefix = term.endsWith('*');
      const folded = foldLatin(term.replace(/\*$/, ''));
      // Chat drops apostrophes ("cant breathe", "sest effondre"): both spellings are the term.
      for (const spelling of new Set([folded, folded.replace(/'/g, '')])) {
        const parts = wordsOf(spelling).map((word) => word.text);
        if (parts.length === 0) continue;
        const latin: LatinTerm = { term: raw, words: parts, prefix, fuzzy: !prefix && parts.length === 1 && parts[0]!.length >= 8 && /^[a-z]+$/.test(parts[0]!), length: parts.join(' ').length };
        if (prefix && parts.length === 1) this.prefixes.push(latin);
        else this.byFirstWord.set(parts[0]!, [...(this.byFirstWord.get(parts[0]!) ?? []), latin]);
        if (latin.fuzzy) this.fuzzy.push(latin);
      }
    }
  }

  /**
   * The term found earliest in the message (the longest one where several start there). `unspacedScript`: whether
   * the message has a character of an unspaced script at all (without one, no term written in one can occur).
   */
  find(normalized: string, words: readonly Word[], unspacedScript: boolean): Hit | undefined {
    let best: Hit | undefined;
    const consider = (term: string, at: number, length: number) => {
      if (!best || at < best.at || (at === best.at && length > best.length)) best = { term, at, length };
    };
    for (const { term, needle, script } of this.unspaced) {
      if (script && !unspacedScript) continue;
      const at = normalized.indexOf(needle);
      if (at >= 0) consider(term, at, needle.length);
    }
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const starting = this.byFirstWord.get(word.text);
      if (starting) {
        for (const latin of starting) {
          if (this.matchesAt(latin, words, i)) consider(latin.term, word.at, latin.length);
        }
      }
      for (const latin of this.prefixes) {
        if (word.text.startsWith(latin.words[0]!)) consider(latin.term, word.at, latin.words[0]!.length);
      }
    }
    return best;
  }

  /** A long word of the message one typo away from a long single-word term ("Krankenwagn", "unconcious"). */
  findTypo(words: readonly Word[]): Hit | undefined {
    for (const word of words) {
      if (word.text.length < 7) continue;
      const near = this.fuzzy.find((latin) => withinOneEdit(word.text, latin.words[0]!));
      if (near) return { term: near.term, at: word.at, length: 0 };
    }
    return undefined;
  }

  /**
   * The message without every occurrence of the set's terms: unspaced terms blanked out of `normalized`, the words
   * of Latin terms dropped from `words` (prefix and typo matches are not removed). The same object when none occurs.
   */
  without(forms: MessageForms): MessageForms {
    let normalized = forms.normalized;
    if (forms.unspacedScript) {
      for (const { needle, script } of this.unspaced) if (script && normalized.includes(needle)) normalized = normalized.replaceAll(needle, ' ');
    }
    const dropped = new Set<number>();
    for (let i = 0; i < forms.words.length; i++) {
      for (const latin of this.byFirstWord.get(forms.words[i]!.text) ?? []) {
        if (!latin.prefix && this.matchesAt(latin, forms.words, i)) for (let j = 0; j < latin.words.length; j++) dropped.add(i + j);
      }
    }
    if (normalized === forms.normalized && dropped.size === 0) return forms;
    return { normalized, words: dropped.size === 0 ? forms.words : forms.words.filter((_, i) => !dropped.has(i)), unspacedScript: forms.unspacedScript };
  }

  private matchesAt(latin: LatinTerm, words: readonly Word[], start: number): boolean {
    const last = latin.words.length - 1;
    return latin.words.every((part, j) => {
      const word = words[start + j]?.text;
      if (word === undefined) return false;
      return j === last && latin.prefix ? word.startsWith(part) : word === part;
    });
  }
}

interface CompiledCue {
  words: TermSet;
  advice: string;
}

interface CompiledSituation {
  signals: TermSet;
  together: TermSet[];
  advice: string | undefined;
}

/** A message as the term sets match it: NFKC lower case, its folded Latin words, whether it has an unspaced script. */
interface MessageForms {
  normalized: string;
  words: Word[];
  unspacedScript: boolean;
}

function messageForms(text: string): MessageForms {
  const normalized = text.normalize('NFKC').toLowerCase();
  return { normalized, words: wordsOf(foldLatin(text)), unspacedScript: UNSPACED.test(normalized) };
}

export class EmergencyDetector {
  private readonly situations: CompiledSituation[];
  private readonly cues: CompiledCue[];
  private readonly denials: TermSet;
  /** The last message looked at and its verdict. */
  private last: { text: string; signal: EmergencySignal } | undefined;

  /**
   * @param denials words with which a message says it is not an emergency ("救急じゃないけど", "not an emergency",
   *   "kein Notfall"): the emergency words inside them do not count; any other signal in the message still does.
   */
  constructor(situations: readonly EmergencySituation[], adviceCues: readonly AdviceCue[] = [], denials: WordsByLanguage = {}) {
    this.denials = new TermSet(Object.values(denials).flat());
    this.situations = situations.map((situation) => ({
      signals: new TermSet(Object.values(situation.signals).flat()),
      together: (situation.together ?? []).map((part) => new TermSet(Object.values(part).flat())),
      advice: situation.advice ? Object.values(situation.advice).flat().join(' ') : undefined,
    }));
    this.cues = adviceCues.map((cue) => ({ words: new TermSet(Object.values(cue.words).flat()), advice: Object.values(cue.advice).flat().join(' ') }));
  }

  /** No situations: nothing is an emergency (for callers without the data file). */
  static empty(): EmergencyDetector {
    return new EmergencyDetector([]);
  }

  /** Reads and validates `knowledge/emergencies.json`. @throws {EmergencyFileError} */
  static load(file: string): EmergencyDetector {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new EmergencyFileError(file, [(error as Error).message]);
    }
    const { situations, adviceCues, denials } = parseEmergencyFile(text, file);
    return new EmergencyDetector(situations, adviceCues, denials);
  }

  /**
   * Whether a message signals an emergency, and the matched term.
   *
   * @example
   * detector.detect('Mein Mann ist bewusstlos!'); // { emergency: true, matched: 'bewusstlos' }
   * detector.detect('Brauche ich einen Notar?');   // { emergency: false }
   * detector.detect('部屋でガスのにおいがする');       // { emergency: true, matched: 'ガス + におい' }
   */
  detect(text: string): EmergencySignal {
    // A turn asks twice about an emergency message (whether it is one, then which words made it one for the advice).
    if (this.last?.text !== text) {
      const forms = messageForms(text);
      this.last = { text, signal: this.withCueAdvice(forms, this.withDenials(forms)) };
    }
    return { ...this.last.signal };
  }

  /** The verdict on the message without its denials; `denied` when only the denials held emergency words. */
  private withDenials(forms: MessageForms): EmergencySignal {
    const undenied = this.denials.without(forms);
    const signal = this.detectUncached(undenied);
    if (signal.emergency || undenied === forms) return signal;
    const denied = this.detectUncached(forms);
    return denied.emergency ? { emergency: false, denied: denied.matched } : signal;
  }

  /** An emergency message's doubt ("should I call an ambulance?") brings the advice words of its cue (a denied one's too). */
  private withCueAdvice(forms: MessageForms, signal: EmergencySignal): EmergencySignal {
    if ((!signal.emergency && !signal.denied) || this.cues.length === 0) return signal;
    const { normalized, words, unspacedScript } = forms;
    const cued = this.cues.filter((cue) => cue.words.find(normalized, words, unspacedScript)).map((cue) => cue.advice);
    return cued.length === 0 ? signal : { ...signal, cueAdvice: cued.join(' ') };
  }

  private detectUncached(forms: MessageForms): EmergencySignal {
    const { normalized, words, unspacedScript } = forms;
    let best: Hit | undefined;
    for (const { signals } of this.situations) {
      const signal = signals.find(normalized, words, unspacedScript);
      if (signal && (!best || signal.at < best.at || (signal.at === best.at && signal.length > best.length))) best = signal;
    }
    if (best) return { emergency: true, matched: best.term };
    for (const { together, advice } of this.situations) {
      if (together.length === 0) continue;
      // Part by part, stopping at the first the message lacks (most messages lack the first).
      const parts: Hit[] = [];
      for (const part of together) {
        const hit = part.find(normalized, words, unspacedScript);
        if (!hit) break;
        parts.push(hit);
      }
      if (parts.length === together.length) return { emergency: true, matched: parts.map((part) => part.term).join(' + '), ...(advice ? { advice } : {}) };
    }
    for (const { signals } of this.situations) {
      const typo = signals.findTypo(words);
      if (typo) return { emergency: true, matched: typo.term };
    }
    return { emergency: false };
  }

  /** Convenience predicate. @example detector.isEmergency('call an ambulance'); // true */
  isEmergency(text: string): boolean {
    return this.detect(text).emergency;
  }
}

function wordsByLanguage(value: unknown, where: string, problems: string[]): WordsByLanguage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where} must be an object of language → words`);
    return {};
  }
  for (const [language, words] of Object.entries(value)) {
    if (!Array.isArray(words) || words.some((word) => typeof word !== 'string' || !word.trim() || word !== word.trim())) {
      problems.push(`${where}.${language} must be a list of non-empty words without surrounding spaces`);
    }
  }
  return value as WordsByLanguage;
}

/**
 * Parses the JSON text of an emergencies file: `{ situations: EmergencySituation[], adviceCues?: AdviceCue[] }`.
 * @throws {EmergencyFileError} naming every problem.
 */
export function parseEmergencyFile(json: string, file = 'emergencies.json'): { situations: EmergencySituation[]; adviceCues: AdviceCue[]; denials: WordsByLanguage } {
  let data: { situations?: unknown; adviceCues?: unknown; denials?: unknown };
  try {
    data = JSON.parse(json) as { situations?: unknown; adviceCues?: unknown; denials?: unknown };
  } catch (error) {
    throw new EmergencyFileError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const problems: string[] = [];
  if (!Array.isArray(data.situations) || data.situations.length === 0) throw new EmergencyFileError(file, ['"situations" must be a non-empty list']);
  const situations = data.situations.map((raw: unknown, i: number): EmergencySituation => {
    const { situation, signals, together, advice } = (raw ?? {}) as Partial<Record<keyof EmergencySituation, unknown>>;
    const where = `situations[${i}]`;
    if (typeof situation !== 'string' || !situation.trim()) problems.push(`${where}.situation must name the situation`);
    const parsed: EmergencySituation = { situation: String(situation), signals: wordsByLanguage(signals, `${where}.signals`, problems) };
    if (Object.keys(parsed.signals).length === 0 && together === undefined) problems.push(`${where} needs signals or words that count together`);
    if (together !== undefined) {
      if (!Array.isArray(together) || together.length < 2) problems.push(`${where}.together must list at least two parts`);
      else parsed.together = together.map((part, j) => wordsByLanguage(part, `${where}.together[${j}]`, problems));
    }
    if (advice !== undefined) parsed.advice = wordsByLanguage(advice, `${where}.advice`, problems);
    return parsed;
  });
  const rawCues = data.adviceCues ?? [];
  if (!Array.isArray(rawCues)) problems.push('"adviceCues" must be a list');
  const adviceCues = (Array.isArray(rawCues) ? rawCues : []).map((raw: unknown, i: number): AdviceCue => {
    const { cue, words, advice } = (raw ?? {}) as Partial<Record<keyof AdviceCue, unknown>>;
    const where = `adviceCues[${i}]`;
    if (typeof cue !== 'string' || !cue.trim()) problems.push(`${where}.cue must name the cue`);
    return { cue: String(cue), words: wordsByLanguage(words, `${where}.words`, problems), advice: wordsByLanguage(advice, `${where}.advice`, problems) };
  });
  const denials = data.denials === undefined ? {} : wordsByLanguage(data.denials, 'denials', problems);
  if (problems.length > 0) throw new EmergencyFileError(file, problems);
  return { situations, adviceCues, denials };
}

/** The situations of an emergencies file (see {@link parseEmergencyFile}). @throws {EmergencyFileError} */
export function parseEmergencySituations(json: string, file = 'emergencies.json'): EmergencySituation[] {
  return parseEmergencyFile(json, file).situations;
}
