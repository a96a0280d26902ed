/**
 * An in-memory {@link CaseService} for staff tests: records every call so tests can assert what staff did,
 * without depending on the real escalation service.
 */
import { CaseClosedError } from '../../../../src/escalation/caseService';
import type { CaseService, CaseStatus, EscalationCase } from '../../../../src/escalation/caseTypes';

export interface StaffMessageCall {
  caseId: string;
  staffId: string;
  text: string;
}

export class MemoryCaseService implements CaseService {
  readonly cases = new Map<string, EscalationCase>();
  readonly staffMessages: StaffMessageCall[] = [];
  readonly statusChanges: { caseId: string; status: CaseStatus; staffId: string }[] = [];

  add(escalation: EscalationCase): EscalationCase {
    this.cases.set(escalation.id, structuredClone(escalation));
    return escalation;
  }

  async list(filter: { officeIds?: string[]; status?: CaseStatus[] }): Promise<EscalationCase[]> {
    return [...this.cases.values()]
      .filter((c) => !filter.officeIds || filter.officeIds.includes(c.officeId))
      .filter((c) => !filter.status || filter.status.includes(c.status))
      .map((c) => structuredClone(c));
  }

  async get(id: string): Promise<EscalationCase | undefined> {
    const found = this.cases.get(id);
    return found && structuredClone(found);
  }

  async addStaffMessage(id: string, staffId: string, text: string): Promise<EscalationCase> {
    const escalation = this.require(id);
    const at = new Date().toISOString();
    this.staffMessages.push({ caseId: id, staffId, text });
    escalation.transcript.push({ at, from: 'staff', text, staffId });
    escalation.events.push({ at, type: 'staff-message', actor: staffId });
    escalation.updatedAt = at;
    return structuredClone(escalation);
  }

  async setStatus(id: string, status: CaseStatus, staffId: string): Promise<EscalationCase> {
    const escalation = this.require(id);
    const at = new Date().toISOString();
    this.statusChanges.push({ caseId: id, status, staffId });
    escalation.status = status;
    escalation.events.push({ at, type: 'status', detail: status, actor: staffId });
    escalation.updatedAt = at;
    if (status === 'resolved') escalation.resolvedAt = at;
    return structuredClone(escalation);
  }

  private require(id: string): EscalationCase {
    const escalation = this.cases.get(id);
    if (!escalation) throw new Error(`no case ${id}`);
    // As the real service does: an anonymised case takes no more messages or status changes.
    if (escalation.anonymisedAt) throw new CaseClosedError(id, 'anonymised');
    return escalation;
  }
}

let sequence = 0;

/** A plausible case; override what the test is about. */
export function sampleCase(overrides: Partial<EscalationCase> = {}): EscalationCase {
  sequence += 1;
  const createdAt = overrides.createdAt ?? new Date(Date.UTC(2026, 10, 24, 9, sequence)).toISOString();
  return {
    id: `case-${sequence}`,
    number: `K-26-${String(sequence).padStart(4, '0')}`,
    officeId: 'nrw-global-business',
    status: 'new',
    topic: 'company',
    regionId: 'nrw',
    userLanguage: 'ja',
    channelId: 'emulator',
    userId: `user-${sequence}`,
    reference: {
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: `conv-${sequence}` },
      user: { id: `user-${sequence}` },
      bot: { id: 'kakehashi-bot' },
    },
    description: 'デュッセルドルフで有限会社（GmbH）を設立したいのですが、公証人の予約はどうすればよいですか。',
    contact: undefined,
    transcript: [
      { at: createdAt, from: 'user', text: 'GmbHの設立について相談したいです。', language: 'ja' },
      { at: createdAt, from: 'bot', text: '担当窓口におつなぎします。', language: 'ja' },
    ],
    events: [{ at: createdAt, type: 'created' }],
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}
