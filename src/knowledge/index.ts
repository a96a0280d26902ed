/**
 * Public API of the knowledge module (curated entries → search → answer). Import from here when wiring the bot.
 *
 * @example
 * import { openKnowledge, composeAnswer } from './knowledge';
 * const { knowledge, index } = openKnowledge({ knowledgeDir: 'knowledge', knownRegions: ['tokyo', 'nrw'] });
 * const answer = composeAnswer(index.search(text, { language, region }), knowledge, { language });
 */
export { AliasTable, type AliasGroup } from './aliases';
export {
  answerForEntry,
  composeAnswer,
  contentLanguageFor,
  DEFAULT_MIN_CONFIDENCE,
  type ComposedAnswer,
  type ComposeOptions,
  type EntryRef,
  type KnowledgeAnswer,
  type LowConfidenceAnswer,
} from './answerComposer';
export { EmergencyDetector, parseEmergencySituations, type EmergencySignal, type EmergencySituation } from './emergencyDetector';
export {
  ALL_REGIONS,
  AUDIENCES,
  REQUIRED_LANGUAGES,
  TOPICS,
  type Audience,
  type Entry,
  type EntryContent,
  type EntrySource,
  type RequiredLanguage,
  type Topic,
} from './entrySchema';
export { AliasFileError, EmergencyFileError, KnowledgeValidationError, LlmConfigError, SearchIndexError, type KnowledgeProblem } from './errors';
export { staleEntries } from './freshness';
export { checkKnowledge, type KnowledgeCheckResult } from './knowledgeCheck';
export { openKnowledge, type OpenedKnowledge, type OpenKnowledgeOptions } from './knowledgeService';
export {
  LlmAnswerer,
  DEFAULT_LLM_TIMEOUT_MS,
  type LlmAnswer,
  type LlmAnswererConfig,
  type LlmAnswerRequest,
  type LlmCitation,
  type LlmFailureReason,
} from './llmAnswerer';
export { inspectKnowledge, knowledgeBaseOf, loadKnowledge, type KnowledgeBase, type LoadKnowledgeOptions } from './loadKnowledge';
export {
  buildSearchIndex,
  DEFAULT_TUNING,
  KnowledgeSearchIndex,
  type BuildSearchIndexOptions,
  type SearchHit,
  type SearchOptions,
  type SearchTuning,
} from './searchIndex';
