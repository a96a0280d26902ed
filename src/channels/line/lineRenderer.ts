/**
 * Renders a channel-neutral {@link Reply} as LINE messages. Pure: no I/O, no clock, golden-tested.
 *
 * - text: Markdown-light made plain (LINE shows no Markdown), split under LINE's 5000-character limit at
 *   paragraph or sentence boundaries;
 * - choices: quick reply buttons on the last message (LINE shows them only there), postback actions whose
 *   `data` is the choice's action and whose `displayText` is the full label; labels over 20 characters are
 *   shortened at a word boundary; choices beyond LINE's 13 are written out as numbers the user can type;
 * - cards: Flex bubbles (a carousel for several), links and choices as buttons;
 * - sources: one Flex bubble with the links, headed by "Sources (checked …)";
 * - a plan: a Flex carousel, one bubble per numbered step with its details, sources and a "done" postback button;
 * - an office speaking: LINE's `sender` name, so the chat shows who writes.
 */
import type { messagingApi } from '@line/bot-sdk';
import { planText, type Card, type Choice, type PlanStepView, type PlanView, type Reply, type SourceLink } from '../../replies/reply';

type Message = messagingApi.Message;
type TextMessage = messagingApi.TextMessage;
type FlexBubble = messagingApi.FlexBubble;
type FlexComponent = messagingApi.FlexComponent;
type Action = messagingApi.Action;
type QuickReplyItem = messagingApi.QuickReplyItem;

/** LINE Messaging API limits this renderer respects (https://developers.line.biz/en/reference/messaging-api/). */
export const LINE_LIMITS = {
  textLength: 5000,
  messagesPerCall: 5,
  quickReplyItems: 13,
  quickReplyLabel: 20,
  buttonLabel: 40,
  displayText: 300,
  postbackData: 300,
  altText: 1500,
  carouselBubbles: 12,
  senderName: 20,
  uri: 1000,
} as const;

/** Flex text has no hard limit, but a Flex message must stay under ~30 KB: long card texts are clipped. */
const CARD_TEXT_MAX = 2000;
const LINK_COLOR = '#1a56db';
const MUTED_COLOR = '#666666';

/**
 * @example
 * renderForLine({ text: 'Pick one', choices: [{ label: 'Healthcare', action: 'topic:healthcare' }] });
 * // [{ type: 'text', text: 'Pick one', quickReply: { items: [{ type: 'action',
 * //    action: { type: 'postback', label: 'Healthcare', data: 'topic:healthcare', displayText: 'Healthcare' } }] } }]
 */
