/**
 * Cross-lingual query understanding as data: `knowledge/lexicon/<lang>.json` maps a language's domain words
 * ("비자", "签证", "cuesta", "kurmak") to English query terms ("visa", "price cost", "establish company"), so a
 * question in a language without curated content is searched in the English index. Adding a language is one file.
 *
 * File shape: `{ "language": "<ISO 639-1>", "words": ["<function word>", …], "terms": { "<word or phrase>": "<English terms>" },
 * "offTopic": { … } }`; `words` (optional: "el", "para", "için") and the terms' words are evidence of the language for
 * short messages. `offTopic` (optional) holds, in the same shape, the words of requests outside kakehashi's subjects
 * ("날씨" → "weather", "partido" → "game", "deberes" → "homework"): read with the terms, they let the understanding
 * step decline "¿quién ganó el partido del bayern ayer?" as it declines "who won the game".
 * Matching: case, width and diacritics are folded ("cuanto" = "cuánto", "sirket" = "şirket"); a term with Han,
 * kana or Hangul matches anywhere (no spaces between words); a Latin term matches whole words, and a Latin term
 * ending in `*` matches any word starting with it ("registr*" → "registrarme", "registro"). Longer terms win.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LexiconFileError } from './errors';
import { escapeRegExp } from './analysis/normalize';

/** Scripts written without spaces between words: their terms match as substrings. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff]/u;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, NFKC, Latin diacritics removed (also Turkish ı and Vietnamese đ), apostrophes unified. */
export function foldLexiconText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss');
}

interface CompiledTerm {
  /** The folded term without a trailing `*`. */
  needle: string;
  /** Compiled when the needle first occurs in a message (compiling every term up front costs start time). */
  pattern: RegExp | undefined;
  prefix: boolean;
  english: string;
  /** Length of the folded term: longer terms are tried first and consume their span. */
  length: number;
  /** The needle's first word (the whole needle for unspaced scripts): a message without it cannot match. */
  firstWord: string;
}

function compile(term: string, english: string): CompiledTerm {
  const prefix = term.trim().endsWith('*');
  const needle = foldLexiconText(term.trim().replace(/\*$/, '')).replace(/\s+/g, ' ');
  return { needle, pattern: undefined, prefix, english: english.trim(), length: needle.length, firstWord: UNSPACED.test(needle) ? needle : needle.split(' ')[0]! };
}

/**
 * Between the words of a Latin phrase one short linking word may stand: "seguro saude" also matches "seguro de saúde",
 * "permis conduire" "permis de conduire", "certificato residenza" "certificato di residenza".
 */
const LINK = '\\s+(?:[\\p{L}\']{1,3}\\s+)?';

/** What a matched span is overwritten with. */
const CONSUMED = '\u0001';

function patternOf(term: CompiledTerm): RegExp {
  const body = UNSPACED.test(term.needle) ? escapeRegExp(term.needle).replace(/ /g, '\\s+') : term.needle.split(' ').map(escapeRegExp).join(LINK);
  term.pattern ??= UNSPACED.test(term.needle)
    ? new RegExp(body, 'gu')
    : new RegExp(`(?<![\\p{L}\\p{N}])${body}${term.prefix ? '[\\p{L}\\p{N}]*' : ''}(?![\\p{L}\\p{N}])`, 'gu');
  return term.pattern;
}

export interface LexiconFile {
  language: string;
  /** Common words of the language (articles, question words), only as evidence of the language. */
  words?: string[];
  terms: Record<string, string>;
  /** Words of requests outside our subjects (weather, sports, recipes, homework…) → English words of such requests. */
  offTopic?: Record<string, string>;
}

/**
 * The lexicons of every language that has one.
 *
 * @example
 * const lexicon = Lexicon.loadDir('knowledge/lexicon');
 * lexicon.englishTerms('도쿄에서 주식회사 설립 최소 자본금은?', 'ko'); // ['stock company kabushiki kaisha', 'establish incorporation', 'minimum', 'capital']
 */
export class Lexicon {
  private readonly compiled = new Map<string, CompiledTerm[]>();
  private readonly words = new Map<string, string[]>();

