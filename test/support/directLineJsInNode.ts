/**
 * The real `botframework-directlinejs` client (what Web Chat runs) in Node: its ajax service is rxjs 5's
 * `Observable.ajax`, which needs the browser's XMLHttpRequest, so requests go through `fetch` with the same shapes
 * (`response`, `status`, `xhr.getResponseHeader`); its WebSocket is `ws`, also set as the global it checks for.
 * Every request URL is recorded, so a test can tell the stream from polling.
 */
import WebSocket from 'ws';
import { Observable } from 'rxjs/Observable';
import { DirectLine, ConnectionStatus, type Activity } from 'botframework-directlinejs';

/** What the tests read of a received activity (DirectLineJS's union type hides `text` on some members). */
export type ReceivedActivity = Activity & { text?: string; replyToId?: string; channelData?: { clientActivityID?: string } };

interface AjaxRequest {
  method?: string;
  url?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
}

export interface DirectLineJsClient {
  directLine: DirectLine;
  /** Every activity received, in order. */
  received: ReceivedActivity[];
  /** Every HTTP request `METHOD url`, in order. */
  requests: string[];
  statuses: ConnectionStatus[];
  /** Resolves with the first received activity that matches. */
  waitFor(match: (activity: ReceivedActivity) => boolean, timeoutMs?: number): Promise<ReceivedActivity>;
  post(activity: Partial<Activity>): Promise<string>;
  end(): void;
}

function fetchAjax(requests: string[]) {
  return (request: AjaxRequest) =>
    new Observable<{ response: unknown; status: number }>((subscriber) => {
      const controller = new AbortController();
      const method = request.method ?? 'GET';
      requests.push(`${method} ${request.url}`);
      const timer = setTimeout(() => controller.abort(), request.timeout ?? 20_000);
      fetch(request.url!, {
        method,
        headers: request.headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      })
        .then(async (response) => {
          const text = await response.text();
          const xhr = { getResponseHeader: (name: string) => response.headers.get(name) };
          if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status, xhr });
          subscriber.next({ response: text ? JSON.parse(text) : null, status: response.status });
          subscriber.complete();
        })
        .catch((error: Error & { status?: number }) => {
          subscriber.error(error.status === undefined ? Object.assign(error, { status: 0, xhr: { getResponseHeader: () => null } }) : error);
        })
        .finally(() => clearTimeout(timer));
      return () => controller.abort();
    });
}

/**
 * @example
 * const client = directLineJs({ domain: `${service.url}/v3/directline`, token, webSocket: true });
 * await client.post({ type: 'message', text: 'Hallo', from: { id: 'me' } });
 * await client.waitFor((a) => a.from.role === 'bot');
 */
export function directLineJs(options: { domain: string; token: string; webSocket: boolean; conversationId?: string; watermark?: string }): DirectLineJsClient {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
  const requests: string[] = [];
  const directLine = new DirectLine({
    ...options,
    pollingInterval: 300,
    WebSocket,
    ajax: fetchAjax(requests),
  } as unknown as ConstructorParameters<typeof DirectLine>[0]);
  const received: ReceivedActivity[] = [];
  const statuses: ConnectionStatus[] = [];
  const waiters = new Set<() => void>();
  const subscriptions = [
    directLine.activity$.subscribe((activity) => {
      received.push(activity as ReceivedActivity);
      waiters.forEach((wake) => wake());
    }),
    directLine.connectionStatus$.subscribe((status) => statuses.push(status)),
  ];
  return {
    directLine,
    received,
    requests,
    statuses,
    waitFor(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching activity within ${timeoutMs} ms; received ${JSON.stringify(received.map((a) => a.text ?? a.type))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    post(activity) {
      return new Promise((resolve, reject) => directLine.postActivity(activity as Activity).subscribe({ next: resolve, error: reject }));
    },
    end() {
      subscriptions.forEach((subscription) => subscription.unsubscribe());
      directLine.end();
    },
  };
}
