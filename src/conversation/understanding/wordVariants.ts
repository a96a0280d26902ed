/**
 * How a typed word that is not in our content can still be recognised as a word of a language: people type German
 * on a phone without umlauts ("muelltrennung", "geschaeftskonto"), in another inflection than the entries use
 * ("impfung" where the entries say "Impfungen") and as compounds the entries never spell out ("krankenkassenwechsel",
 * "aufenthaltstitelverlaengerung"). Used by {@link VocabularyLanguage} only for words it does not know as typed.
 */

/** Inflection endings tried on an unknown word (added and removed), longest first. */
const ENDINGS = ['en', 'er', 'es', 'e', 'n', 's'];
/** A compound's head (its last part) must be this long to speak for the whole word. */
const MIN_HEAD = 5;
/** …and leave a modifier of at least this many letters ("ab|meldung" is a prefix, not a compound). */
const MIN_MODIFIER = 3;

/**
 * Spellings of an unknown folded word to look up, most faithful first: the umlaut transliteration undone ("ue" → "u",
 * as `foldLexiconText` folds "ü"), then other inflections of each.
 *
 * @param word a word folded like `foldLexiconText` (lower case, diacritics removed)
 * @example
 * spellingVariants('muelltrennung'); // ['mulltrennung', 'mulltrennungen', …]
 * spellingVariants('impfung');       // ['impfungen', 'impfunger', …]
 */
export function spellingVariants(word: string): string[] {
  const bases = [word];
  const transliterated = word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  if (transliterated !== word) bases.unshift(transliterated);
  const out: string[] = [];
  for (const base of bases) {
    if (base !== word) out.push(base);
    if (base.length < 4) continue;
    for (const ending of ENDINGS) out.push(base + ending);
    for (const ending of ENDINGS) if (base.endsWith(ending) && base.length - ending.length >= 4) out.push(base.slice(0, -ending.length));
  }
  return [...new Set(out)];
}

/**
 * The heads of a compound, longest first: every ending of `word` long enough to be a word of its own
 * ("krankenkassenwechsel" → "kassenwechsel", "wechsel", …). The caller keeps the first it knows.
 *
 * @example
 * compoundHeads('kitaplatz'); // ['aplatz', 'platz']
 * compoundHeads('aufenthaltstitelverlaengerung'); // […, 'verlangerung', …] (umlaut transliteration undone first)
 */
export function compoundHeads(typed: string): string[] {
  const word = typed.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  const heads: string[] = [];
  for (let i = MIN_MODIFIER; word.length - i >= MIN_HEAD; i++) heads.push(word.slice(i));
  return heads;
}
