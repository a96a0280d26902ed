/**
 * The escalation case: what a contact office works on. Shared contract between the escalation flow
 * (cases, routing, notifiers, relay) and the staff console / API.
 */
import type { StoredConversationReference } from '../conversation/userRecords';
import type { CasePlan } from '../plans/planner';

export type CaseStatus = 'new' | 'claimed' | 'answered' | 'resolved';

export interface TranscriptLine {
  at: string;
  from: 'user' | 'bot' | 'staff';
  text: string;
  /** Language of `text` (ISO 639-1) when known. */
  language?: string;
  /** With an LLM configured: the text translated for the other side, both kept. */
  translation?: { language: string; text: string };
  staffId?: string;
}

export interface CaseEvent {
  at: string;
  type: 'created' | 'notified' | 'notify-failed' | 'claimed' | 'staff-message' | 'user-message' | 'status' | 'relay-failed' | 'anonymised' | 'satisfaction';
  detail?: string;
  actor?: string;
}

export interface EscalationCase {
  id: string;
  /** Short human number shown to the user, e.g. "K-24-0042". */
  number: string;
  officeId: string;
  status: CaseStatus;
  topic: string | undefined;
  regionId: string | undefined;
  userLanguage: string;
  channelId: string;
  userId: string;
  reference: StoredConversationReference;
  description: string;
  contact: string | undefined;
  transcript: TranscriptLine[];
  events: CaseEvent[];
  createdAt: string;
  updatedAt: string;
  resolvedAt?: string;
  anonymisedAt?: string;
  /** With an LLM configured: the description summarised in the office's first language. */
  summary?: { language: string; text: string };
  /** Which routing rule chose the office (see `knowledge/offices.json`). */
  routingRule?: string;
  /** Why the user was handed over: 'human' (asked), 'low-confidence', 'introduction'. */
  reason?: string;
  /** The user's guided plan and progress when they asked for a person (issue 10), in the user's language. */
  plan?: CasePlan;
  /** The user's answer to the satisfaction question after resolve: 1–5 (👎 = 1, 👍 = 5). */
  satisfaction?: number;
}

/** What the staff side needs; implemented by the escalation service. */
export interface CaseService {
  list(filter: { officeIds?: string[]; status?: CaseStatus[] }): Promise<EscalationCase[]>;
  get(id: string): Promise<EscalationCase | undefined>;
  /** Records a staff reply and relays it to the user on their channel. */
  addStaffMessage(id: string, staffId: string, text: string): Promise<EscalationCase>;
  setStatus(id: string, status: CaseStatus, staffId: string): Promise<EscalationCase>;
}
