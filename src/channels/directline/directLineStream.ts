/**
 * The Direct Line WebSocket stream, as Azure's service offers it to `botframework-directlinejs` (`webSocket: true`):
 *
 * - `streamUrl` (from `POST conversations` and `GET conversations/{id}?watermark=`) is
 *   `ws(s)://<host>/v3/directline/conversations/{id}/stream?watermark=<w>&t=<conversation token>`.
 * - On connect the server sends what follows `watermark` (a reconnect replays what was missed), then every new
 *   activity set as one text message `{ "activities": [...], "watermark": "<seq>" }`.
 * - Every `keepAliveMs` an empty message, as Azure sends; the client ignores it, and a dead peer is found by the
 *   failed write or the missing pong. The tick also re-reads the store, so a signal lost between replicas is
 *   made good within one interval.
 * - Messages from the client (DirectLineJS sends "" as its own keep-alive) are ignored: activities are posted over HTTP.
 * - Refusals happen at the upgrade, as HTTP: bad/forged token 401, expired or other conversation's token 403,
 *   conversation unknown 404.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../logging/logger';
import type { ActivityNotifier } from './activityNotifier';
import { DirectLineConversationNotFoundError, DirectLineTokenError } from './directLineErrors';
import type { DirectLineStore } from './directLineStore';
import type { DirectLineTokens } from './directLineTokens';

export interface DirectLineStreamsOptions {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  notifier: ActivityNotifier;
  logger: Logger;
  /** The API's mount path, e.g. `/v3/directline`. */
  basePath: string;
  /** Interval of the empty keep-alive message and the catch-up read, in ms. Defaults to 15 000. */
  keepAliveMs?: number;
}

interface Stream {
  socket: WebSocket;
  conversationId: string;
  /** Seq of the last activity sent; -1 before any. */
  watermark: number;
  alive: boolean;
  /** A read is running; `again` asks for one more after it (signals arriving meanwhile). */
  reading: boolean;
  again: boolean;
}

const STREAM_PATH = /^\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;

/**
 * @example
 * const streams = new DirectLineStreams({ store, tokens, notifier, logger, basePath: '/v3/directline' });
 * server.on('upgrade', (req, socket, head) => streams.handleUpgrade(req, socket, head) || socket.destroy());
 */
export class DirectLineStreams {
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly streams = new Set<Stream>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: DirectLineStreamsOptions) {
    for (const name of ['store', 'tokens', 'notifier', 'logger', 'basePath'] as const) {
      if (!options?.[name]) throw new Error(`DirectLineStreams needs ${name}`);
    }
    this.unsubscribe = options.notifier.subscribe((conversationId) => {
      for (const stream of this.streams) if (stream.conversationId === conversationId) void this.push(stream);
    });
    this.timer = setInterval(() => this.tick(), options.keepAliveMs ?? 15_000);
    this.timer.unref();
  }

  /** The `streamUrl` for a conversation, on the host the client reached (`http:` → `ws:`, `https:` → `wss:`). */
  streamUrl(baseUrl: string, conversationId: string, token: string, watermark?: string): string {
    const url = new URL(`${this.options.basePath}/conversations/${conversationId}/stream`, baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('watermark', watermark ?? '');
    url.searchParams.set('t', token);
    return url.toString();
  }

  /** Number of open streams (readiness, tests). */
  get size(): number {
    return this.streams.size;
  }

  /**
   * Takes an HTTP upgrade if its path is a stream of this API.
   * @returns false when the path is not ours (the caller answers it).
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${this.options.basePath}/`)) return false;
    const match = STREAM_PATH.exec(url.pathname.slice(this.options.basePath.length));
    if (!match) {
      refuse(socket, 404, 'Not Found');
      return true;
    }
    const conversationId = match[1]!;
    const rawWatermark = url.searchParams.get('watermark') ?? '';
    if (!/^\d{0,15}$/.test(rawWatermark)) {
      refuse(socket, 400, 'Bad Request');
      return true;
    }
    void this.accept(req, socket, head, conversationId, url.searchParams.get('t'), rawWatermark === '' ? -1 : Number(rawWatermark));
    return true;
  }

  /** Closes every stream with 1001 "going away" (the client reconnects, e.g. to another replica) and stops the timer. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.unsubscribe();
    for (const stream of this.streams) stream.socket.close(1001, 'server shutting down');
    for (const stream of this.streams) stream.socket.terminate();
    this.streams.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, token: string | null, watermark: number): Promise<void> {
    try {
      this.options.tokens.verify(`Bearer ${token ?? ''}`, conversationId);
      if (!(await this.options.store.get(conversationId))) throw new DirectLineConversationNotFoundError(conversationId);
    } catch (error) {
      if (error instanceof DirectLineTokenError) {
        const forbidden = error.refusal === 'expired' || error.refusal === 'wrong-conversation';
        refuse(socket, forbidden ? 403 : 401, forbidden ? 'Forbidden' : 'Unauthorized');
      } else if (error instanceof DirectLineConversationNotFoundError) {
        refuse(socket, 404, 'Not Found');
      } else {
        this.options.logger.warn({ err: error, conversationId }, 'direct line stream: store unavailable at connect');
        refuse(socket, 503, 'Service Unavailable', { 'Retry-After': '2' });
      }
      return;
    }
    this.server.handleUpgrade(req, socket, head, (ws) => {
      const stream: Stream = { socket: ws, conversationId, watermark, alive: true, reading: false, again: false };
      this.streams.add(stream);
      ws.on('pong', () => (stream.alive = true));
      ws.on('close', () => this.streams.delete(stream));
      ws.on('error', () => ws.terminate());
      void this.push(stream);
    });
  }

  /** Sends the activities after the stream's watermark, if any; reads run one at a time per stream. */
  private async push(stream: Stream): Promise<void> {
    if (stream.reading) {
      stream.again = true;
      return;
    }
    stream.reading = true;
    try {
      do {
        stream.again = false;
        const page = await this.options.store.activitiesSince(stream.conversationId, stream.watermark < 0 ? undefined : stream.watermark);
        if (page.activities.length === 0 || stream.socket.readyState !== stream.socket.OPEN) continue;
        stream.socket.send(JSON.stringify(page));
        stream.watermark = Number(page.watermark);
      } while (stream.again);
    } catch (error) {
      if (error instanceof DirectLineConversationNotFoundError) {
        // Deleted ("delete my data") or expired: the client's reconnect then gets 404 and ends the conversation.
        stream.socket.close(1000, 'conversation ended');
      } else {
        // The next tick or signal tries again; the client keeps its socket meanwhile.
        this.options.logger.warn({ err: error, conversationId: stream.conversationId }, 'direct line stream: read failed, retrying on the next tick');
      }
    } finally {
      stream.reading = false;
    }
  }

  private tick(): void {
    for (const stream of this.streams) {
      if (!stream.alive) {
        stream.socket.terminate();
        continue;
      }
      stream.alive = false;
      stream.socket.ping();
      stream.socket.send('');
      void this.push(stream);
    }
  }
}

function refuse(socket: Duplex, status: number, text: string, headers: Record<string, string> = {}): void {
  const lines = [`HTTP/1.1 ${status} ${text}`, 'Connection: close', 'Content-Length: 0', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  socket.end(`${lines.join('\r\n')}\r\n\r\n`);
}
