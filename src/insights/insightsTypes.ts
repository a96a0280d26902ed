/** What staff insights keep: aggregates per day, and redacted questions the bot could not answer well. */

/** One question as the bot saw it, before it is aggregated (kept in memory only until the next flush). */
export interface ObservedQuestion {
  at: Date;
  /** The user's text; only its redacted form is ever stored, and only when the answer was not confident. */
  text: string;
  language: string;
  regionId: string | undefined;
  channelId: string;
  /** Stable, non-reversible key of the user (for "delete my data"); see `userKeyOf`. */
  userKey: string;
  displayName: string | undefined;
  confident: boolean;
}

/** The entries that came closest to a question (the editors' hint). */
export interface ClosestEntry {
  entryId: string;
  title: string;
  topic: string;
}

/** A question the bot answered with low confidence or not at all, as stored (redacted). */
export interface UnansweredQuestion {
  id: string;
  at: string;
  text: string;
  language: string;
  regionId: string | undefined;
  channelId: string;
  closest: ClosestEntry[];
  userKey: string;
}

/** Counts of one day; key `topic|region|language|channel|answered` (`-` for unknown), value: number of questions. */
export interface DayCounts {
  counts: Record<string, number>;
}

export interface DayQuestions {
  items: UnansweredQuestion[];
}

/** Finds the entries closest to a question (the knowledge search), for topics and the editors' hints. */
export type ClosestEntriesFinder = (text: string, language: string, regionId: string | undefined) => ClosestEntry[];
