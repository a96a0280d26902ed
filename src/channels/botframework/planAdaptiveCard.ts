/**
 * A plan as an Adaptive Card (Teams and Web Chat): title and progress, one container per numbered step with its
 * details as a FactSet, sources as links, and an Action.Submit "done" button whose data carries the action the bot
 * reads back (`value.action`; Web Chat sends `data`, Teams the messageBack's `value`), with a Teams messageBack so the chat
 * shows what was pressed.
 * Version 1.5: the highest Teams renders (Web Chat renders 1.6).
 */
import { planText } from '../../replies/reply';
import type { Attachment } from 'botbuilder';
import type { PlanView } from '../../replies/reply';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * @example
 * planAdaptiveCard(view).contentType; // 'application/vnd.microsoft.card.adaptive'
 */
export function planAdaptiveCard(plan: PlanView): Attachment {
  const body: unknown[] = [
    { type: 'TextBlock', text: plan.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: plan.progressLabel, isSubtle: true, spacing: 'None', wrap: true },
  ];
  for (const step of plan.steps) {
    const items: unknown[] = [
      { type: 'TextBlock', text: `${step.number}. ${step.done ? `✅ ${step.title} (${plan.labels.done})` : step.title}`, weight: 'Bolder', wrap: true },
    ];
    if (step.details.length > 0) items.push({ type: 'FactSet', facts: step.details.map((detail) => ({ title: detail.label, value: detail.text })) });
    if (step.sources.length > 0) {
      const checked = step.checkedLabel ? ` (${step.checkedLabel})` : '';
      items.push({
        type: 'TextBlock', size: 'Small', isSubtle: true, wrap: true,
        text: `${plan.labels.sources}${checked}: ${step.sources.map((link) => `[${link.title.replace(/[[\]]/g, '')}](${link.url})`).join(' · ')}`,
      });
    }
    if (step.doneChoice) {
      items.push({
        type: 'ActionSet',
        actions: [{
          type: 'Action.Submit', title: step.doneChoice.label,
          data: {
            action: step.doneChoice.action,
            msteams: { type: 'messageBack', text: step.doneChoice.label, displayText: step.doneChoice.label, value: { action: step.doneChoice.action } },
          },
        }],
      });
    }
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items });
  }
  const actions = plan.printLink ? [{ type: 'Action.OpenUrl', title: plan.printLink.title, url: plan.printLink.url }] : [];
  return {
    contentType: ADAPTIVE_CARD,
    // A client that cannot show the card shows the plan as numbered text instead.
    content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', fallbackText: planText(plan), body, ...(actions.length ? { actions } : {}) },
  };
}
