import type { CasePlan } from '../../plans/planner';
/**
 * The staff API under `/staff/api` (JSON). Every route but `login` needs `Authorization: Bearer <token>`;
 * office staff see only their office's cases: another office's case answers 404 as if it did not exist.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../../logging/logger';
import { HttpError } from '../../http/httpError';
import { CaseConflictError, CaseNotFoundError } from '../caseStore';
import { CaseClosedError, InvalidStatusError } from '../caseService';
import type { CaseEvent, CaseService, CaseStatus, EscalationCase, TranscriptLine } from '../caseTypes';
import type { Office } from '../offices';
import type { StaffAuth, StaffPrincipal } from './staffAuth';

export const MAX_STAFF_MESSAGE_LENGTH = 4000;
const CASE_STATUSES: readonly CaseStatus[] = ['new', 'claimed', 'answered', 'resolved'];
/** Staff set these; `new` is only ever the state a case is created in. */
const SETTABLE_STATUSES: readonly CaseStatus[] = ['claimed', 'answered', 'resolved'];
const MAX_LOGIN_FIELD_LENGTH = 1024;

export interface StaffApiOptions {
  auth: StaffAuth;
  caseService: CaseService;
  offices: Office[];
  /** Region names for display (from the partnership catalog). */
  regions: { id: string; name: Record<string, string> }[];
  /** Whether an LLM translates between user and staff; without one staff see the original text. */
  translationAvailable: boolean;
  logger: Logger;
}

/** One row of the case list. */
export interface CaseSummary {
  id: string;
  number: string;
  officeId: string;
  status: CaseStatus;
  topic: string | undefined;
  userLanguage: string;
  regionId: string | undefined;
  channelId: string;
  createdAt: string;
  updatedAt: string;
  /** The last notification attempt to the office failed (a 'notify-failed' without a later 'notified'). */
  notifyFailed: boolean;
}

/** A case as staff see it: no conversation reference or channel user id (those are for the relay only). */
export interface CaseView extends CaseSummary {
  description: string;
  contact: string | undefined;
  transcript: TranscriptLine[];
  events: CaseEvent[];
  resolvedAt?: string;
  anonymisedAt?: string;
  summary?: { language: string; text: string };
  reason?: string;
  routingRule?: string;
  satisfaction?: number;
  /** The user's guided plan and progress (issue 10). */
  plan?: CasePlan;
}

declare module 'express-serve-static-core' {
  interface Locals {
    staff?: StaffPrincipal;
  }
}

export function notifyFailed(events: CaseEvent[]): boolean {
  const last = events.filter((event) => event.type === 'notify-failed' || event.type === 'notified').at(-1);
  return last?.type === 'notify-failed';
}

export function caseSummary(escalation: EscalationCase): CaseSummary {
  return {
    id: escalation.id,
    number: escalation.number,
    officeId: escalation.officeId,
    status: escalation.status,
    topic: escalation.topic,
    userLanguage: escalation.userLanguage,
    regionId: escalation.regionId,
    channelId: escalation.channelId,
    createdAt: escalation.createdAt,
    updatedAt: escalation.updatedAt,
    notifyFailed: notifyFailed(escalation.events),
  };
}

export function caseView(escalation: EscalationCase): CaseView {
  return {
    ...caseSummary(escalation),
    description: escalation.description,
    contact: escalation.contact,
    transcript: escalation.transcript,
    events: escalation.events,
    ...(escalation.resolvedAt ? { resolvedAt: escalation.resolvedAt } : {}),
    ...(escalation.anonymisedAt ? { anonymisedAt: escalation.anonymisedAt } : {}),
    ...(escalation.summary ? { summary: escalation.summary } : {}),
    ...(escalation.reason ? { reason: escalation.reason } : {}),
    ...(escalation.routingRule ? { routingRule: escalation.routingRule } : {}),
    ...(escalation.satisfaction !== undefined ? { satisfaction: escalation.satisfaction } : {}),
    ...(escalation.plan ? { plan: escalation.plan } : {}),
  };
}

function principal(res: Response): StaffPrincipal {
  const staff = res.locals.staff;
  if (!staff) throw new HttpError(401, 'not authenticated');
  return staff;
}

function canSee(staff: StaffPrincipal, escalation: EscalationCase): boolean {
  return staff.officeIds === undefined || staff.officeIds.includes(escalation.officeId);
}

function parseStatusFilter(raw: unknown): CaseStatus[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => String(value).split(',')).map((value) => value.trim()).filter(Boolean);
  const invalid = values.filter((value) => !CASE_STATUSES.includes(value as CaseStatus));
  if (invalid.length > 0) throw new HttpError(400, `unknown status: ${invalid.join(', ')}`, { allowed: CASE_STATUSES });
  return values as CaseStatus[];
}

/** The case service's typed errors as HTTP answers; anything else stays a 500. */
async function caseCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CaseNotFoundError) throw new HttpError(404, 'no such case');
    if (error instanceof CaseClosedError) throw new HttpError(409, `case is ${error.reason}`);
    if (error instanceof InvalidStatusError) throw new HttpError(400, error.message);
    if (error instanceof CaseConflictError) throw new HttpError(409, 'the case changed at the same time; try again');
    throw error;
  }
}

