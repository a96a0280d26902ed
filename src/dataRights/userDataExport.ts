/**
 * Everything kakehashi stores about one user, gathered for "export my data" (GDPR Art. 15/20, APPI Art. 33):
 * - the whole user-state record (every property, so what later features add is included without a change here);
 * - every conversation the user took part in: its state (transcript, last choices, dialog state) and, on Direct
 *   Line, the activity log;
 * - the user's escalation cases with contact offices.
 */
import type { Storage } from 'botbuilder';
import { conversationStateKey, userStateKey } from '../conversation/stateKeys';
import { CaseStore } from '../escalation/caseStore';
import type { EscalationCase } from '../escalation/caseTypes';
import type { DirectLineConversation } from '../channels/directline/directLineStore';

export interface UserDataExport {
  format: 'kakehashi-user-data/1';
  exportedAt: string;
  channelId: string;
  userId: string;
  /** The user-state record as stored (all properties), without storage bookkeeping. */
  user: Record<string, unknown> | null;
  conversations: {
    id: string;
    /** The conversation-state record as stored. */
    state: Record<string, unknown> | null;
    /** Direct Line only: the activity log (what the user and the bot wrote). */
    directLineLog?: DirectLineConversation | null;
  }[];
  cases: EscalationCase[];
}

export interface UserDataExporterDeps {
  storage: Storage;
  /** Reads Direct Line activity logs; absent = no Direct Line. */
  directLineLog?: { channelId: string; get(conversationId: string): Promise<DirectLineConversation | undefined> };
  clock?: () => Date;
}

const withoutETag = (item: unknown): Record<string, unknown> | null => {
  if (!item || typeof item !== 'object') return null;
  const { eTag: _eTag, ...rest } = item as Record<string, unknown>;
  return rest;
};

export class UserDataExporter {
  private readonly cases: CaseStore;

  constructor(private readonly deps: UserDataExporterDeps) {
    if (!deps?.storage) throw new Error('UserDataExporter needs storage');
    this.cases = new CaseStore(deps.storage);
  }

  /**
   * @param extraConversationIds - conversations known from elsewhere (the one the request came from).
   * @example
   * const data = await exporter.collect('msteams', '29:abc', ['a:conv']);
   * data.user?.profile; // { language: 'de', region: 'nrw', … }
   */
  async collect(channelId: string, userId: string, extraConversationIds: string[] = []): Promise<UserDataExport> {
    const userKey = userStateKey(channelId, userId);
    const user = withoutETag((await this.deps.storage.read([userKey]))[userKey]);
    const profile = user?.profile as { conversationIds?: unknown } | undefined;
    const known = Array.isArray(profile?.conversationIds) ? profile.conversationIds.filter((id): id is string => typeof id === 'string') : [];
    const ids = [...new Set([...known, ...extraConversationIds])];
    const stateKeys = ids.map((id) => conversationStateKey(channelId, id));
    const states = stateKeys.length > 0 ? await this.deps.storage.read(stateKeys) : {};
    const log = this.deps.directLineLog?.channelId === channelId ? this.deps.directLineLog : undefined;
    const conversations: UserDataExport['conversations'] = [];
    for (const [index, id] of ids.entries()) {
      const state = withoutETag(states[stateKeys[index]!]);
      const directLineLog = log ? ((await log.get(id)) ?? null) : undefined;
      // The request's own conversation may be another user's (a group): include it only when it holds this user's data.
      if (!known.includes(id) && !state && !directLineLog) continue;
      if (directLineLog && directLineLog.userId !== userId) continue;
      conversations.push({ id, state, ...(log ? { directLineLog } : {}) });
    }
    const cases = await this.cases.getMany(await this.cases.idsOfUser(channelId, userId));
    return {
      format: 'kakehashi-user-data/1',
      exportedAt: (this.deps.clock?.() ?? new Date()).toISOString(),
      channelId,
      userId,
      user,
      conversations,
      cases,
    };
  }
}
