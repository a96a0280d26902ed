/** A neutral card as a Bot Framework hero card: its links as openUrl buttons, its choices as messageBack buttons. */
import type { Attachment, CardAction } from 'botbuilder';
import type { Card, Choice } from '../../replies/reply';

export const HERO_CARD = 'application/vnd.microsoft.card.hero';

export function choiceToMessageBack(choice: Choice): CardAction {
  return { type: 'messageBack', title: choice.label, text: choice.label, displayText: choice.label, value: { action: choice.action } };
}

/** @param maxButtons - a channel's button limit (Teams shows six). */
export function heroCard(card: Card, maxButtons = Number.POSITIVE_INFINITY): Attachment {
  return {
    contentType: HERO_CARD,
    content: {
      title: card.title,
      text: card.text,
      buttons: [
        ...(card.links ?? []).map((link) => ({ type: 'openUrl', title: link.title, value: link.url })),
        ...(card.choices ?? []).map(choiceToMessageBack),
      ].slice(0, maxButtons),
    },
  };
}