  constructor(readonly files: readonly LexiconFile[]) {
    for (const file of files) {
      const terms = Object.entries({ ...file.offTopic, ...file.terms }).map(([term, english]) => compile(term, english));
      terms.sort((a, b) => b.length - a.length);
      this.words.set(file.language, [...(this.words.get(file.language) ?? []), ...(file.words ?? []).map(foldLexiconText)]);
      this.compiled.set(file.language, [...(this.compiled.get(file.language) ?? []), ...terms].sort((a, b) => b.length - a.length));
    }
  }

  /** No lexicon (every language searched as written). */
  static empty(): Lexicon {
    return new Lexicon([]);
  }

  /**
   * Reads and validates every `<lang>.json` of a folder; a missing folder is an empty lexicon.
   * @throws LexiconFileError when a file is not valid JSON, names another language than its file name,
   *   or has an empty term or translation.
   */
  static loadDir(dir: string): Lexicon {
    if (!fs.existsSync(dir)) return Lexicon.empty();
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
    return new Lexicon(files.map((name) => Lexicon.parse(path.join(dir, name))));
  }

  private static parse(file: string): LexiconFile {
    const problems: string[] = [];
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new LexiconFileError(file, [(error as Error).message]);
    }
    const { language, terms, words, offTopic } = (data ?? {}) as Partial<LexiconFile>;
    if (words !== undefined && (!Array.isArray(words) || words.some((word) => typeof word !== 'string' || !word.trim()))) problems.push('"words" must be a list of non-empty strings');
    const expected = path.basename(file, '.json');
    if (language !== expected) problems.push(`"language" must be "${expected}" (the file name)`);
    if (!terms || typeof terms !== 'object' || Array.isArray(terms) || Object.keys(terms).length === 0) problems.push('"terms" must be a non-empty object');
    if (offTopic !== undefined && (!offTopic || typeof offTopic !== 'object' || Array.isArray(offTopic))) problems.push('"offTopic" must be an object');
    for (const [term, english] of Object.entries({ ...(terms ?? {}), ...(offTopic ?? {}) })) {
      if (!term.replace(/\*$/, '').trim()) problems.push('an empty term');
      if (typeof english !== 'string' || !english.trim()) problems.push(`term "${term}": the English terms must be a non-empty string`);
      else if (/[^\p{Script=Latin}\p{N}\s'.&/-]/u.test(english)) problems.push(`term "${term}": "${english}" is not plain English query words`);
    }
    if (problems.length > 0) throw new LexiconFileError(file, problems);
    return { language: language!, terms: terms!, ...(words ? { words } : {}), ...(offTopic ? { offTopic } : {}) };
  }

  /** Whether a language has a lexicon. */
  has(language: string): boolean {
    return this.compiled.has(language);
  }

  /**
   * The English terms for the language's domain words in a message, in the order found; each span of the
   * message counts once (the longest term covering it wins). Empty when the language has no lexicon.
   */
  englishTerms(text: string, language: string): string[] {
    const terms = this.compiled.get(language);
    if (!terms) return [];
    let rest = foldLexiconText(text);
    const found: { at: number; english: string }[] = [];
    for (const term of terms) {
      if (!rest.includes(term.firstWord)) continue;
      rest = rest.replace(patternOf(term), (match, offset: number) => {
        found.push({ at: offset, english: term.english });
        // Neither a space nor a letter: the words on either side of a consumed span do not become a phrase ("bắt
        // đầu [đi học] [bắt buộc] từ" holds no "đầu tư", invest).
        return CONSUMED.repeat(match.length);
      });
    }
    return found.sort((a, b) => a.at - b.at).map(({ english }) => english);
  }

  /** The language's `words` and every folded Latin word of its terms (its own words, as evidence of the language). */
  wordsOf(language: string): string[] {
    const termWords = (this.compiled.get(language) ?? []).filter((term) => !UNSPACED.test(term.needle)).flatMap((term) => term.needle.split(' '));
    return [...(this.words.get(language) ?? []), ...termWords];
  }

  /** Languages that have a lexicon. */
  get languages(): string[] {
    return [...this.compiled.keys()];
  }
}
