/**
 * `npm run bench:langid`: accuracy of language-identification libraries on short chat messages
 * (bench/data/languageIdSamples.json: 30 per language in ja, de, en, zh, ko, fr, tr, es, vi, written for this
 * bench: greetings, thanks, 3–8-word questions with place names and terms such as GmbH or Kita).
 * Prints accuracy per language and overall, and the mean time per message. The library is chosen on this table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eld } from 'eld/medium';
import { eld as eldLarge } from 'eld/large';
import { detect as tinyld } from 'tinyld';
import { franc } from 'franc';
import { detectLanguage } from '../src/conversation/languageDetector';
import { decideLanguage } from '../src/conversation/languageDecision';
import { VocabularyLanguage } from '../src/conversation/understanding/vocabularyLanguage';
import { openKnowledge } from '../src/knowledge/knowledgeService';
import { loadPartnerships, requiredLanguagesByRegion } from '../src/partnerships/partnerships';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = JSON.parse(fs.readFileSync(path.join(root, 'bench/data/languageIdSamples.json'), 'utf8')) as Record<string, string[]>;

/** franc speaks ISO 639-3. */
const FROM_639_3: Record<string, string> = { jpn: 'ja', deu: 'de', eng: 'en', cmn: 'zh', kor: 'ko', fra: 'fr', tur: 'tr', spa: 'es', vie: 'vi' };

// The bot's own decision: the library plus the words of our content per language (entries, lexicons, small talk).
const catalog = loadPartnerships(path.join(root, 'knowledge/partnerships.json'));
const opened = openKnowledge({ knowledgeDir: path.join(root, 'knowledge'), knownRegions: catalog.regions.map((region) => region.id), strict: false, requiredLanguages: requiredLanguagesByRegion(catalog) });
const listedWords: Record<string, string[]> = {};
for (const byLanguage of Object.values(opened.intents.smallTalk)) for (const [language, phrases] of Object.entries(byLanguage)) (listedWords[language] ??= []).push(...phrases);
for (const language of opened.lexicon?.languages ?? []) (listedWords[language] ??= []).push(...opened.lexicon!.wordsOf(language));
const vocabulary = new VocabularyLanguage({
  entries: opened.knowledge.entries,
  placeNames: catalog.regions.flatMap((region) => [...region.placeNames, ...(region.countryNames ?? [])]),
  listedWords,
});

const detectors: Record<string, (text: string) => string | undefined> = {
  'eld/medium': (text) => eld.detect(text).language || undefined,
  'eld/large': (text) => eldLarge.detect(text).language || undefined,
  tinyld: (text) => tinyld(text) || undefined,
  franc: (text) => FROM_639_3[franc(text, { minLength: 1 })],
  'kakehashi (script rules + tinyld)': (text) => detectLanguage(text).language,
  'kakehashi (+ our vocabulary per language)': (text) => decideLanguage(text, vocabulary).language,
};

const languages = Object.keys(samples);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
console.log(`| library | ${languages.join(' | ')} | all | µs/msg |`);
console.log(`|---|${languages.map(() => '---:').join('|')}|---:|---:|`);
for (const [name, detect] of Object.entries(detectors)) {
  let right = 0;
  let total = 0;
  const cells: string[] = [];
  const started = process.hrtime.bigint();
  for (const language of languages) {
    const texts = samples[language]!;
    const correct = texts.filter((text) => detect(text) === language).length;
    right += correct;
    total += texts.length;
    cells.push(pct(correct / texts.length));
  }
  const micros = Number(process.hrtime.bigint() - started) / 1000 / total;
  console.log(`| ${name} | ${cells.join(' | ')} | ${pct(right / total)} | ${micros.toFixed(0)} |`);
}
if (process.argv.includes('--misses')) {
  for (const language of languages) {
    for (const text of samples[language]!) {
      const got = decideLanguage(text, vocabulary).language;
      if (got !== language) console.log(`MISS ${language} → ${got}: ${text}`);
    }
  }
}
