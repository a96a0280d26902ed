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

/** One step of a guided plan as every channel shows it: numbered, with its details, sources and a "done" button. */
export interface PlanStepView {
  number: number;
  title: string;
  /** Labelled lines: where, what to bring, fee, deadline (labels already in the user's language). */
  details: { label: string; text: string }[];
  done: boolean;
  /** Pressed to mark the step done; absent when it is done. */
  doneChoice?: Choice;
  sources: SourceLink[];
  /** E.g. "checked 24 Nov 2026". */
  checkedLabel?: string;
}

/** A guided plan (issue 10): rendered as a LINE Flex carousel, an Adaptive Card, or numbered text. */
export interface PlanView {
  title: string;
  /** E.g. "3 of 12 done". */
  progressLabel: string;
  steps: PlanStepView[];
  /** Labels in the user's language. */
  labels: { done: string; sources: string };
  /** The printable page (signed, short-lived). */
  printLink?: SourceLink;
}

export interface Reply {
  /** Markdown-light text: paragraphs, `- ` lists, **bold**. */
  text: string;
  choices?: Choice[];
  cards?: Card[];
  /** Official sources of the answer, with the date they were checked. */
  sources?: { links: SourceLink[]; heading: string; checkedLabel?: string };
  /** A guided plan shown after the text. */
  plan?: PlanView;
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
  if (reply.plan) parts.push(planText(reply.plan));
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

/**
 * A plan as numbered text (every channel can show it; also the alt text of rich renderings).
 * @example
 * planText({ title: 'Plan', progressLabel: '0 of 1 done', labels: { done: 'done', sources: 'Source' },
 *   steps: [{ number: 1, title: 'Register', details: [{ label: 'Where', text: 'Ward office' }], done: false, sources: [] }] });
 * // '**Plan** (0 of 1 done)\n\n1. Register\n   Where: Ward office'
 */
export function planText(plan: PlanView): string {
  const steps = plan.steps.map((step) => {
    const lines = [`${step.number}. ${step.done ? `✅ ${step.title} (${plan.labels.done})` : step.title}`];
    for (const detail of step.details) lines.push(`   ${detail.label}: ${detail.text}`);
    if (step.sources.length > 0) {
      const checked = step.checkedLabel ? ` (${step.checkedLabel})` : '';
      lines.push(`   ${plan.labels.sources}${checked}: ${step.sources.map((link) => `${link.title} ${link.url}`).join(' · ')}`);
    }
    return lines.join('\n');
  });
  const print = plan.printLink ? [`${plan.printLink.title}: ${plan.printLink.url}`] : [];
  return [`**${plan.title}** (${plan.progressLabel})`, ...steps, ...print].join('\n\n');
}
