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
