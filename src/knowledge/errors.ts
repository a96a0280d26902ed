/**
 * Typed errors of the knowledge module. Callers can `instanceof`-check them and read the structured fields
 * instead of parsing messages.
 */

/** One problem found while validating the knowledge folder. */
export interface KnowledgeProblem {
  /** The file (or folder) the problem is in, relative to the entries directory where possible. */
  file: string;
  /** What is wrong, in English (for authors and CI logs, never shown to chat users). */
  problem: string;
}

/**
 * Thrown by {@link loadKnowledge} when one or more entries are invalid. Lists every problem, not just the first.
 *
 * @example
 * try { loadKnowledge({ entriesDir, knownRegions }); }
 * catch (error) { if (error instanceof KnowledgeValidationError) console.error(error.problems); }
 */
export class KnowledgeValidationError extends Error {
  override name = 'KnowledgeValidationError';
  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(
      `${problems.length} knowledge problem(s):\n` +
        problems.map((p) => `  - ${p.file}: ${p.problem}`).join('\n'),
    );
  }
}

/** Thrown when `aliases.json` is malformed. */
export class AliasFileError extends Error {
  override name = 'AliasFileError';
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Thrown when a search index is asked for something it cannot do (e.g. built from no entries). */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Thrown by the LLM answerer for invalid configuration (runtime failures return `null` instead). */
export class LlmConfigError extends Error {
  override name = 'LlmConfigError';
}

/** Thrown when a `knowledge/lexicon/<lang>.json` file is malformed. */
export class LexiconFileError extends Error {
  override name = 'LexiconFileError';
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Thrown when `knowledge/emergencies.json` is malformed. */
export class EmergencyFileError extends Error {
  override name = 'EmergencyFileError';
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`${file}: ${problems.join('; ')}`);
  }
}
