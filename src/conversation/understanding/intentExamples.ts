/**
 * The curated examples of `knowledge/intents.json`: small talk (greetings, thanks, acknowledgements, farewells),
 * out-of-scope requests and the words that mark a follow-up, each per language (ISO 639-1). Data, validated when
 * loaded, so that a new phrasing needs no TypeScript.
 */
import fs from 'node:fs';
import { parseFollowUpFacets, type FollowUpFacetData } from '../../answers/followUpFacets';
import { parseFollowUpAlternatives } from '../../answers/alternativeSwap';

/** `identity`: questions about the bot itself ("who are you?", "bist du ein Mensch?", "何ができるの？"). */
export const SMALL_TALK_INTENTS = ['greeting', 'thanks', 'farewell', 'acknowledgement', 'identity'] as const;
export type SmallTalkIntent = (typeof SMALL_TALK_INTENTS)[number];

/** Examples per language: language code → phrases. */
export type PhrasesByLanguage = Record<string, string[]>;

export interface IntentExamples {
  smallTalk: Record<SmallTalkIntent, PhrasesByLanguage>;
  outOfScope: PhrasesByLanguage;
  followUpMarkers: PhrasesByLanguage;
  /** What a follow-up may ask about the last answer (duration, cost, documents…), see `followUpFacets.ts`. */
  followUpFacets: FollowUpFacetData[];
  /** Groups of interchangeable words ("GmbH", "UG", "KK"…) a follow-up may swap, see `alternativeSwap.ts`. */
  followUpAlternatives: string[][];
  /** Words of a message that only says where the asker lives or moved to ("we live in Koto-ku now"); optional in the file. */
  placeStatementWords: PhrasesByLanguage;
  /** Words that point back at the last answer ("that", "das", "ça", "それ"); optional in the file. */
  referringWords: PhrasesByLanguage;
}

export class IntentExamplesError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'IntentExamplesError';
  }
}

function phrases(value: unknown, file: string, field: string): PhrasesByLanguage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new IntentExamplesError(file, `"${field}" must be an object of language → phrases`);
  const result: PhrasesByLanguage = {};
  for (const [language, list] of Object.entries(value)) {
    if (language.startsWith('_')) continue;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim())) {
      throw new IntentExamplesError(file, `"${field}.${language}" must be a list of non-empty strings`);
    }
    result[language] = list as string[];
  }
  return result;
}

/** A list the file may leave out: none then. */
const optionalPhrases = (value: unknown, file: string, field: string): PhrasesByLanguage => (value === undefined ? {} : phrases(value, file, field));

/** Parses the JSON text of an intents file. @throws {IntentExamplesError} on a missing or malformed field. */
export function parseIntentExamples(json: string, file = 'intents.json'): IntentExamples {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    throw new IntentExamplesError(file, `not valid JSON: ${(error as Error).message}`);
  }
  const smallTalk = Object.fromEntries(SMALL_TALK_INTENTS.map((intent) => [intent, phrases(data[intent], file, intent)])) as IntentExamples['smallTalk'];
  let followUpFacets: FollowUpFacetData[];
  let followUpAlternatives: string[][];
  try {
    followUpFacets = parseFollowUpFacets(data.followUpFacets);
    followUpAlternatives = parseFollowUpAlternatives(data.followUpAlternatives);
  } catch (error) {
    throw new IntentExamplesError(file, (error as Error).message);
  }
  return {
    smallTalk,
    outOfScope: phrases(data.outOfScope, file, 'outOfScope'),
    followUpMarkers: phrases(data.followUpMarkers, file, 'followUpMarkers'),
    followUpFacets,
    followUpAlternatives,
    placeStatementWords: optionalPhrases(data.placeStatementWords, file, 'placeStatementWords'),
    referringWords: optionalPhrases(data.referringWords, file, 'referringWords'),
  };
}

/** Reads `knowledge/intents.json`. @throws {IntentExamplesError} */
export function loadIntentExamples(file: string): IntentExamples {
  return parseIntentExamples(fs.readFileSync(file, 'utf8'), file);
}

/** No examples: every message is a question (for callers without an intents file). */
export function emptyIntentExamples(): IntentExamples {
  return { smallTalk: { greeting: {}, thanks: {}, farewell: {}, acknowledgement: {}, identity: {} }, outOfScope: {}, followUpMarkers: {}, followUpFacets: [], followUpAlternatives: [], placeStatementWords: {}, referringWords: {} };
}
