/**
 * Escalation cases in the app's botbuilder `Storage` (memory, or Redis when `REDIS_URL` is set, so cases survive
 * a restart). Every change is an eTag compare-and-set with retries, so two processes never lose an update.
 *
 * Keys: `escalation/cases/<id>`, indexes `escalation/index/all`, `escalation/index/office/<officeId>`,
 * `escalation/index/user/<channelId>/<userId>`, and per-year counters `escalation/counter/<yy>` for case numbers.
 * They must not expire with conversation state: the composition root exempts `escalation/` from the state TTL;
 * retention is {@link CaseStore.sweep}'s job.
 */
import type { Storage, StoreItem } from 'botbuilder';
import { ETagConflictError } from '../state/errors';
import type { EscalationCase } from './caseTypes';

export class CaseNotFoundError extends Error {
  override name = 'CaseNotFoundError';
  constructor(readonly caseId: string) {
    super(`no escalation case ${caseId}`);
  }
}

export class CaseConflictError extends Error {
  override name = 'CaseConflictError';
  constructor(readonly key: string) {
    super(`gave up updating ${key} after repeated concurrent changes`);
  }
}

const CAS_ATTEMPTS = 12;
export const CASE_KEY_PREFIX = 'escalation/';
const caseKey = (id: string) => `${CASE_KEY_PREFIX}cases/${id}`;
const ALL_INDEX = `${CASE_KEY_PREFIX}index/all`;
const officeIndex = (officeId: string) => `${CASE_KEY_PREFIX}index/office/${officeId}`;
const userIndex = (channelId: string, userId: string) => `${CASE_KEY_PREFIX}index/user/${channelId}/${userId}`;
const counterKey = (year: string) => `${CASE_KEY_PREFIX}counter/${year}`;

/**
 * Read-modify-write of one storage item under its eTag. `mutate` gets a copy (or undefined) and returns the new value,
 * or undefined to leave it unchanged.
 */
export async function updateItem<T extends object>(
  storage: Storage,
  key: string,
  mutate: (current: T | undefined) => T | undefined | Promise<T | undefined>,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt += 1) {
    const stored = (await storage.read([key]))[key] as (T & StoreItem) | undefined;
    const eTag = stored?.eTag;
    const current = stored ? (({ eTag: _ignored, ...rest }) => rest as unknown as T)(stored) : undefined;
    const next = await mutate(current === undefined ? undefined : structuredClone(current));
    if (next === undefined) return current;
    try {
      // No eTag for a new item: botbuilder has no "create only"; a lost race on a brand-new index is retried by
      // the caller's next CAS on the same key, and index writes are idempotent unions.
      await storage.write({ [key]: eTag ? { ...next, eTag } : { ...next } });
      return next;
    } catch (error) {
      if (error instanceof ETagConflictError) {
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
        continue;
      }
      throw error;
    }
  }
  throw new CaseConflictError(key);
}

interface CaseItem {
  escalation: EscalationCase;
}
interface IndexItem {
  ids: string[];
}

export class CaseStore {
  constructor(private readonly storage: Storage) {
    if (!storage) throw new Error('CaseStore needs a Storage');
  }

  /** Next human case number for the year, e.g. "K-26-0042". */
  async nextNumber(now: Date): Promise<string> {
    const year = String(now.getUTCFullYear()).slice(2);
    const counter = await updateItem<{ value: number }>(this.storage, counterKey(year), (current) => ({ value: (current?.value ?? 0) + 1 }));
    return `K-${year}-${String(counter!.value).padStart(4, '0')}`;
  }

  async create(escalation: EscalationCase): Promise<EscalationCase> {
    await this.storage.write({ [caseKey(escalation.id)]: { escalation } });
    await Promise.all([
      this.addToIndex(ALL_INDEX, escalation.id),
      this.addToIndex(officeIndex(escalation.officeId), escalation.id),
      this.addToIndex(userIndex(escalation.channelId, escalation.userId), escalation.id),
    ]);
    return escalation;
  }

  async get(id: string): Promise<EscalationCase | undefined> {
    const item = (await this.storage.read([caseKey(id)]))[caseKey(id)] as CaseItem | undefined;
    return item?.escalation;
  }

  async getMany(ids: string[]): Promise<EscalationCase[]> {
    if (ids.length === 0) return [];
    const items = await this.storage.read(ids.map(caseKey));
    return ids.map((id) => (items[caseKey(id)] as CaseItem | undefined)?.escalation).filter((c): c is EscalationCase => Boolean(c));
  }

  /** Changes one case under its eTag; `mutate` may throw to refuse the change. */
  async update(id: string, mutate: (escalation: EscalationCase) => void | Promise<void>): Promise<EscalationCase> {
    const result = await updateItem<CaseItem>(this.storage, caseKey(id), async (current) => {
      if (!current) throw new CaseNotFoundError(id);
      await mutate(current.escalation);
      return current;
    });
    return result!.escalation;
  }

  async idsOfOffice(officeId: string): Promise<string[]> {
    return this.readIndex(officeIndex(officeId));
  }

  async idsOfUser(channelId: string, userId: string): Promise<string[]> {
    return this.readIndex(userIndex(channelId, userId));
  }

  async allIds(): Promise<string[]> {
    return this.readIndex(ALL_INDEX);
  }

  /** Forgets the user index (the cases themselves are anonymised by the service). */
  async dropUserIndex(channelId: string, userId: string): Promise<void> {
    await this.storage.delete([userIndex(channelId, userId)]);
  }

  private async readIndex(key: string): Promise<string[]> {
    const item = (await this.storage.read([key]))[key] as IndexItem | undefined;
    return item?.ids ?? [];
  }

  private async addToIndex(key: string, id: string): Promise<void> {
    // The first write of a new index has no eTag to guard it; check it landed and retry if a racing writer won.
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt += 1) {
      await updateItem<IndexItem>(this.storage, key, (current) => {
        const ids = current?.ids ?? [];
        if (ids.includes(id)) return undefined;
        return { ids: [...ids, id] };
      });
      if ((await this.readIndex(key)).includes(id)) return;
    }
    throw new CaseConflictError(key);
  }
}