export function renderForLine(reply: Reply): Message[] {
  const choices = reply.choices ?? [];
  const overflow = choices.slice(LINE_LIMITS.quickReplyItems);
  let body = plainLineText(reply.text);
  if (overflow.length > 0) {
    const numbered = overflow.map((choice, index) => `${LINE_LIMITS.quickReplyItems + index + 1}. ${choice.label}`);
    body = [body, numbered.join('\n')].filter(Boolean).join('\n\n');
  }
  const messages: Message[] = splitText(body, LINE_LIMITS.textLength).map((text): TextMessage => ({ type: 'text', text }));

  if (reply.plan) messages.push(...planMessages(reply.plan));
  const cards = reply.cards ?? [];
  for (let start = 0; start < cards.length; start += LINE_LIMITS.carouselBubbles) {
    messages.push(cardsMessage(cards.slice(start, start + LINE_LIMITS.carouselBubbles)));
  }
  if (reply.sources && reply.sources.links.length > 0) messages.push(sourcesMessage(reply.sources));

  // LINE refuses a call without messages; a reply with only buttons still needs something to hang them on.
  if (messages.length === 0 && choices.length > 0) messages.push({ type: 'text', text: choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n') });

  if (reply.from?.kind === 'office') {
    const sender = { name: shortenLabel(reply.from.name, LINE_LIMITS.senderName) };
    for (const message of messages) message.sender = sender;
  }
  const last = messages[messages.length - 1];
  if (last && choices.length > 0) {
    last.quickReply = { items: choices.slice(0, LINE_LIMITS.quickReplyItems).map(quickReplyItem) };
  }
  return messages;
}

/** A choice as a postback: the bot receives the action; the chat shows the full label as the user's message. */
export function choiceAction(choice: Choice, maxLabel: number = LINE_LIMITS.quickReplyLabel): messagingApi.PostbackAction {
  return {
    type: 'postback',
    label: shortenLabel(choice.label, maxLabel),
    data: choice.action.slice(0, LINE_LIMITS.postbackData),
    displayText: choice.label.slice(0, LINE_LIMITS.displayText),
  };
}

function quickReplyItem(choice: Choice): QuickReplyItem {
  return { type: 'action', action: choiceAction(choice) };
}

/**
 * Shortens a label to `max` characters (code points), at a word boundary when one is near, with an ellipsis.
 * @example
 * shortenLabel('Company set-up & procedures', 20); // 'Company set-up…'
 * shortenLabel('学校・保育（インターナショナルスクールを含む）', 20); // '学校・保育（インターナショナルスクール…'
 */
export function shortenLabel(label: string, max: number): string {
  const chars = Array.from(label.trim());
  if (chars.length <= max) return chars.join('');
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  // Back to the last space, unless the cut already falls on one or the last word starts too early.
  if (!/\s/.test(chars[max - 1]!) && space >= Math.floor(max / 2)) cut = cut.slice(0, space);
  cut = cut.replace(/[\s&,:;/\-–—·・、,(（]+$/u, '');
  return `${cut}…`;
}

/**
 * Markdown-light as LINE shows it: no bold markers, list dashes as bullets, links written out.
 * @example
 * plainLineText('**Note**\n- [Portal](https://example.org)'); // 'Note\n• Portal (https://example.org)'
 */
export function plainLineText(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replace(/^(\s*)[-*] /gm, '$1• ')
    .trim();
}

/**
 * Splits text into parts of at most `max` UTF-16 units: at a paragraph break if one is in the second half
 * of the window, else after the last sentence end, else at a line break or space, else hard (never inside a
 * surrogate pair).
 * @example
 * splitText('One. Two. Three.', 10); // ['One. Two.', 'Three.']
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutPoint(rest.slice(0, max + 1), max);
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function cutPoint(window: string, max: number): number {
  const head = window.slice(0, max);
  const half = Math.floor(max / 2);
  const paragraph = head.lastIndexOf('\n\n');
  if (paragraph >= half) return paragraph;
  // A sentence ends at ./!/? followed by whitespace, or at a CJK full stop (no space follows those).
  let sentenceEnd = -1;
  for (const match of window.matchAll(/[.!?](?=\s)|[。！？]/gu)) {
    const end = match.index + match[0].length;
    if (end <= max) sentenceEnd = end;
  }
  if (sentenceEnd >= half) return sentenceEnd;
  const lineBreak = head.lastIndexOf('\n');
  if (lineBreak >= half) return lineBreak;
  const space = head.lastIndexOf(' ');
  if (space >= half) return space;
  if (sentenceEnd > 0) return sentenceEnd;
  const code = window.charCodeAt(max);
  return code >= 0xdc00 && code <= 0xdfff ? max - 1 : max;
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function isLinkable(url: string): boolean {
  return /^(https?:|tel:)/i.test(url) && url.length <= LINE_LIMITS.uri;
}

function linkButton(link: SourceLink): FlexComponent {
  const action: Action = { type: 'uri', label: shortenLabel(link.title, LINE_LIMITS.buttonLabel), uri: link.url };
  return { type: 'button', style: 'link', height: 'sm', action };
}

function cardBubble(card: Card): FlexBubble {
  const body: FlexComponent[] = [{ type: 'text', text: clip(card.title, 200), weight: 'bold', size: 'md', wrap: true }];
  if (card.text) body.push({ type: 'text', text: clip(plainLineText(card.text), CARD_TEXT_MAX), size: 'sm', wrap: true, color: MUTED_COLOR });
  const links = card.links ?? [];
  for (const link of links.filter((candidate) => !isLinkable(candidate.url))) {
    body.push({ type: 'text', text: `${link.title}: ${link.url}`, size: 'xs', wrap: true });
  }
  const buttons: FlexComponent[] = [
    ...links.filter((link) => isLinkable(link.url)).map(linkButton),
    ...(card.choices ?? []).map((choice): FlexComponent => ({
      type: 'button', style: 'secondary', height: 'sm', action: choiceAction(choice, LINE_LIMITS.buttonLabel),
    })),
  ];
  const bubble: FlexBubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: body } };
  if (buttons.length > 0) bubble.footer = { type: 'box', layout: 'vertical', spacing: 'sm', contents: buttons };
  return bubble;
}

function cardsMessage(cards: Card[]): messagingApi.FlexMessage {
  const altText = cards.length === 1
    ? [cards[0]!.title, cards[0]!.text ? plainLineText(cards[0]!.text) : ''].filter(Boolean).join(': ')
    : cards.map((card) => card.title).join(' / ');
  const bubbles = cards.map(cardBubble);
  return {
    type: 'flex',
    altText: clip(altText, LINE_LIMITS.altText),
    contents: bubbles.length === 1 ? bubbles[0]! : { type: 'carousel', contents: bubbles },
  };
}

function sourcesMessage(sources: NonNullable<Reply['sources']>): messagingApi.FlexMessage {
  const heading = sources.checkedLabel ? `${sources.heading} (${sources.checkedLabel})` : sources.heading;
  const contents: FlexComponent[] = [{ type: 'text', text: sources.heading, weight: 'bold', size: 'sm' }];
  if (sources.checkedLabel) contents.push({ type: 'text', text: sources.checkedLabel, size: 'xs', color: MUTED_COLOR });
  contents.push({ type: 'separator', margin: 'sm' });
  for (const link of sources.links) {
    contents.push(
      isLinkable(link.url)
        ? {
            type: 'text', text: clip(link.title, 200), size: 'sm', wrap: true, color: LINK_COLOR, decoration: 'underline',
            action: { type: 'uri', label: shortenLabel(link.title, LINE_LIMITS.buttonLabel), uri: link.url },
          }
        : { type: 'text', text: `${link.title}: ${link.url}`, size: 'sm', wrap: true },
    );
  }
  return {
    type: 'flex',
    altText: clip(`${heading}: ${sources.links.map((link) => link.title).join(', ')}`, LINE_LIMITS.altText),
    contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', spacing: 'sm', contents } },
  };
}

function planStepBubble(plan: PlanView, step: PlanStepView): FlexBubble {
  const body: FlexComponent[] = [
    { type: 'text', text: `${step.number} / ${plan.steps.length}`, size: 'xs', color: MUTED_COLOR },
    { type: 'text', text: clip(step.done ? `✅ ${step.title}` : step.title, 300), weight: 'bold', size: 'md', wrap: true, ...(step.done ? { decoration: 'line-through' as const } : {}) },
  ];
  for (const detail of step.details) {
    body.push({
      type: 'box', layout: 'vertical', spacing: 'none', margin: 'md',
      contents: [
        { type: 'text', text: detail.label, size: 'xs', color: MUTED_COLOR },
        { type: 'text', text: clip(detail.text, 500), size: 'sm', wrap: true },
      ],
    });
  }
  const sourceLinks = step.sources.filter((link) => isLinkable(link.url)).slice(0, 3);
  if (sourceLinks.length > 0) {
    body.push({ type: 'separator', margin: 'md' });
    body.push({ type: 'text', text: step.checkedLabel ? `${plan.labels.sources} (${step.checkedLabel})` : plan.labels.sources, size: 'xxs', color: MUTED_COLOR, margin: 'sm' });
    for (const link of sourceLinks) {
      body.push({
        type: 'text', text: clip(link.title, 120), size: 'xs', wrap: true, color: LINK_COLOR, decoration: 'underline',
        action: { type: 'uri', label: shortenLabel(link.title, LINE_LIMITS.buttonLabel), uri: link.url },
      });
    }
  }
  const bubble: FlexBubble = { type: 'bubble', size: 'mega', body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: body } };
  const footer: FlexComponent[] = step.doneChoice
    ? [{ type: 'button', style: 'primary', height: 'sm', action: choiceAction(step.doneChoice, LINE_LIMITS.buttonLabel) }]
    : [{ type: 'text', text: `✅ ${plan.labels.done}`, size: 'sm', align: 'center', color: MUTED_COLOR }];
  bubble.footer = { type: 'box', layout: 'vertical', contents: footer };
  return bubble;
}

/** A plan as Flex carousels (12 bubbles each), its numbered text as the alt text; the print link as a last bubble. */
function planMessages(plan: PlanView): messagingApi.FlexMessage[] {
  const bubbles = plan.steps.map((step) => planStepBubble(plan, step));
  if (plan.printLink && isLinkable(plan.printLink.url)) {
    bubbles.push({
      type: 'bubble', size: 'mega',
      body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: [
        { type: 'text', text: plan.title, weight: 'bold', wrap: true },
        { type: 'text', text: plan.progressLabel, size: 'sm', color: MUTED_COLOR },
      ] },
      footer: { type: 'box', layout: 'vertical', contents: [linkButton(plan.printLink)] },
    });
  }
  const altText = clip(plainLineText(planText({ ...plan, steps: plan.steps.map((step) => ({ ...step, details: [], sources: [] })), printLink: undefined } as PlanView)), LINE_LIMITS.altText);
  const messages: messagingApi.FlexMessage[] = [];
  for (let start = 0; start < bubbles.length; start += LINE_LIMITS.carouselBubbles) {
    messages.push({ type: 'flex', altText, contents: { type: 'carousel', contents: bubbles.slice(start, start + LINE_LIMITS.carouselBubbles) } });
  }
  return messages;
}
