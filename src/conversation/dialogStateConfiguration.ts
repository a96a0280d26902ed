/**
 * botbuilder-dialogs works out the memory scopes and path resolvers of its `DialogStateManager` afresh on every turn
 * (it instantiates them through the component registrations' service collections), then keeps them in the turn state
 * under a fixed key for the other dialog contexts of that turn. They depend on nothing in the turn (no turn-state
 * scopes or resolvers are added here), so the configuration of the first turn is handed to every later turn, under
 * the same key, before the first dialog context is created.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/** The turn-state key botbuilder-dialogs' `DialogStateManager` reads and writes its configuration under. */
export const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Keeps the first turn's dialog state configuration and gives it to later turns. */
export class SharedDialogStateConfiguration {
  private configuration: DialogStateManagerConfiguration | undefined;

  /** Call before the turn's first dialog context is created. */
  provide(context: TurnContext): void {
    if (this.configuration && !context.turnState.has(DIALOG_STATE_MANAGER_CONFIGURATION)) {
      context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.configuration);
    }
  }

  /** Call once the turn's first dialog context exists: keeps the configuration it was given or built. */
  keep(context: TurnContext): void {
    this.configuration ??= context.turnState.get(DIALOG_STATE_MANAGER_CONFIGURATION) as DialogStateManagerConfiguration | undefined;
  }
}

/** Paths memoised per kind at most (they come from code: "turn.activity", "dialog._tracker.paths", "this.options"). */
const MAX_MEMOISED_PATHS = 500;

/**
 * botbuilder-dialogs' `DialogStateManager` runs every memory path through its path resolvers (`transformPath`) and a
 * character-by-character parser (`parsePath`) on each `getValue`/`setValue`; every dialog context of a turn sets
 * `turn.activity` and tracks the change, so a turn parses the same few paths dozens of times. Both are pure for a
 * path without brackets (a bracketed segment may read memory: `user[$name]`), so their results are memoised here, on
 * the prototype, once per process: the same strings and segment lists (copied: callers may pop them), no other change.
 * Resolvers are memoised per resolver list (the shared configuration above keeps one list for the process).
 */
export function memoiseDialogStatePaths(prototype: { parsePath(path: string, allowNestedPaths?: boolean): (string | number)[]; transformPath(path: string): string }): void {
  const marked = prototype as { pathsMemoised?: boolean };
  if (marked.pathsMemoised) return;
  marked.pathsMemoised = true;
  const parsePath = prototype.parsePath;
  const parsed = [new Map<string, readonly (string | number)[]>(), new Map<string, readonly (string | number)[]>()] as const;
  prototype.parsePath = function memoisedParsePath(this: unknown, path: string, allowNestedPaths = true) {
    if (typeof path !== 'string' || path.includes('[')) return parsePath.call(this, path, allowNestedPaths);
    const memo = parsed[allowNestedPaths ? 1 : 0];
    let segments = memo.get(path);
    if (!segments) {
      segments = parsePath.call(this, path, allowNestedPaths);
      if (memo.size < MAX_MEMOISED_PATHS) memo.set(path, segments);
    }
    return [...segments];
  };
  const transformPath = prototype.transformPath;
  const transformed = new WeakMap<object, Map<string, string>>();
  prototype.transformPath = function memoisedTransformPath(this: { configuration?: { pathResolvers?: object } }, path: string) {
    const resolvers = this.configuration?.pathResolvers;
    if (typeof path !== 'string' || !resolvers) return transformPath.call(this, path);
    let memo = transformed.get(resolvers);
    if (!memo) transformed.set(resolvers, (memo = new Map()));
    let result = memo.get(path);
    if (result === undefined) {
      result = transformPath.call(this, path);
      if (memo.size < MAX_MEMOISED_PATHS) memo.set(path, result);
    }
    return result;
  };
}
