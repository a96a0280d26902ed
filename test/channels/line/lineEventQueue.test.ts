import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { LineEventQueue, PENDING_EVENTS_KEY } from '../../../src/channels/line/lineEventQueue';
import type { LineEventEnvelope } from '../../../src/channels/line/lineEvents';
import { MemoryStorage } from '../../../src/state/memoryStorage';
import { MemoryOnceStore, type OnceStore } from '../../../src/state/onceStore';
import { lineEvent, newUserId } from './support/lineWebhook';

const logger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function queueWith(handle: (envelope: LineEventEnvelope) => Promise<void>, extra: { storage?: MemoryStorage; once?: OnceStore; leaseMs?: number } = {}) {
  const storage = extra.storage ?? new MemoryStorage();
  const queue = new LineEventQueue({ storage, once: extra.once ?? new MemoryOnceStore(), logger, handle, leaseMs: extra.leaseMs });
  return { queue, storage };
}

describe('LineEventQueue', () => {
  it('handles the events of one chat in order, chats in parallel', async () => {
    const order: string[] = [];
    const { queue } = queueWith(async ({ event }) => {
      const text = (event as { message: { text: string } }).message.text;
      await sleep(text.startsWith('a1') ? 50 : 1);
      order.push(text);
    });
    const a = newUserId();
    const b = newUserId();
    const events = [lineEvent('text', { userId: a, text: 'a1' }), lineEvent('text', { userId: b, text: 'b1' }), lineEvent('text', { userId: a, text: 'a2' })];
    queue.dispatch(await queue.accept('Ubot', events));
    await queue.idle();
    expect(order).toEqual(['b1', 'a1', 'a2']);
  });

  it('keeps an event stored until it has been handled, also when handling fails', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { queue, storage } = queueWith(async () => {
      await gate;
      throw new Error('bot failed');
    });
    const event = lineEvent('text', { userId: newUserId() });
    queue.dispatch(await queue.accept('Ubot', [event]));
    const pending = async () => Object.keys((await storage.read([PENDING_EVENTS_KEY]))[PENDING_EVENTS_KEY]?.events ?? {});
    expect(await pending()).toEqual([event.webhookEventId]);
    release();
    await queue.idle();
    expect(await pending()).toEqual([]);
  });

  it('drops duplicates and redeliveries of accepted events', async () => {
    const { queue } = queueWith(async () => undefined);
    const event = lineEvent('text', { userId: newUserId() });
    expect(await queue.accept('Ubot', [event, event])).toHaveLength(1);
    expect(await queue.accept('Ubot', [{ ...event, deliveryContext: { isRedelivery: true } }])).toHaveLength(0);
  });

  it('unclaims the events when they cannot be stored, so LINE can bring them again', async () => {
    const once = new MemoryOnceStore();
    const storage = new MemoryStorage();
    storage.write = async () => {
      throw new Error('store down');
    };
    const { queue } = queueWith(async () => undefined, { storage, once });
    const event = lineEvent('text', { userId: newUserId() });
    await expect(queue.accept('Ubot', [event])).rejects.toThrow('store down');
    expect(await once.claim(`line:event:${event.webhookEventId}`, 60)).toBe(true);
  });

  it('on start resumes events whose lease ran out, and the others once their lease ends', async () => {
    const storage = new MemoryStorage();
    const now = Date.now();
    const expired = lineEvent('text', { userId: newUserId(), text: 'expired' });
    const leased = lineEvent('text', { userId: newUserId(), text: 'leased' });
    await storage.write({
      [PENDING_EVENTS_KEY]: {
        events: {
          [expired.webhookEventId]: { destination: 'Ubot', event: expired, acceptedAt: now - 60_000, leaseUntil: now - 1 },
          [leased.webhookEventId]: { destination: 'Ubot', event: leased, acceptedAt: now, leaseUntil: now + 300 },
        },
      },
    });
    const handled: string[] = [];
    const { queue } = queueWith(async ({ event }) => void handled.push((event as { message: { text: string } }).message.text), { storage });
    expect(await queue.resumePending()).toBe(1);
    await queue.idle();
    expect(handled).toEqual(['expired']);
    await sleep(600);
    await queue.idle();
    expect(handled).toEqual(['expired', 'leased']);
    queue.close();
  });
});
