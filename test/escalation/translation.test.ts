/**
 * Translation with an LLM through the real langchain client against a loopback OpenAI chat-completions server:
 * the office gets a summary in its language, the user gets the staff reply in theirs; both texts are kept.
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createI18n } from '../../src/i18n/i18n';
import { MemoryStorage } from '../../src/state/memoryStorage';
import { CaseStore } from '../../src/escalation/caseStore';
import { EscalationService } from '../../src/escalation/caseService';
import { LlmCaseTranslator } from '../../src/escalation/caseTranslator';
import { loadOffices } from '../../src/escalation/offices';
import { UserMessengers } from '../../src/escalation/userMessenger';
import type { Reply } from '../../src/replies/reply';
import { newCase } from './support/caseInput';

const root = path.resolve(import.meta.dirname, '../..');
let server: http.Server;
let baseURL: string;
const prompts: { system: string; user: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return void res.writeHead(404).end();
      const body = JSON.parse(raw) as { messages: { role: string; content: string }[] };
      const system = body.messages.find((m) => m.role === 'system')!.content;
      const user = body.messages.find((m) => m.role === 'user')!.content;
      prompts.push({ system, user });
      const content = system.startsWith('Summarise') || system.includes('Summarise')
        ? 'Das Unternehmen plant eine Tochtergesellschaft in Düsseldorf.'
        : system.includes('into Japanese') ? '[ja] ' + user : '[translated] ' + user;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'chatcmpl-test', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: 'test-model',
          choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('case translation with an LLM', () => {
  it('summarises for the office in its language and translates the staff reply for the user, keeping both', async () => {
    const sent: Reply[] = [];
    const service = new EscalationService({
      store: new CaseStore(new MemoryStorage({ ttlSeconds: null })),
      directory: loadOffices(path.join(root, 'knowledge/offices.json')),
      messengers: new UserMessengers().register(['msteams'], { send: async (_reference, reply) => void sent.push(reply) }),
      i18n: await createI18n(path.join(root, 'locales')),
      logger: pino({ level: 'silent' }),
      translator: new LlmCaseTranslator({ apiKey: 'test-key', baseURL, model: 'test-model', timeoutMs: 5000 }),
    });
    const escalation = await service.openCase(newCase({ userLanguage: 'ja', description: 'デュッセルドルフに子会社を設立したいです。' }));

    const notification = (await service.buildNotification({
      id: 'job-1', caseId: escalation.id, officeId: 'nrw-global-business', kind: 'created', channel: 'email', attempts: 0,
      nextAttemptAt: escalation.createdAt, createdAt: escalation.createdAt,
    }))!;
    expect(notification.language).toBe('de');
    expect(notification.body).toContain('Zusammenfassung (maschinell übersetzt): Das Unternehmen plant eine Tochtergesellschaft in Düsseldorf.');
    expect(notification.body).toContain('Original (Japanisch): デュッセルドルフに子会社を設立したいです。');
    expect((await service.get(escalation.id))!.summary).toEqual({ language: 'de', text: 'Das Unternehmen plant eine Tochtergesellschaft in Düsseldorf.' });
    expect(prompts[0]!.system).toMatch(/in German/);

    const updated = await service.addStaffMessage(escalation.id, 'staff-1', 'Gerne helfen wir Ihnen bei der Gründung.');
    expect(updated.transcript.at(-1)).toMatchObject({
      from: 'staff', text: 'Gerne helfen wir Ihnen bei der Gründung.',
      translation: { language: 'ja', text: '[ja] Gerne helfen wir Ihnen bei der Gründung.' },
    });
    expect(sent[0]!.text).toBe('[ja] Gerne helfen wir Ihnen bei der Gründung.');
  });

  it('without an LLM, staff see the original with its language named', async () => {
    const service = new EscalationService({
      store: new CaseStore(new MemoryStorage({ ttlSeconds: null })),
      directory: loadOffices(path.join(root, 'knowledge/offices.json')),
      messengers: new UserMessengers(),
      i18n: await createI18n(path.join(root, 'locales')),
      logger: pino({ level: 'silent' }),
    });
    const escalation = await service.openCase(newCase({ userLanguage: 'ja', description: '子会社を設立したい' }));
    const notification = (await service.buildNotification({
      id: 'job-1', caseId: escalation.id, officeId: 'nrw-global-business', kind: 'created', channel: 'email', attempts: 0,
      nextAttemptAt: escalation.createdAt, createdAt: escalation.createdAt,
    }))!;
    expect(notification.body).not.toContain('Zusammenfassung');
    expect(notification.body).toContain('Original (Japanisch): 子会社を設立したい');
  });
});
