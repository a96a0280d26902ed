/** The insights report's tables as CSV (RFC 4180, via `csv-stringify`), one per table name. */
import { stringify } from 'csv-stringify/sync';
import type { InsightsReport } from './insightsReport';

export const CSV_TABLES = ['questions', 'topics', 'regions', 'languages', 'channels', 'unanswered', 'cases', 'first-reply', 'satisfaction'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const DIMENSION_OF = { topics: 'topic', regions: 'region', languages: 'language', channels: 'channel' } as const;

/**
 * @example
 * insightsCsv(report, 'languages'); // 'value,total,2026-11-01,…\nja,41,2,…\n'
 */
export function insightsCsv(report: InsightsReport, table: CsvTable): string {
  const days = report.window.days;
  switch (table) {
    case 'questions':
      return stringify([['day', 'questions', 'low_confidence'], ...days.map((day, index) => [day, report.questions.perDay.total[index], report.questions.perDay.lowConfidence[index]])]);
    case 'topics':
    case 'regions':
    case 'languages':
    case 'channels':
      return stringify([['value', 'total', ...days], ...report.questions.by[DIMENSION_OF[table]].map((row) => [row.value, row.total, ...row.perDay])]);
    case 'unanswered':
      return stringify([
        ['count', 'question', 'similar_questions', 'languages', 'regions', 'closest_entries', 'last_asked'],
        ...report.unanswered.map((group) => [group.count, group.example, group.others.join(' | '), group.languages.join(' '), group.regions.join(' '), group.closest.map((entry) => entry.entryId).join(' '), group.lastAt]),
      ]);
    case 'cases':
      return stringify([['office', 'new', 'claimed', 'answered', 'resolved'], ...report.cases.byOffice.map((row) => [row.officeId, row.counts.new, row.counts.claimed, row.counts.answered, row.counts.resolved])]);
    case 'first-reply':
      return stringify([['cases_with_reply', 'median_minutes', 'p90_minutes'], [report.cases.firstReply.cases, report.cases.firstReply.medianMinutes ?? '', report.cases.firstReply.p90Minutes ?? '']]);
    case 'satisfaction':
      return stringify([['score', 'responses'], ...Object.entries(report.satisfaction.distribution)]);
  }
}
