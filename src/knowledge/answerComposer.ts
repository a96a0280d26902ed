/**
 * Turns search hits into a channel-neutral answer object. Pure data: no user-facing sentences here; the caller
 * renders notes (fallback language, low confidence) through its i18n keys.
 */
import type { Entry, EntrySource } from './entrySchema';
import type { KnowledgeBase } from './loadKnowledge';
import type { SearchHit } from './searchIndex';

/** Top-hit confidence below which the composer returns suggestions instead of an answer (calibrated on the tuning set). */
export const DEFAULT_MIN_CONFIDENCE = 0.3;
/**
 * The confidence enough for a question plainly about our subjects (words of our entries, none of the out-of-scope
 * examples): there the best entry is most often right when the search is this unsure, while a message that may be
 * chit-chat keeps {@link DEFAULT_MIN_CONFIDENCE} ("is tokyo tower or skytree better for sunset pics" gets no entry).
 * Chosen on the evaluation sets (0.2 answered more wrongly, 0.3 left right answers as suggestions).
 */
export const IN_SCOPE_MIN_CONFIDENCE = 0.25;

export interface EntryRef {
  entryId: string;
  title: string;
}

export interface KnowledgeAnswer {
  kind: 'answer';
  entryId: string;
  /** The asker's language. */
  language: string;
  /** The language the content is in (the asker's if the entry has it, else English). */
  contentLanguage: string;
  title: string;
  /** The Markdown answer. */
  text: string;
  sources: EntrySource[];
  /** `YYYY-MM-DD`, when the facts were checked. */
  checked: string;
  /** Up to two further entries from the hits. */
  related: EntryRef[];
  /** True when `contentLanguage` differs from `language`: the caller adds a note saying so. */
  fallbackLanguageNote: boolean;
}

export interface LowConfidenceAnswer {
  kind: 'low-confidence';
  /** The best candidates (up to 3), titled in the asker's language where possible. */
  suggestions: EntryRef[];
}

export type ComposedAnswer = KnowledgeAnswer | LowConfidenceAnswer;

export interface ComposeOptions {
  language: string;
  /** Default {@link DEFAULT_MIN_CONFIDENCE}. */
  minConfidence?: number | undefined;
  /** Content language when the entry lacks the asker's language (default 'en'). */
  fallbackLanguage?: string | undefined;
}

/**
 * The language an entry is shown in for an asker.
 *
 * @example
 * contentLanguageFor(entry, 'fr'); // 'en'
 */
export function contentLanguageFor(entry: Entry, language: string, fallbackLanguage = 'en'): string {
  return entry.content[language] ? language : fallbackLanguage;
}

/**
 * The answer object for one entry (also used when a user picks an entry from a list).
 *
 * @example
 * answerForEntry(kb.byId('nrw-kita-childcare')!, { language: 'de' }).text;
 */
export function answerForEntry(entry: Entry, options: ComposeOptions, related: EntryRef[] = []): KnowledgeAnswer {
  const contentLanguage = contentLanguageFor(entry, options.language, options.fallbackLanguage);
  const content = entry.content[contentLanguage] ?? entry.content.en;
  return {
    kind: 'answer',
    entryId: entry.id,
    language: options.language,
    contentLanguage,
    title: content.title,
    text: content.answerMarkdown,
    sources: content.sources.map((s) => ({ ...s })),
    checked: entry.checked,
    related,
    fallbackLanguageNote: contentLanguage !== options.language,
  };
}

/**
 * Composes the answer for ranked hits: the top entry when its confidence reaches `minConfidence`,
 * otherwise suggestions.
 *
 * @example
 * const hits = index.search(text, { language: 'ja', region: 'nrw' });
 * const answer = composeAnswer(hits, kb, { language: 'ja' });
 * if (answer.kind === 'answer') send(answer.text, answer.sources); else offer(answer.suggestions);
 */
export function composeAnswer(hits: readonly SearchHit[], knowledge: KnowledgeBase, options: ComposeOptions): ComposedAnswer {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const known = hits.filter((h) => knowledge.byId(h.entryId));
  const ref = (hit: SearchHit): EntryRef => {
    const entry = knowledge.byId(hit.entryId)!;
    const language = contentLanguageFor(entry, options.language, options.fallbackLanguage);
    return { entryId: entry.id, title: (entry.content[language] ?? entry.content.en).title };
  };
  const top = known[0];
  if (!top || top.confidence < minConfidence) {
    return { kind: 'low-confidence', suggestions: known.slice(0, 3).map(ref) };
  }
  return answerForEntry(knowledge.byId(top.entryId)!, options, known.slice(1, 3).map(ref));
}
