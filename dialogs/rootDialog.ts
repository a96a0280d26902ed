/**
 * The root of every conversation. Before any child step it catches what may interrupt anything:
 * help, cancel, menu, a language switch, "talk to a person" and "delete my data".
 */
import { QUESTION_OF_ITS_OWN } from './questionOfItsOwn';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { MENU_TOPICS, type MenuTopic } from '../src/conversation/answering';
import { commandOf, type Command } from '../src/conversation/commands';
import { turnServices } from '../src/conversation/turnServices';
import { regionName } from '../src/partnerships/partnerships';
import { QUESTION_DIALOG, ROOT_DIALOG, ROOT_WATERFALL } from './dialogIds';
import { helpText, languageChoiceReply, languageNotes, menuReply } from './menuReplies';
import { QuestionDialog, LOW_CONFIDENCE_LIMIT, type QuestionDialogDeps } from './questionDialog';
import { sendReply } from './sendReply';
import { PLAN_ANSWER_ACTIONS, type PlanDialog } from './planDialog';
import { planTopLevel, planAction } from './planDialogCommands';
import type { Planner } from '../src/plans/planner';

/** A message naming only a place (or where the asker lives: "wir wohnen jetzt in Köln-Ehrenfeld") is short; longer ones are questions. */
const MAX_PLACE_MESSAGE = 50;

export interface RootDialogDeps extends QuestionDialogDeps {
  /** Erases everything stored about the user of this turn. */
  eraseUserData(context: TurnContext): Promise<void>;
  /** Sends the user of this turn a short-lived link to everything stored about them ("export my data"). */
  exportUserData?(context: TurnContext): Promise<void>;
  /** The dialog that hands the user to a contact office; begun on "talk to a person". */
  escalationDialog: Dialog;
  /**
   * The entries that present an office taking cases (its `publicRouteEntry` in offices.json): a question answered
   * from one ("welche Stelle der Tokioter Regierung kontaktiere ich?") asked whom to turn to, so the offer to pass
   * it on to that office follows the answer.
   */
  contactEntries?: ReadonlySet<string>;
  /** Guided plans (issue 10): the planner dialog and what "my plan", "step 3 done" and plan buttons need. */
  plans?: { dialog: PlanDialog; planner: Planner };
  /**
   * The partnership(s) this conversation speaks for, named in `language` ("Tokyo – North Rhine-Westphalia / Tsu –
   * Paris Region – Geneva"): the entry point's when bound, else every one. "What is this bot for?" names them.
   */
  partnershipNames?(context: TurnContext, language: string): string;
}

