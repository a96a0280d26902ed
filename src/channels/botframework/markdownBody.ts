/** The Markdown body shared by Bot Framework renderers: sender, text and sources as links (choices are rendered as buttons). */
import type { Reply } from '../../replies/reply';

export function markdownBody(reply: Reply): string {
  const parts: string[] = [];
  if (reply.from?.kind === 'office') parts.push(`**${reply.from.name}**`);
  parts.push(reply.text);
  if (reply.sources && reply.sources.links.length > 0) {
    const heading = reply.sources.checkedLabel ? `${reply.sources.heading} (${reply.sources.checkedLabel})` : reply.sources.heading;
    parts.push(`${heading}:\n${reply.sources.links.map((link) => `- [${link.title}](${link.url})`).join('\n')}`);
  }
  return parts.join('\n\n');
}
