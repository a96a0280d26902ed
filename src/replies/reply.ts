/**
 * The channel-neutral reply that dialogs produce. Each channel renders it natively
 * (suggested actions, cards, LINE quick replies and Flex); a channel that knows none of that
 * still gets `plainText(reply)`, so a new channel only needs text to work.
 */
/** A button the user can press; `action` is what the bot receives back (never shown). */
export interface Choice {
  label: string;
  action: string;
}

export interface SourceLink {
  title: string;
  url: string;
}

export interface Card {
  title: string;
  text?: string;
  links?: SourceLink[];
  choices?: Choice[];
}

export interface Reply {
  /** Markdown-light text: paragraphs, `- ` lists, **bold**. */
  text: string;
  choices?: Choice[];
  cards?: Card[];
  /** Official sources of the answer, with the date they were checked. */
  sources?: { links: SourceLink[]; heading: string; checkedLabel?: string };
  /** Who speaks: the bot, or a named office relaying a staff member's message. */
  from?: { kind: 'bot' } | { kind: 'office'; name: string };
}

/**
 * Text-only rendering: numbered choices, links written out. Every channel can show this.
 * @example
 * plainText({ text: 'Pick one', choices: [{ label: 'Tokyo', action: 'region:tokyo' }] });
 * // 'Pick one\n\n1. Tokyo'
 */
export function plainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.from?.kind === 'office') parts.push(`【${reply.from.name}】`);
  parts.push(reply.text);
  for (const card of reply.cards ?? []) {
    const lines = [`**${card.title}**`];
    if (card.text) lines.push(card.text);
    for (const link of card.links ?? []) lines.push(`${link.title}: ${link.url}`);
    parts.push(lines.join('\n'));
  }
  if (reply.sources && reply.sources.links.length > 0) {
    const heading = reply.sources.checkedLabel
      ? `${reply.sources.heading} (${reply.sources.checkedLabel})`
      : reply.sources.heading;
    parts.push([`${heading}:`, ...reply.sources.links.map((link) => `- ${link.title}: ${link.url}`)].join('\n'));
  }
  if (reply.choices && reply.choices.length > 0) {
    parts.push(reply.choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n'));
  }
  return parts.join('\n\n');
}
