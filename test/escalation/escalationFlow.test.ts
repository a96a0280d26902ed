/**
 * The hand-over loop over real HTTP, as a Teams user: ask for a person → consent → description → case with the right
 * office and number → staff notified by e-mail (real local SMTP server) and a Teams card → staff reply reaches the
 * user marked from the office → while the case is open the bot stays quiet and appends → back to the bot → resolve
 * and rating.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { startService, type RunningService } from '../support/startService';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { teamsUser, textsOf, waitUntil } from './support/teamsUser';

interface ReceivedMail {
  to: string[];
  raw: string;
}

/** Bodies with non-ASCII text arrive quoted-printable; undo it so the test reads what staff read. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

async function startSmtp(): Promise<{ url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const STAFF_TOKEN = 'escalation-flow-staff-token-0123456789';

/** Staff act through the staff HTTP API (the other half of the console), as the console does. */
async function staffApi(baseUrl: string, method: string, route: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/staff/api${route}`, {
    method,
    headers: { authorization: `Bearer ${STAFF_TOKEN}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as { case: { status: string } } };
}

describe('escalation to a contact office (Teams, loopback connector, local SMTP)', () => {
  let service: RunningService;
  let connector: LoopbackConnector;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const staffChannel = '19:staff-channel@thread.tacv2';

  beforeAll(async () => {
    connector = await startLoopbackConnector();
    smtp = await startSmtp();
    service = await startService(
      { SMTP_URL: smtp.url, SMTP_FROM: 'kakehashi <bot@kakehashi.test>', PUBLIC_BASE_URL: 'https://kakehashi.test', STAFF_TOKEN },
      {
        escalation: {
          targets: {
            'nrw-global-business': {
              emails: ['desk@nrw-office.test'],
              teams: {
                reference: {
                  channelId: 'msteams', serviceUrl: connector.url, conversation: { id: staffChannel, isGroup: true, conversationType: 'channel' },
                  bot: { id: '28:kakehashi-bot', name: 'kakehashi' },
                },
              },
            },
          },
        },
      },
    );
  });
  afterAll(async () => {
    await service.stop();
    await connector.close();
    await smtp.close();
  });

  it('hands the user over, notifies staff, relays the reply, stays quiet while open, and asks for a rating on resolve', async () => {
    const user = teamsUser(service.url, connector);
    await user.say('How do I register a GmbH in Düsseldorf?');

    const consent = await user.say('talk to a person');
    expect(textsOf(consent)).toContain('NRW.Global Business GmbH (Düsseldorf)');
    expect(textsOf(consent)).toMatch(/May I share this conversation/);

    const description = await user.say('', { action: 'escalation:consent:yes' });
    expect(textsOf(description)).toMatch(/describe your request/);
    const contact = await user.say('We want to open a sales office in Düsseldorf next spring and need help with the registration.');
    expect(textsOf(contact)).toMatch(/how can the office reach you/);
    const created = textsOf(await user.say('skip'));

    const [escalation] = await service.kakehashi.escalation.service.list({});
    expect(escalation).toBeDefined();
    expect(escalation!.officeId).toBe('nrw-global-business');
    expect(escalation!.routingRule).toBe('nrw-other');
    expect(escalation!.number).toMatch(/^K-\d{2}-0001$/);
    expect(created).toContain(`Your case number is ${escalation!.number}`);
    expect(created).toContain('NRW.Global Business GmbH (Düsseldorf)');
    expect(created).toMatch(/You can expect an answer (soon|from|tomorrow|on)/);
    expect(escalation!.description).toContain('sales office');
    expect(escalation!.contact).toBeUndefined();
    expect(escalation!.transcript.some((line) => line.text.includes('register a GmbH'))).toBe(true);

    // Staff are told by e-mail over real SMTP and by a card in their Teams channel.
    const mail = await waitUntil(() => smtp.mails[0], 5000, 'e-mail');
    expect(mail.to).toEqual(['desk@nrw-office.test']);
    expect(mail.raw).toContain(escalation!.number);
    expect(mail.raw).toContain(`https://kakehashi.test/staff#case=${escalation!.id}`);
    const card = await waitUntil(() => connector.calls.find((call) => call.path.includes(encodeURIComponent(staffChannel))), 5000, 'Teams card');
    expect(card.activity.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.activity.attachments![0]!.content)).toContain(`https://kakehashi.test/staff#case=${escalation!.id}`);
    await waitUntil(async () => (await service.kakehashi.escalation.service.get(escalation!.id))!.events.filter((e) => e.type === 'notified').length === 2, 5000, 'notified events');

    // While the case is open the bot does not answer: it appends, acknowledging only the first time.
    const first = await user.say('Also: do we need a notary?');
    expect(textsOf(first)).toMatch(/I've passed this on to NRW.Global Business/);
    const second = await user.say('And how long does it take?', { quietMs: 150 });
    expect(second).toEqual([]);
    const withMessages = (await service.kakehashi.escalation.service.get(escalation!.id))!;
    expect(withMessages.transcript.slice(-2).map((line) => line.text)).toEqual(['Also: do we need a notary?', 'And how long does it take?']);

    // The staff reply reaches the user on their channel, marked as coming from the office.
    const before = user.received().length;
    const answered = await staffApi(service.url, 'POST', `/cases/${escalation!.id}/messages`, { text: 'Yes, a notary is needed for a GmbH. We can recommend one.' });
    expect(answered.status).toBe(201);
    expect(answered.body.case.status).toBe('answered');
    const relayed = await waitUntil(() => user.received()[before], 5000, 'relayed reply');
    // Marked as the office speaking (Teams renders the office name in bold above the text).
    expect(relayed.text).toMatch(/^(\*\*|【)NRW\.Global Business GmbH \(Düsseldorf\)/);
    expect(relayed.text).toContain('a notary is needed');

    // Back to the bot: the case stays open, the bot answers again.
    const back = textsOf(await user.say('back to the bot'));
    expect(back).toContain(`Your case ${escalation!.number} stays open`);
    const answer = await user.say('What health insurance do I need in NRW?');
    expect(answer.length).toBeGreaterThan(0);
    expect(textsOf(answer)).not.toMatch(/I've passed this on/);
    expect((await service.kakehashi.escalation.service.get(escalation!.id))!.status).toBe('answered');

    // Resolve: one satisfaction question; the answer is stored as an event.
    const beforeResolve = user.received().length;
    expect((await staffApi(service.url, 'POST', `/cases/${escalation!.id}/status`, { status: 'resolved' })).status).toBe(200);
    const question = await waitUntil(() => user.received()[beforeResolve], 5000, 'satisfaction question');
    expect(question.text).toMatch(/How satisfied are you/);
    const thanks = textsOf(await user.say('4', { action: `satisfaction:${escalation!.id}:4` }));
    expect(thanks).toMatch(/Thank you for your feedback/);
    const rated = (await service.kakehashi.escalation.service.get(escalation!.id))!;
    expect(rated.satisfaction).toBe(4);
    expect(rated.events.map((event) => event.type)).toEqual(expect.arrayContaining(['created', 'notified', 'user-message', 'staff-message', 'status', 'satisfaction']));
  });

  it('"delete my data" during an open case anonymises the case', async () => {
    const user = teamsUser(service.url, connector);
    await user.say('Düsseldorf');
    await user.say('talk to a person');
    await user.say('yes');
    await user.say('We need help finding office space for our team.');
    await user.say('anna@example.org');
    const mine = (await service.kakehashi.escalation.service.list({})).find((escalation) => escalation.userId === user.userId)!;
    expect(mine.contact).toBe('anna@example.org');
    expect(textsOf(await user.say('delete my data'))).toMatch(/deleted/i);
    const erased = (await service.kakehashi.escalation.service.get(mine.id))!;
    expect(erased.anonymisedAt).toBeDefined();
    expect(erased.contact).toBeUndefined();
    expect(JSON.stringify(erased)).not.toContain('anna@example.org');
    expect(JSON.stringify(erased)).not.toContain('office space');
  });

  it('declining consent ends politely with the office public route and creates no case', async () => {
    const user = teamsUser(service.url, connector, 'de-DE');
    await user.say('Düsseldorf');
    const consent = textsOf(await user.say('Ich möchte mit einem Menschen sprechen'));
    expect(consent).toContain('Darf ich diesen Chatverlauf');
    const declined = textsOf(await user.say('nein'));
    expect(declined).toMatch(/es wurde nichts weitergegeben/);
    expect(declined).toMatch(/https?:\/\//);
    const cases = await service.kakehashi.escalation.service.list({});
    expect(cases.every((escalation) => escalation.userId !== user.userId)).toBe(true);
    // The consent button pressed again after the dialog ended shows the menu, not an answer to "escalation:…".
    const stale = await user.say('', { action: 'escalation:consent:yes' });
    expect(textsOf(stale)).toMatch(/Wobei kann ich helfen/);
    expect((await service.kakehashi.escalation.service.list({})).every((escalation) => escalation.userId !== user.userId)).toBe(true);
  });

  it('a Japanese introduction request starts the hand-over to NRW Japan K.K.', async () => {
    const user = teamsUser(service.url, connector, 'ja-JP');
    await user.say('デュッセルドルフ');
    const consent = textsOf(await user.say('デュッセルドルフのスタートアップを紹介してもらえますか？'));
    expect(consent).toContain('紹介は、私ではなく連絡窓口');
    expect(consent).toContain('NRW Japan K.K.');
  });
});
