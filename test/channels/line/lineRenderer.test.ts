import { describe, expect, it } from 'vitest';
import { LINE_LIMITS, plainLineText, renderForLine, shortenLabel, splitText } from '../../../src/channels/line/lineRenderer';
import type { Reply } from '../../../src/replies/reply';

const golden = (name: string) => `./golden/${name}.json`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('renderForLine (golden)', () => {
  it('text with topic choices: quick replies, postback data = action, full label as displayText', async () => {
    const reply: Reply = {
      text: 'What can I help you with? **Choose** a topic or just type your question.',
      choices: [
        { label: 'Company set-up & procedures', action: 'topic:company' },
        { label: 'Healthcare', action: 'topic:healthcare' },
        { label: 'Housing, registration & daily life', action: 'topic:housing' },
        { label: '住まい・住民登録・生活に関するご相談', action: 'topic:housing-ja' },
      ],
    };
    await expect(json(renderForLine(reply))).toMatchFileSnapshot(golden('choices'));
  });

  it('an answer with sources: text, then one Flex bubble of links with a meaningful altText', async () => {
    const reply: Reply = {
      text: 'Register within two weeks.\n\n- Passport\n- Landlord confirmation',
      sources: {
        heading: 'Sources',
        checkedLabel: 'checked 2026-11-01',
        links: [
          { title: 'Landeshauptstadt Düsseldorf – Bürgerservice', url: 'https://www.duesseldorf.de/buergerservice' },
          { title: 'Bundesmeldegesetz § 17', url: 'https://www.gesetze-im-internet.de/bmg/__17.html' },
        ],
      },
      choices: [{ label: 'Back to the menu', action: 'menu' }],
    };
    await expect(json(renderForLine(reply))).toMatchFileSnapshot(golden('sources'));
  });

  it('cards as a Flex carousel with link and choice buttons; an office speaks as the sender', async () => {
    const reply: Reply = {
      text: 'Two offices can help:',
      cards: [
        { title: 'NRW.Global Business', text: 'Düsseldorf, Mon–Fri 9–17', links: [{ title: 'Website', url: 'https://www.nrwglobalbusiness.com' }], choices: [{ label: 'Write to this office', action: 'office:nrw' }] },
        { title: 'Tokyo Metropolitan Government', text: 'Business Development Center Tokyo', links: [{ title: 'Call', url: 'tel:+81-3-0000-0000' }] },
      ],
      from: { kind: 'office', name: 'NRW.Global Business Tokyo Office' },
    };
    await expect(json(renderForLine(reply))).toMatchFileSnapshot(golden('cards'));
  });
});

describe('LINE limits', () => {
  it('splits a long text at sentence ends into messages of at most 5000 characters, losing nothing', () => {
    const sentence = 'This sentence is part of a very long answer about registering an address in Düsseldorf. ';
    const text = sentence.repeat(150).trim();
    const messages = renderForLine({ text });
    expect(messages.length).toBe(3);
    for (const message of messages) {
      expect(message.type).toBe('text');
      const part = (message as { text: string }).text;
      expect(part.length).toBeLessThanOrEqual(LINE_LIMITS.textLength);
      expect(part.endsWith('Düsseldorf.')).toBe(true);
    }
    expect(messages.map((m) => (m as { text: string }).text).join(' ')).toBe(text);
  });

  it('splits Japanese text after 。', () => {
    const parts = splitText('東京都で住民登録をします。'.repeat(10), 30);
    for (const part of parts) expect(part.endsWith('。')).toBe(true);
    expect(parts.join('')).toBe('東京都で住民登録をします。'.repeat(10));
  });

  it('prefers a paragraph break, and never cuts inside a surrogate pair', () => {
    expect(splitText('First paragraph here.\n\nSecond one.', 30)).toEqual(['First paragraph here.', 'Second one.']);
    const emoji = '😀'.repeat(10);
    const parts = splitText(emoji, 5);
    expect(parts.join('')).toBe(emoji);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(5);
  });

  it('shortens labels to 20 characters at a word boundary with an ellipsis', () => {
    expect(shortenLabel('Company set-up & procedures', 20)).toBe('Company set-up…');
    expect(shortenLabel('Healthcare', 20)).toBe('Healthcare');
    expect(Array.from(shortenLabel('Förderstellen & Veranstaltungen', 20)).length).toBeLessThanOrEqual(20);
    expect(shortenLabel('住まい・住民登録・生活に関するご相談です', 10)).toBe('住まい・住民登録…');
  });

  it('puts at most 13 quick replies and writes further choices as numbers', () => {
    const choices = Array.from({ length: 15 }, (_, i) => ({ label: `Office ${i + 1}`, action: `office:${i + 1}` }));
    const [message] = renderForLine({ text: 'Which office?', choices });
    expect(message!.quickReply!.items).toHaveLength(13);
    expect((message as { text: string }).text).toContain('14. Office 14\n15. Office 15');
  });

  it('puts the quick replies on the last message, where LINE shows them', () => {
    const messages = renderForLine({ text: 'a', sources: { heading: 'Sources', links: [{ title: 'x', url: 'https://x.example' }] }, choices: [{ label: 'Menu', action: 'menu' }] });
    expect(messages[0]!.quickReply).toBeUndefined();
    expect(messages[1]!.quickReply!.items).toHaveLength(1);
  });

  it('shows Markdown-light as plain LINE text', () => {
    expect(plainLineText('**Note**\n- [Portal](https://example.org)\n- two')).toBe('Note\n• Portal (https://example.org)\n• two');
  });
});