export class RootDialog extends ComponentDialog {
  constructor(private readonly deps: RootDialogDeps) {
    super(ROOT_DIALOG);
    this.addDialog(new QuestionDialog(deps));
    this.addDialog(deps.escalationDialog);
    if (deps.plans) this.addDialog(deps.plans.dialog);
    this.addDialog(new WaterfallDialog(ROOT_WATERFALL, [(step) => this.dispatch(step), (step) => this.afterChild(step)]));
    this.initialDialogId = ROOT_WATERFALL;
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(inner)) ?? super.onContinueDialog(inner);
  }

  /** The help text for this conversation's partnership: its languages and sides (all of them while unknown). */
  private helpFor(context: TurnContext): string {
    const { t, language, partnership } = turnServices(context);
    const ids = partnership?.askRegions ?? partnership?.regions;
    const regions = this.deps.regionResolver.regions.filter((region) => !ids || ids.includes(region.id));
    return helpText(t, language, regions);
  }

  /** Handles a turn that arrives while a child dialog waits; undefined lets the child go on. */
  private async interrupt(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    const { input, languageSwitched, t } = turnServices(inner.context);
    if (languageSwitched) {
      await sendReply(inner.context, { text: t('language.changed') });
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const command = input.kind === 'text' ? commandOf(input.text) : undefined;
    if (command === 'help') {
      await sendReply(inner.context, { text: this.helpFor(inner.context) });
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const isTopLevelAction = input.kind === 'action' && !input.action.startsWith('region:') && !PLAN_ANSWER_ACTIONS.some((prefix) => input.action.startsWith(prefix));
    // "Thanks!" or "what's the weather?" while the region question waits: the question was dropped, answer in kind.
    const { understanding } = turnServices(inner.context);
    const dropsRegionQuestion = inner.activeDialog?.id === QUESTION_DIALOG && input.kind === 'text' &&
      ((understanding?.kind === 'out-of-scope' && !understanding.unplaced) || (understanding?.kind === 'small-talk' && understanding.smallTalk !== 'acknowledgement'));
    // A question of its own instead of a side ("and what about the Kita in Köln?" while "Tokyo or NRW?" waits for the
    // bank account): the new question is answered, rather than the old one for the place it names.
    const asksAnew = inner.activeDialog?.id === QUESTION_DIALOG && input.kind === 'text' && understanding?.kind === 'question' &&
      QUESTION_OF_ITS_OWN.test(input.text);
    if (dropsRegionQuestion || asksAnew) {
      await inner.cancelAllDialogs();
      return this.handleTopLevel(inner, undefined);
    }
    // Words that ask for a person while the hand-over already runs ("we need help finding an office…" as the
    // description) are part of it, not a new request that would start it again.
    if (command === 'human' && inner.activeDialog?.id === this.deps.escalationDialog.id) return undefined;
    if (command || isTopLevelAction) {
      await inner.cancelAllDialogs();
      if (command === 'cancel') {
        await sendReply(inner.context, { text: t('cancel.done') });
        return { status: DialogTurnStatus.cancelled };
      }
      return this.handleTopLevel(inner, command);
    }
    return undefined;
  }

  private async dispatch(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { input, languageSwitched, t } = turnServices(step.context);
    const command = input.kind === 'text' ? commandOf(input.text) : undefined;
    if (languageSwitched && (input.kind === 'action' || input.text.length <= 40)) {
      await sendReply(step.context, menuReply(t, t('language.changed')));
      return step.endDialog();
    }
    if (command === 'help') {
      // "What can you do?": what kakehashi covers, what one can type, and the topics to start from.
      await sendReply(step.context, menuReply(t, this.helpFor(step.context)));
      return step.endDialog();
    }
    if (command === 'cancel') {
      await sendReply(step.context, { text: t('cancel.done') });
      return step.endDialog();
    }
    return this.handleTopLevel(step, command);
  }

  /** What a message means when no dialog is waiting: a command, a button, or a question. */
  private async handleTopLevel(dc: DialogContext, command: Command | undefined): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const { input, t, profile, language } = services;
    if (command === 'menu') {
      await sendReply(dc.context, menuReply(t));
      return dc.endDialog();
    }
    if (command === 'human') return dc.beginDialog(this.deps.escalationDialog.id);
    if (command === 'delete-data') {
      await this.deps.eraseUserData(dc.context);
      return dc.endDialog();
    }
    if (command === 'export-data' && this.deps.exportUserData) {
      await this.deps.exportUserData(dc.context);
      return dc.endDialog();
    }
    if (this.deps.plans && (command === 'my-plan' || input.kind === 'text')) {
      const handled = await planTopLevel(dc, this.deps.plans.planner, this.deps.regionResolver, command, this.deps.answerer);
      if (handled) return handled;
    }
    if (input.kind === 'action') return this.handleAction(dc, input.action);

    const understood = await this.answerUnderstood(dc);
    if (understood) return understood;

    const regionId = this.deps.regionResolver.regionOf(input.text, turnServices(dc.context).partnership?.regions);
    const lastQuestion = services.conversation.lastAnswer?.question;
    // "et pour Paris ?" with no answer to refer to: only a place and follow-up words, so it chooses the region too
    // (read only when the cheap conditions hold: a short message, and a last question or another region).
    if (regionId && input.text.trim().length <= MAX_PLACE_MESSAGE && (lastQuestion || regionId !== profile.region) &&
      (isOnlyPlaceName(input.text, this.deps, regionId) || this.deps.answerer.namesOnlyAPlace?.(input.text, services.messageLanguage ?? language) === true)) {
      profile.region = regionId;
      // "tokyo" right after an answer: where the asker is, for the question just asked. It is answered again for
      // that place (as "und in Köln?" would be), not met with the menu.
      if (lastQuestion) return dc.beginDialog(QUESTION_DIALOG, { kind: 'question', text: lastQuestion, regionId });
      const region = this.deps.regionResolver.region(regionId)!;
      await sendReply(dc.context, menuReply(t, t('region.set', { region: regionName(region, language) })));
      return dc.endDialog();
    }
    // A short question that turned out to be a new one keeps the conversation's region.
    const keptRegion = services.understanding?.kind === 'follow-up' ? services.conversation.lastAnswer?.regionId : undefined;
    return dc.beginDialog(QUESTION_DIALOG, { kind: 'question', text: input.text, regionId: regionId ?? keptRegion });
  }

  private async handleAction(dc: DialogContext, action: string): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const { t, profile, language } = services;
    const [verb, argument = ''] = splitAction(action);
    switch (verb) {
      case 'menu':
        await sendReply(dc.context, menuReply(t));
        return dc.endDialog();
      case 'human':
        return dc.beginDialog(this.deps.escalationDialog.id);
      case 'language':
        await sendReply(dc.context, languageChoiceReply(t));
        return dc.endDialog();
      case 'lang':
        await sendReply(dc.context, menuReply(t, t('language.changed')));
        return dc.endDialog();
      case 'region': {
        const region = this.deps.regionResolver.region(argument);
        if (region) {
          profile.region = region.id;
          await sendReply(dc.context, menuReply(t, t('region.set', { region: regionName(region, language) })));
          return dc.endDialog();
        }
        break;
      }
      case 'topic':
        if ((MENU_TOPICS as readonly string[]).includes(argument)) {
          return dc.beginDialog(QUESTION_DIALOG, { kind: 'topic', topic: argument as MenuTopic });
        }
        break;
      case 'plan':
        if (this.deps.plans) return planAction(dc, this.deps.plans.planner, argument);
        break;
      case 'entry': {
        const reply = await this.deps.answerer.answerEntry(argument, {
          text: '', language, messageLanguage: services.messageLanguage, regionId: profile.region, partnershipRegions: services.partnership?.regions, t,
        });
        if (reply) {
          services.conversation.lastAnswer = { entryId: argument, regionId: profile.region };
          await sendReply(dc.context, reply);
          return dc.endDialog();
        }
        break;
      }
      case 'more': {
        const outcome = await this.deps.answerer.answerMore?.(argument, {
          text: '', language, messageLanguage: services.messageLanguage, regionId: profile.region, t,
        });
        if (outcome) {
          if (outcome.answered) services.conversation.lastAnswer = outcome.answered;
          await sendReply(dc.context, outcome.reply);
          return dc.endDialog();
        }
        break;
      }
      default:
        break;
    }
    // A stale or unknown button: show the menu rather than fail.
    await sendReply(dc.context, menuReply(t));
    return dc.endDialog();
  }

  /**
   * Small talk and out-of-scope requests get a short answer in kind and the menu (never the region question);
   * a follow-up is read against the last answer. Undefined: a question for the search.
   */
  private async answerUnderstood(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const services = turnServices(dc.context);
    const { understanding, input, t, language, messageLanguage, conversation } = services;
    if (!understanding || input.kind !== 'text') return undefined;
    // Declined only for lack of anything to place it by: that spares a region question leading nowhere. With the side
    // known, the search there says what it finds or offers its nearest entries ("et le formulaire blorf ?").
    if (understanding.kind === 'out-of-scope' && understanding.unplaced && services.profile.region) return undefined;
    if (understanding.kind === 'small-talk' || understanding.kind === 'out-of-scope') {
      const key = understanding.kind === 'out-of-scope' ? 'understanding.outOfScope' : `understanding.${understanding.smallTalk ?? 'acknowledgement'}`;
      // Asked what kakehashi is, it also says which partnerships it serves.
      const partnerships = understanding.smallTalk === 'identity' ? this.deps.partnershipNames?.(dc.context, language) : undefined;
      const said = partnerships ? [t(key), t('understanding.identityPartnerships', { partnerships })] : [t(key)];
      await sendReply(dc.context, menuReply(t, [...languageNotes(t, messageLanguage, language), ...said].join('\n\n')));
      return dc.endDialog();
    }
    if (understanding.kind === 'follow-up' && conversation.lastAnswer && this.deps.answerer.answerFollowUp) {
      const outcome = await this.deps.answerer.answerFollowUp({
        // A country names a region only within the conversation's partnership ("and in Japan?": Tokyo or Tsu).
        text: input.text, language, messageLanguage, regionId: this.deps.regionResolver.regionOf(input.text, services.partnership?.regions), t,
        compact: dc.context.activity.channelId === 'line',
      }, conversation.lastAnswer);
      if (outcome) {
        if (outcome.answered) conversation.lastAnswer = outcome.answered;
        services.profile.lowConfidenceStreak = 0;
        await sendReply(dc.context, outcome.reply);
        return dc.endDialog();
      }
    }
    return undefined;
  }

  private async afterChild(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as { lowConfidenceStreak?: number; answeredEntryId?: string } | undefined;
    if (result?.lowConfidenceStreak !== undefined && result.lowConfidenceStreak >= LOW_CONFIDENCE_LIMIT) {
      turnServices(step.context).profile.lowConfidenceStreak = 0;
      return step.replaceDialog(this.deps.escalationDialog.id, { reason: 'low-confidence' });
    }
    if (result?.answeredEntryId && this.deps.contactEntries?.has(result.answeredEntryId)) {
      return step.replaceDialog(this.deps.escalationDialog.id, { reason: 'human', answered: true });
    }
    return step.endDialog();
  }
}

function splitAction(action: string): [string, string | undefined] {
  const index = action.indexOf(':');
  return index < 0 ? [action, undefined] : [action.slice(0, index), action.slice(index + 1)];
}

/** "Düsseldorf" or "Tokyo please" sets the region; "Kita in Düsseldorf?" is a question. */
function isOnlyPlaceName(text: string, deps: QuestionDialogDeps, regionId: string): boolean {
  const match = deps.regionResolver.regionsIn(text).find((candidate) => candidate.regionId === regionId);
  if (!match) return false;
  const rest = text.normalize('NFKC').toLowerCase().replace(match.matched.normalize('NFKC').toLowerCase(), '');
  return rest.replace(/[\s.!?。！？、,]|please|bitte|です|でお願いします|について|の話|region|side/giu, '').length <= 3;
}
