/** Drives message turns through `/api/messages` with expectReplies at a fixed concurrency and measures them. */
import { randomUUID } from 'node:crypto';

export interface LoadResult {
  turns: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

const QUESTIONS = [
  'How do I register my address in Shibuya?',
  'Where can I find an English-speaking doctor in Tokyo?',
  'What is the difference between a KK and a GK?',
  'Wie gründe ich eine GmbH in Düsseldorf?',
  'Wo finde ich einen Kita-Platz in Köln?',
  'Welche Krankenversicherung brauche ich in NRW?',
  'デュッセルドルフで住民登録はどうすればいいですか',
  '東京で会社を設立する手順を教えてください',
  '子どもが夜に熱を出したらどこに電話すればいいですか',
  'menu',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * @param url - Base URL, or several (replicas): turns go round-robin over them.
 */
export async function runLoad(url: string | readonly string[], options: { turns: number; warmup: number; concurrency: number; conversations: number }): Promise<LoadResult> {
  const conversations = Array.from({ length: options.conversations }, () => ({ id: `bench-${randomUUID()}`, user: `user-${randomUUID()}` }));
  let issued = 0;
  let errors = 0;
  const latencies: number[] = [];
  const total = options.turns + options.warmup;
  const urls = typeof url === 'string' ? [url] : url;
  let measuredStart = 0;

  async function worker(): Promise<void> {
    while (issued < total) {
      const index = issued++;
      if (index === options.warmup) measuredStart = performance.now();
      const conversation = conversations[index % conversations.length]!;
      const started = performance.now();
      try {
        const response = await fetch(`${urls[index % urls.length]}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message', id: randomUUID(), channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
            text: QUESTIONS[index % QUESTIONS.length], locale: 'en-US',
            from: { id: conversation.user }, recipient: { id: 'bot' }, conversation: { id: conversation.id },
          }),
        });
        const body = (await response.json()) as { activities?: unknown[] };
        if (response.status !== 200 || !body.activities?.length) errors++;
      } catch {
        errors++;
      }
      if (index >= options.warmup) latencies.push(performance.now() - started);
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - measuredStart) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    turns: latencies.length,
    errors,
    seconds,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
