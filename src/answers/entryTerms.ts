/**
 * The analysed words of an entry's texts in one content language, worked out once per entry and language instead of
 * on every follow-up turn (analysing an answer body is the costliest step of reading a follow-up). Entries never
 * change once loaded; the memo is keyed by the entry object itself, so a reloaded knowledge base starts afresh.
 */
import { entrySections } from '../knowledge/entrySections';
import type { Entry } from '../knowledge/entrySchema';

/** One part of an entry body (its lead, or a section under a bold heading) with its analysed words. */
export interface EntryPartTerms {
  /** The part's Markdown, heading line included. */
  markdown: string;
  /** Distinct analysed words of the part, in order of first use. */
  terms: readonly string[];
  /** Analysed words of the heading ('' for the lead gives none). */
  headingTerms: ReadonlySet<string>;
}

/** Analysed words of one entry in one content language (each list distinct, in order of first use). */
export interface EntryTerms {
  /** The title's words. */
  readonly title: readonly string[];
  /** The words of the title and the example questions (what the entry is about). */
  readonly subject: readonly string[];
  /** The words of the whole answer body. */
  readonly body: readonly string[];
  /** The body's parts: lead, then each section. */
  readonly parts: readonly EntryPartTerms[];
}

/** Analysis without kanji bigrams, as the follow-up reading uses it. */
export type Analyze = (text: string, language: string) => string[];

const distinct = (terms: string[]): string[] => [...new Set(terms)];

/**
 * Memo of {@link EntryTerms} per entry and content language; each field is computed on first use.
 * @example
 * const terms = new EntryTermsMemo((text, language) => index.analyze(text, language, false));
 * terms.of(entry, 'de').body.includes('anmeldung'); // true
 */
export class EntryTermsMemo {
  private readonly memo = new WeakMap<Entry, Map<string, EntryTerms>>();

  constructor(private readonly analyze: Analyze) {}

  /** The words of `entry` in `language` (its English content where it has none in that language). */
  of(entry: Entry, language: string): EntryTerms {
    let byLanguage = this.memo.get(entry);
    if (!byLanguage) this.memo.set(entry, (byLanguage = new Map()));
    let terms = byLanguage.get(language);
    if (!terms) byLanguage.set(language, (terms = this.lazyTerms(entry, language)));
    return terms;
  }

  private lazyTerms(entry: Entry, language: string): EntryTerms {
    const content = entry.content[language] ?? entry.content.en;
    const analyze = (text: string) => distinct(this.analyze(text, language));
    let title: string[] | undefined;
    let subject: string[] | undefined;
    let body: string[] | undefined;
    let parts: EntryPartTerms[] | undefined;
    return {
      get title() {
        return (title ??= analyze(content.title));
      },
      get subject() {
        return (subject ??= analyze([content.title, ...content.questions].join('\n')));
      },
      get body() {
        return (body ??= analyze(content.answerMarkdown));
      },
      get parts() {
        return (parts ??= entrySections(content.answerMarkdown).map((section) => ({
          markdown: section.markdown,
          terms: analyze(section.markdown),
          headingTerms: new Set(analyze(section.heading)),
        })));
      },
    };
  }
}
