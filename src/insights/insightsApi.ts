/**
 * `GET /staff/api/insights?days=30` (JSON report) and `GET /staff/api/insights/csv/<table>?days=30` (CSV), with the
 * same bearer-token authorisation as the case API: 401 without a valid token; office staff see their office only.
 */
import { Router, type Request, type Response } from 'express';
import { HttpError } from '../http/httpError';
import type { CaseService } from '../escalation/caseTypes';
import type { StaffAuth } from '../escalation/staff/staffAuth';
import type { InsightsStore } from './insightsStore';
import { insightsReport, type InsightsReport } from './insightsReport';
import { CSV_TABLES, insightsCsv, type CsvTable } from './insightsCsv';

export interface InsightsApiOptions {
  auth: StaffAuth;
  store: InsightsStore;
  caseService: CaseService;
  offices: { id: string; servesRegion?: string | undefined }[];
  /** Longest window that can be asked for: the retention period (`INSIGHTS_RETENTION_DAYS`). */
  retentionDays: number;
  now?: () => Date;
}

export const DEFAULT_INSIGHTS_DAYS = 30;

function daysOf(raw: unknown, max: number): number {
  if (raw === undefined || raw === '') return Math.min(DEFAULT_INSIGHTS_DAYS, max);
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > max) throw new HttpError(400, `days must be a whole number from 1 to ${max}`);
  return days;
}

export function insightsApiRouter(options: InsightsApiOptions): Router {
  const router = Router();
  const report = async (req: Request, res: Response): Promise<InsightsReport> => {
    const staff = options.auth.authenticate(req.get('authorization'));
    if (!staff) {
      res.set('WWW-Authenticate', 'Bearer realm="kakehashi staff"');
      throw new HttpError(401, 'missing or invalid bearer token');
    }
    return insightsReport({
      store: options.store,
      caseService: options.caseService,
      offices: options.offices,
      scope: { officeIds: staff.officeIds },
      days: daysOf(req.query.days, options.retentionDays),
      now: (options.now ?? (() => new Date()))(),
    });
  };
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.get('/', async (req, res) => {
    res.json(await report(req, res));
  });
  router.get('/csv/:table', async (req, res) => {
    const table = String(req.params.table);
    if (!(CSV_TABLES as readonly string[]).includes(table)) throw new HttpError(404, `no such table; tables: ${CSV_TABLES.join(', ')}`);
    const data = await report(req, res);
    res.attachment(`kakehashi-insights-${table}-${data.window.to}.csv`);
    res.type('text/csv; charset=utf-8').send(`\uFEFF${insightsCsv(data, table as CsvTable)}`);
  });
  return router;
}
