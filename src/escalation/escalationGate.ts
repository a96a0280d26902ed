/**
 * What the bot does with a message before its dialogs, for escalation:
 * - while a case is open (`profile.activeCaseId`), the bot does not answer: the message goes to the case transcript,
 *   staff are notified, and the user is acknowledged once. "Back to the bot" (also cancel, menu, or any button)
 *   returns the user to the bot; the case stays open for staff, and staff replies still reach the user.
 * - a rating after resolve (a 1–5 button, or a typed "4" / 👍 / 👎) is stored on the case.
 * - a request for introductions (companies, start-ups, investors, universities) starts the escalation dialog.
 */
import type { TurnContext } from 'botbuilder';
import { commandOf } from '../conversation/commands';
import { turnServices } from '../conversation/turnServices';
import { menuReply } from '../../dialogs/menuReplies';
import { sendReply } from '../../dialogs/sendReply';
import { isIntroductionRequest } from './caseTopic';
import type { EscalationService } from './caseService';
import { officeName } from './offices';

/**
 * `handled`: the bot does nothing more; `introduction`: begin the escalation dialog (reason 'introduction');
 * `dialog-answer`: an escalation button, for the waiting prompt (the bot shows the menu if none waits any more).
 */
export type GateOutcome = 'handled' | 'introduction' | 'dialog-answer' | undefined;

/** Dialog answers that must reach the waiting escalation prompt rather than count as top-level buttons. */
export const ESCALATION_ACTION_PREFIX = 'escalation:';
export const BACK_TO_BOT_ACTION = 'escalation:back';

const BACK_TO_BOT = /^(back to (the )?bot|return to (the )?bot|zurück zum bot|zurueck zum bot|bot bitte|ボットに戻る|ボットに戻して|botに戻る|ＢＯＴに戻る)[.!。！]?$/iu;
const RATING = /^\s*([1-5]|👍|👎)\s*$/u;

export class EscalationGate {
  constructor(private readonly service: EscalationService) {
    if (!service) throw new Error('EscalationGate needs the EscalationService');
  }

  async beforeDialogs(context: TurnContext): Promise<GateOutcome> {
    const services = turnServices(context);
    const { input, profile, t } = services;
    const { channelId } = context.activity;
    const userId = context.activity.from.id;

    if (input.kind === 'action' && input.action.startsWith('satisfaction:')) {
      const [, caseId = '', score = ''] = input.action.split(':');
      const stored = await this.service.recordSatisfaction(caseId, Number(score), channelId, userId);
      await sendReply(context, { text: t(stored ? 'escalation.satisfaction.thanks' : 'escalation.satisfaction.unknown') });
      return 'handled';
    }
    // The escalation dialog's own buttons: hand them to the waiting prompt as text (see ESCALATION_ACTION_PREFIX).
    if (input.kind === 'action' && input.action.startsWith(ESCALATION_ACTION_PREFIX) && input.action !== BACK_TO_BOT_ACTION) {
      services.input = { kind: 'text', text: input.action };
      return 'dialog-answer';
    }

    let escalation = profile.activeCaseId ? await this.service.get(profile.activeCaseId) : undefined;
    if (profile.activeCaseId && (!escalation || escalation.status === 'resolved' || escalation.anonymisedAt)) {
      delete profile.activeCaseId;
      escalation = undefined;
    }
    if (!escalation) {
      if (input.kind === 'action' && input.action === BACK_TO_BOT_ACTION) {
        await sendReply(context, menuReply(t));
        return 'handled';
      }
      const rating = RATING.exec(input.text);
      if (rating) {
        const waiting = await this.service.awaitingRating(channelId, userId);
        if (waiting) {
          const score = rating[1] === '👍' ? 5 : rating[1] === '👎' ? 1 : Number(rating[1]);
          await this.service.recordSatisfaction(waiting.id, score, channelId, userId);
          await sendReply(context, { text: t('escalation.satisfaction.thanks') });
          return 'handled';
        }
      }
      return input.kind === 'text' && isIntroductionRequest(input.text) ? 'introduction' : undefined;
    }

    const command = input.kind === 'text' ? commandOf(input.text) : undefined;
    if (command === 'delete-data' || command === 'help') return undefined;
    const wantsBot = command === 'cancel' || command === 'menu' || BACK_TO_BOT.test(input.text) || input.kind === 'action';
    if (wantsBot) {
      delete profile.activeCaseId;
      if (input.kind === 'action' && input.action !== BACK_TO_BOT_ACTION) return undefined;
      await sendReply(context, menuReply(t, t('escalation.relay.backToBot', { number: escalation.number })));
      return 'handled';
    }
    const office = this.service.office(escalation.officeId);
    const name = office ? officeName(office, services.language) : escalation.officeId;
    if (command === 'human') {
      await sendReply(context, { text: t('escalation.relay.alreadyConnected', { office: name, number: escalation.number }) });
      return 'handled';
    }
    const { first } = await this.service.appendUserMessage(escalation.id, input.original?.trim() || input.text, services.messageLanguage ?? services.language);
    if (first) {
      await sendReply(context, {
        text: t('escalation.relay.forwarded', { office: name, number: escalation.number }),
        choices: [{ label: t('escalation.relay.backButton'), action: BACK_TO_BOT_ACTION }],
      });
    }
    return 'handled';
  }
}
