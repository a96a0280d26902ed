/**
 * The staff insights report for one principal (an office's staff see their office's region and cases; the
 * administrator sees all): questions over time by topic, region, language and channel; the grouped unanswered
 * questions; cases by office and status with the time to the first staff reply; the satisfaction scores.
 */
import type { CaseService, CaseStatus, EscalationCase } from '../escalation/caseTypes';
import { lastDays, type InsightsStore } from './insightsStore';
import { groupQuestions, type QuestionGroup } from './questionGroups';

export type Dimension = 'topic' | 'region' | 'language' | 'channel';
export const DIMENSIONS: readonly Dimension[] = ['topic', 'region', 'language', 'channel'];
const CASE_STATUSES: readonly CaseStatus[] = ['new', 'claimed', 'answered', 'resolved'];

export interface InsightsReport {
  window: { from: string; to: string; days: string[] };
  questions: {
    total: number;
    lowConfidence: number;
    /** Per day (aligned with `window.days`): all questions and those answered with low confidence or not at all. */
    perDay: { total: number[]; lowConfidence: number[] };
    /** Per dimension and value: the total and the count per day. `-` is "unknown". */
    by: Record<Dimension, { value: string; total: number; perDay: number[] }[]>;
  };
  unanswered: QuestionGroup[];
  cases: {
    byOffice: { officeId: string; counts: Record<CaseStatus, number> }[];
    /** Minutes from a case's creation to the first staff reply, for cases created in the window that got one. */
    firstReply: { cases: number; medianMinutes: number | null; p90Minutes: number | null };
  };
  satisfaction: { responses: number; average: number | null; distribution: Record<'1' | '2' | '3' | '4' | '5', number> };
}

export interface InsightsScope {
  /** undefined: every office (administrator). */
  officeIds: string[] | undefined;
}

export interface InsightsReportOptions {
  store: InsightsStore;
  caseService: CaseService;
  /** Each office with the region it serves (`servesRegion` in offices.json). */
  offices: { id: string; servesRegion?: string | undefined }[];
  scope: InsightsScope;
  /** Window length in days, ending today (UTC). */
  days: number;
  now: Date;
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function firstStaffReplyMinutes(escalation: EscalationCase): number | undefined {
  const reply = escalation.events.find((event) => event.type === 'staff-message');
  if (!reply) return undefined;
  return Math.max(0, (Date.parse(reply.at) - Date.parse(escalation.createdAt)) / 60_000);
}

/**
 * @example
 * const report = await insightsReport({ store, caseService, offices, scope: { officeIds: ['nrw-japan-kk'] }, days: 30, now: new Date() });
 * report.questions.by.language; // [{ value: 'ja', total: 41, perDay: [...] }, …]
 */
export async function insightsReport(options: InsightsReportOptions): Promise<InsightsReport> {
  const days = lastDays(options.now, options.days);
  const visibleRegions = options.scope.officeIds
    ? new Set(options.offices.filter((office) => options.scope.officeIds!.includes(office.id)).map((office) => office.servesRegion))
    : undefined;
  const regionVisible = (regionId: string | undefined) => !visibleRegions || (regionId !== undefined && regionId !== '-' && visibleRegions.has(regionId));
  const { counts, questions } = await options.store.read(days);

  const perDayTotal = days.map(() => 0);
  const perDayLow = days.map(() => 0);
  const by = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, new Map<string, number[]>()])) as Record<Dimension, Map<string, number[]>>;
  days.forEach((day, index) => {
    for (const [key, value] of Object.entries(counts.get(day)!.counts)) {
      const [topic, region, language, channel, answered] = key.split('|') as [string, string, string, string, string];
      if (!regionVisible(region)) continue;
      perDayTotal[index]! += value;
      if (answered === 'no') perDayLow[index]! += value;
      const values: Record<Dimension, string> = { topic, region, language, channel };
      for (const dimension of DIMENSIONS) {
        const series = by[dimension].get(values[dimension]) ?? days.map(() => 0);
        series[index]! += value;
        by[dimension].set(values[dimension], series);
      }
    }
  });

  const unanswered = days.flatMap((day) => questions.get(day)!.items).filter((item) => regionVisible(item.regionId));
  const cases = (await options.caseService.list(options.scope.officeIds ? { officeIds: options.scope.officeIds } : {})).filter(
    (escalation) => !options.scope.officeIds || options.scope.officeIds.includes(escalation.officeId),
  );
  const windowStart = Date.parse(`${days[0]}T00:00:00Z`);
  const inWindow = cases.filter((escalation) => Date.parse(escalation.createdAt) >= windowStart);
  const byOffice = new Map<string, Record<CaseStatus, number>>();
  for (const escalation of inWindow) {
    const row = byOffice.get(escalation.officeId) ?? (Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as Record<CaseStatus, number>);
    row[escalation.status] += 1;
    byOffice.set(escalation.officeId, row);
  }
  const replyMinutes = inWindow.map(firstStaffReplyMinutes).filter((minutes): minutes is number => minutes !== undefined).sort((a, b) => a - b);
  const scores = inWindow.map((escalation) => escalation.satisfaction).filter((score): score is number => typeof score === 'number');
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const score of scores) distribution[String(score) as keyof typeof distribution] += 1;

  return {
    window: { from: days[0]!, to: days.at(-1)!, days },
    questions: {
      total: perDayTotal.reduce((a, b) => a + b, 0),
      lowConfidence: perDayLow.reduce((a, b) => a + b, 0),
      perDay: { total: perDayTotal, lowConfidence: perDayLow },
      by: Object.fromEntries(
        DIMENSIONS.map((dimension) => [
          dimension,
          [...by[dimension].entries()]
            .map(([value, perDay]) => ({ value, total: perDay.reduce((a, b) => a + b, 0), perDay }))
            .sort((a, b) => b.total - a.total),
        ]),
      ) as InsightsReport['questions']['by'],
    },
    unanswered: groupQuestions(unanswered),
    cases: {
      byOffice: [...byOffice.entries()].map(([officeId, countsByStatus]) => ({ officeId, counts: countsByStatus })).sort((a, b) => a.officeId.localeCompare(b.officeId)),
      firstReply: { cases: replyMinutes.length, medianMinutes: quantile(replyMinutes, 0.5), p90Minutes: quantile(replyMinutes, 0.9) },
    },
    satisfaction: {
      responses: scores.length,
      average: scores.length > 0 ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
      distribution,
    },
  };
}
