/**
 * A proactive Adaptive Card in the office's Teams channel: the bot is installed in the staff team, and the
 * channel's conversation reference is configured per office. Sent with CloudAdapter.continueConversationAsync.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { NotifyTargets } from '../offices';
import type { StaffNotification, StaffNotifier } from './staffNotification';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function staffCard(notification: StaffNotification, openLabel: string): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: notification.subject, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: notification.body, wrap: true },
    ],
    actions: notification.link ? [{ type: 'Action.OpenUrl', title: openLabel, url: notification.link }] : [],
  };
}

export class TeamsNotifier implements StaffNotifier {
  readonly channel = 'teams' as const;

  /** `appId`: the bot's Microsoft App Id; empty when authentication is off (Emulator, tests). */
  constructor(private readonly options: { adapter: CloudAdapter; appId: string; openLabel: (language: string) => string }) {
    if (!options.adapter) throw new Error('TeamsNotifier needs the CloudAdapter');
  }

  hasTarget(targets: NotifyTargets): boolean {
    return Boolean(targets.teams?.reference);
  }

  async send(targets: NotifyTargets, notification: StaffNotification): Promise<void> {
    const reference = targets.teams!.reference as Partial<ConversationReference>;
    await this.options.adapter.continueConversationAsync(this.options.appId, reference, async (context) => {
      await context.sendActivity({
        type: 'message',
        text: notification.subject,
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: staffCard(notification, this.options.openLabel(notification.language)) }],
      });
    });
  }
}
