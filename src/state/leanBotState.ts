/**
 * botbuilder's ConversationState and UserState, with cheaper change detection. botbuilder hashes the whole state
 * (a JSON serialisation through a replacer function, then SHA-256) when it loads it, again when it decides whether
 * to save, and again after saving: six serialisations and hashes of both states on every turn. These keep the
 * plain JSON of the state as loaded and compare it with the JSON at save time: the same decision (a state is
 * written when its JSON, eTag aside, differs from what was read, or when forced), no hashing, and one serialisation
 * per state and turn: the JSON at load is the one the storage parsed (`jsonAtRead`), and the JSON compared at save
 * is the one written (`writeAsJson`).
 */
import { ConversationState, UserState, type BotState, type TurnContext } from 'botbuilder';
import { jsonAtRead, writeAsJson } from './storeItems';

/** What BotState caches in the turn state: the state object and its fingerprint at load (here: its JSON). */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/** The state's JSON without its eTag (which storage sets on read and BotState on write). */
function fingerprintOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = abstract new (...args: any[]) => BotState;

function withLeanChangeDetection<T extends BotStateClass>(Base: T) {
  abstract class Lean extends Base {
    /** BotState keeps its cache in the turn state under this (private) per-instance symbol. */
    private get cacheKey(): symbol {
      return (this as unknown as { stateKey: symbol }).stateKey;
    }

    override async load(context: TurnContext, force = false): Promise<unknown> {
      const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
      if (!force && cached?.state) return cached.state;
      const key = await this.storageKey(context);
      const items = await this.storage.read([key]);
      const state = (items[key] ?? {}) as Record<string, unknown>;
      context.turnState.set(this.cacheKey, { state, hash: jsonAtRead(state) ?? fingerprintOf(state) } satisfies Cached);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.cacheKey) as Cached | undefined;
      const current = cached ? fingerprintOf(cached.state) : undefined;
      if (!force && (!cached || cached.hash === current)) return;
      const key = await this.storageKey(context);
      cached ??= { state: {}, hash: '' };
      cached.state.eTag = '*';
      if (current !== undefined) writeAsJson(cached.state, current);
      try {
        await this.storage.write({ [key]: cached.state });
      } finally {
        writeAsJson(cached.state, undefined);
      }
      cached.hash = current ?? fingerprintOf(cached.state);
      context.turnState.set(this.cacheKey, cached);
    }
  }
  return Lean;
}

/** ConversationState with JSON-comparison change detection (see the file comment). */
export class LeanConversationState extends withLeanChangeDetection(ConversationState) {}

/** UserState with JSON-comparison change detection (see the file comment). */
export class LeanUserState extends withLeanChangeDetection(UserState) {}
