/**
 * Sections of an entry body: the lead (everything before the first heading) and each standalone bold line
 * `**Heading**` (optionally followed by a short note on the same line) with the text under it — the
 * convention of knowledge/README.md. Follow-up questions are answered from a section of the last entry.
 */
export interface EntrySection {
  /** The bold heading without the asterisks; '' for the lead. */
  heading: string;
  /** The section's Markdown, heading line included. */
  markdown: string;
}

const HEADING_LINE = /^\*\*([^*\n]+)\*\*[^\n]*$/;

/**
 * @example
 * entrySections('Lead.\n\n**What to bring**\n- Passport').map((s) => s.heading); // ['', 'What to bring']
 */
export function entrySections(markdown: string): EntrySection[] {
  const sections: EntrySection[] = [];
  let current: EntrySection = { heading: '', markdown: '' };
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  lines.forEach((line, index) => {
    const heading = HEADING_LINE.exec(line.trim());
    const startsBlock = index === 0 || lines[index - 1]!.trim() === '';
    if (heading && startsBlock) {
      if (current.markdown.trim()) sections.push({ ...current, markdown: current.markdown.trim() });
      current = { heading: heading[1]!.trim(), markdown: `${line}\n` };
    } else {
      current.markdown += `${line}\n`;
    }
  });
  if (current.markdown.trim()) sections.push({ ...current, markdown: current.markdown.trim() });
  return sections;
}

/**
 * The opening of an answer for a chat bubble: the first paragraph, and the next while both stay under `maxChars`.
 * @returns `short` and the `rest` ('' when the whole text fits).
 */
export function splitForChat(markdown: string, maxChars: number): { short: string; rest: string } {
  const blocks = markdown.trim().split(/\n\s*\n/);
  if (markdown.length <= maxChars || blocks.length < 2) return { short: markdown.trim(), rest: '' };
  let short = blocks[0]!;
  let used = 1;
  while (used < blocks.length && short.length + blocks[used]!.length + 2 <= maxChars) short += `\n\n${blocks[used++]}`;
  return { short, rest: blocks.slice(used).join('\n\n') };
}
