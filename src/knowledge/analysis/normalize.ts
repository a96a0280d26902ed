/**
 * Character-level normalisation shared by every analysis pipeline: width/compatibility forms (ＮＲＷ, ｶﾀｶﾅ),
 * case, diacritics, German umlaut spellings, and Markdown noise.
 */

/** Han (kanji), hiragana, katakana and the long-vowel mark. */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc々〆ヶ]/u;
const KANJI_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]{2,}/gu;

/**
 * Lower-cases and NFKC-normalises; strips Latin diacritics but keeps CJK intact.
 *
 * @example
 * basicFold('ＮＲＷ Tōkyō'); // 'nrw tokyo'
 * basicFold('何ヶ月'); // '何か月'
 */
export function basicFold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/ß/g, 'ss')
    // Japanese counters written four ways ("3ヶ月", "3ケ月", "3カ月", "3か月"; "何ヵ所") meet as "か".
    .replace(/(?<=[\p{N}何数一二三四五六七八九十百千]\s?)[ヶケカヵ箇](?=[月所国年])/gu, 'か')
    .replace(/[a-zäöüàáâãåèéêëìíîïòóôõùúûñçōūāīē]+/g, (word) =>
      word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
    );
}

/**
 * German spelling fold applied to an already {@link basicFold}ed word: "ae/oe/ue" → "a/o/u", so
 * "Führerschein", "Fuehrerschein" and "Fuhrerschein" meet. Applied identically at index and query time.
 *
 * @example
 * germanFold('fuehrerschein'); // 'fuhrerschein'
 */
export function germanFold(word: string): string {
  return word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/**
 * Removes Markdown syntax and URLs so only words are indexed.
 *
 * @example
 * stripMarkdown('**Dial** [119](https://x.jp)'); // 'Dial 119'
 */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`>#|~]+/g, ' ');
}

/**
 * Kanji runs of two or more characters in `text` (for bigram expansion).
 *
 * @example
 * kanjiRuns('東京都の住民票'); // ['東京都', '住民票']
 */
export function kanjiRuns(text: string): string[] {
  return text.match(KANJI_RUN) ?? [];
}

/**
 * Overlapping character bigrams of a string.
 *
 * @example
 * bigrams('住民票'); // ['住民', '民票']
 */
export function bigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * `value` with every regular-expression metacharacter escaped, for building patterns from data (place names,
 * office names, lexicon terms).
 * @example
 * new RegExp(escapeRegExp('NRW.Global (Japan)')); // matches the literal text
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
