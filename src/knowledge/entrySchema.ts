/**
 * The entry format of `knowledge/README.md`, as types and a validator for ONE language file.
 * Cross-file rules (id = folder, language parity) live in `loadKnowledge.ts`.
 */
import { parseYaml } from './yamlCache';

/** Topics an entry may have (README "Fields"). */
export const TOPICS = ['company', 'residence', 'healthcare', 'schooling', 'housing', 'support', 'daily-life'] as const;
export type Topic = (typeof TOPICS)[number];

/** Audiences an entry may address. */
export const AUDIENCES = ['company', 'employee', 'family'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Languages every entry must have. */
export const REQUIRED_LANGUAGES = ['ja', 'de', 'en'] as const;
export type RequiredLanguage = (typeof REQUIRED_LANGUAGES)[number];

/** Region value of entries valid on every side of a partnership (not a region id). */
export const ALL_REGIONS = 'both';

export interface EntrySource {
  url: string;
  publisher: string;
}

/** The part of an entry written in one language. */
export interface EntryContent {
  title: string;
  questions: string[];
  /** The Markdown body after the front matter. */
  answerMarkdown: string;
  /** The first paragraph of the body (what a chat user reads first). */
  summary: string;
  /** Sources with publisher names as written in this language (URLs are identical across languages). */
  sources: EntrySource[];
}

/** One curated entry with its content in every language it was written in. */
export interface Entry {
  id: string;
  /** A region id from partnerships.json, or {@link ALL_REGIONS}. */
  region: string;
  topic: Topic;
  audience: Audience[];
  /** Sources as written in the English file. */
  sources: EntrySource[];
  /** `YYYY-MM-DD`. */
  checked: string;
  /** Entries offered next, in order (front matter `related`, from the English file); may be empty. */
  related?: string[];
  /** Languages present; always includes ja, de, en. */
  languages: string[];
  content: { [L in RequiredLanguage]: EntryContent } & { readonly [language: string]: EntryContent | undefined };
}

/** The validated content of one `<lng>.md` file. */
export interface ParsedEntryFile {
  id: string;
  region: string;
  topic: Topic;
  audience: Audience[];
  checked: string;
  /** Optional `related: [entry-id, …]`: the entries offered after this one, in order. */
  related?: string[];
  content: EntryContent;
}

export type ParseResult = { ok: true; value: ParsedEntryFile } | { ok: false; problems: string[] };

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * The first paragraph of a Markdown body, skipping headings.
 *
 * @example
 * firstParagraph('# T\n\nDial 119.\n\nMore.'); // 'Dial 119.'
 */
export function firstParagraph(markdown: string): string {
  const blocks = markdown.replace(/\r\n/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return blocks.find((b) => !/^#{1,6}\s/.test(b)) ?? '';
}

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isValidDate('2026-02-30'); // false
 */
export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * Parses and validates one entry file (front matter + body). Collects every problem of the file.
 * `knownRegions` are region ids from partnerships.json; {@link ALL_REGIONS} is always accepted.
 *
 * @example
 * const result = parseEntryFile(fs.readFileSync(file, 'utf8'), new Set(['tokyo', 'nrw']));
 * if (!result.ok) console.error(result.problems);
 */
export function parseEntryFile(text: string, knownRegions: ReadonlySet<string>): ParseResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: false, problems: ['no YAML front matter (file must start with "---")'] };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return { ok: false, problems: [`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: ['front matter is not a mapping'] };
  }
  const fm = data as Record<string, unknown>;
  const problems: string[] = [];

  for (const field of ['id', 'region', 'topic', 'title'] as const) {
    if (!nonEmptyString(fm[field])) problems.push(`"${field}" missing or not a non-empty string`);
  }
  if (nonEmptyString(fm.topic) && !(TOPICS as readonly string[]).includes(fm.topic)) {
    problems.push(`topic "${fm.topic}" is not one of ${TOPICS.join(', ')}`);
  }
  if (nonEmptyString(fm.region) && fm.region !== ALL_REGIONS && !knownRegions.has(fm.region)) {
    problems.push(`region "${fm.region}" is not a known region (${[...knownRegions, ALL_REGIONS].join(', ')})`);
  }

  const audience = fm.audience;
  if (!Array.isArray(audience) || audience.length === 0) problems.push('"audience" missing or empty');
  else {
    for (const a of audience) {
      if (!(AUDIENCES as readonly unknown[]).includes(a)) problems.push(`audience "${String(a)}" is not one of ${AUDIENCES.join(', ')}`);
    }
  }

  const questions = fm.questions;
  if (!Array.isArray(questions) || questions.length === 0) problems.push('"questions" missing or empty');
  else if (!questions.every(nonEmptyString)) problems.push('"questions" must be non-empty strings');

  const sources: EntrySource[] = [];
  if (!Array.isArray(fm.sources) || fm.sources.length === 0) problems.push('"sources" missing: at least one {url, publisher}');
  else {
    fm.sources.forEach((s: unknown, i: number) => {
      const source = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
      if (!nonEmptyString(source.url) || !isHttpUrl(source.url.trim())) problems.push(`sources[${i}].url missing or not http(s)`);
      if (!nonEmptyString(source.publisher)) problems.push(`sources[${i}].publisher missing`);
      if (nonEmptyString(source.url) && nonEmptyString(source.publisher)) {
        sources.push({ url: source.url.trim(), publisher: source.publisher.trim() });
      }
    });
  }

  // YAML 1.2 core schema keeps 2026-11-24 a string; a Date can only come from explicit tags, accept it too.
  const rawChecked = fm.checked instanceof Date ? fm.checked.toISOString().slice(0, 10) : fm.checked;
  if (rawChecked === undefined || rawChecked === null) problems.push('"checked" date missing');
  else if (typeof rawChecked !== 'string' || !isValidDate(rawChecked)) problems.push(`"checked" is not a valid YYYY-MM-DD date: ${String(rawChecked)}`);

  const related = fm.related;
  if (related !== undefined && (!Array.isArray(related) || !related.every(nonEmptyString))) {
    problems.push('"related" must be a list of entry ids');
  }

  const body = (match[2] ?? '').trim();
  const summary = firstParagraph(body);
  if (!summary) problems.push('answer body is empty');

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      id: (fm.id as string).trim(),
      region: (fm.region as string).trim(),
      topic: fm.topic as Topic,
      audience: audience as Audience[],
      checked: rawChecked as string,
      ...(Array.isArray(related) ? { related: (related as string[]).map((id) => id.trim()) } : {}),
      content: {
        title: (fm.title as string).trim(),
        questions: (questions as string[]).map((q) => q.trim()),
        answerMarkdown: body,
        summary,
        sources,
      },
    },
  };
}