function bodyOf(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'expected a JSON object body');
  return body as Record<string, unknown>;
}

/**
 * @example
 * app.use('/staff/api', staffApiRouter({ auth, caseService, offices, translationAvailable: false, logger }));
 */
export function staffApiRouter(options: StaffApiOptions): Router {
  const { auth, caseService, logger } = options;
  const router = Router();

  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.post('/login', async (req, res) => {
    const body = bodyOf(req);
    const { id, password } = body;
    if (typeof id !== 'string' || !id || id.length > MAX_LOGIN_FIELD_LENGTH) throw new HttpError(400, 'id is required');
    if (typeof password !== 'string' || !password || password.length > MAX_LOGIN_FIELD_LENGTH) throw new HttpError(400, 'password is required');
    const result = await auth.login(id, password);
    if (!result.ok && result.reason === 'throttled') {
      res.set('Retry-After', String(result.retryAfterSeconds));
      throw new HttpError(429, 'too many failed logins; try again later', { retryAfterSeconds: result.retryAfterSeconds });
    }
    if (!result.ok) {
      logger.info({ staffId: id }, 'staff login refused');
      throw new HttpError(401, 'wrong account id or password');
    }
    logger.info({ staffId: id }, 'staff login');
    res.json({ token: result.session.token, expiresAt: result.session.expiresAt, staff: describe(result.session.principal) });
  });

  router.use((req: Request, res: Response, next: NextFunction) => {
    const staff = auth.authenticate(req.get('authorization'));
    if (!staff) {
      res.set('WWW-Authenticate', 'Bearer realm="kakehashi staff"');
      next(new HttpError(401, 'missing or invalid bearer token'));
      return;
    }
    res.locals.staff = staff;
    next();
  });

  router.get('/me', (_req, res) => {
    const staff = principal(res);
    const offices = options.offices.filter((office) => staff.officeIds === undefined || staff.officeIds.includes(office.id));
    res.json({
      staff: describe(staff),
      translationAvailable: options.translationAvailable,
      regions: options.regions.map((region) => ({ id: region.id, name: region.name })),
      offices: offices.map((office) => ({ id: office.id, name: office.name, city: office.city, timeZone: office.timeZone })),
    });
  });

  router.get('/cases', async (req, res) => {
    const staff = principal(res);
    const status = parseStatusFilter(req.query.status);
    const cases = await caseService.list({ ...(staff.officeIds ? { officeIds: staff.officeIds } : {}), ...(status ? { status } : {}) });
    // Filter again: the office boundary must not depend on the service honouring the filter.
    const visible = cases.filter((escalation) => canSee(staff, escalation) && (!status || status.includes(escalation.status)));
    visible.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    res.json({ cases: visible.map(caseSummary) });
  });

  const visibleCase = async (req: Request, res: Response): Promise<EscalationCase> => {
    const staff = principal(res);
    const id = String(req.params.id);
    const escalation = await caseService.get(id);
    if (!escalation || !canSee(staff, escalation)) throw new HttpError(404, 'no such case');
    return escalation;
  };

  router.get('/cases/:id', async (req, res) => {
    res.json({ case: caseView(await visibleCase(req, res)) });
  });

  router.post('/cases/:id/messages', async (req, res) => {
    const body = bodyOf(req);
    if (typeof body.text !== 'string') throw new HttpError(400, 'text is required');
    const text = body.text.trim();
    if (!text) throw new HttpError(400, 'text is empty');
    if (text.length > MAX_STAFF_MESSAGE_LENGTH) {
      throw new HttpError(400, `text is longer than ${MAX_STAFF_MESSAGE_LENGTH} characters`, { maxLength: MAX_STAFF_MESSAGE_LENGTH });
    }
    const escalation = await visibleCase(req, res);
    const staff = principal(res);
    const updated = await caseCall(() => caseService.addStaffMessage(escalation.id, staff.id, text));
    logger.info({ caseId: escalation.id, staffId: staff.id }, 'staff message sent');
    res.status(201).json({ case: caseView(updated) });
  });

  router.post('/cases/:id/status', async (req, res) => {
    const body = bodyOf(req);
    if (typeof body.status !== 'string' || !SETTABLE_STATUSES.includes(body.status as CaseStatus)) {
      throw new HttpError(400, `status must be one of ${SETTABLE_STATUSES.join(', ')}`, { allowed: SETTABLE_STATUSES });
    }
    const escalation = await visibleCase(req, res);
    const staff = principal(res);
    const updated = await caseCall(() => caseService.setStatus(escalation.id, body.status as CaseStatus, staff.id));
    logger.info({ caseId: escalation.id, staffId: staff.id, status: body.status }, 'case status set');
    res.json({ case: caseView(updated) });
  });

  return router;
}

function describe(staff: StaffPrincipal) {
  return { kind: staff.kind, id: staff.id, name: staff.name, officeId: staff.officeIds?.[0], language: staff.language };
}
