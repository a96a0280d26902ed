/**
 * A loopback stand-in for LINE's Messaging API (api.line.me and api-data.line.me on one port), speaking LINE's
 * real paths and error bodies, so the real SDK clients run against it. Records every call; failures can be
 * scripted per path (`failNext`), profiles set per user, and reply tokens are single-use as on LINE.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface LineApiCall {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or the byte length for binary uploads. */
  body: any;
  at: number;
  /** The status the loopback answered with. */
  status?: number;
}

export interface ScriptedFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface LoopbackLineApi {
  url: string;
  calls: LineApiCall[];
  profiles: Map<string, { displayName: string; language?: string }>;
  richMenus: Map<string, { request: any; imageBytes?: number; imageType?: string }>;
  aliases: Map<string, string>;
  userMenus: Map<string, string>;
  defaultMenu: string | undefined;
  /** The next `times` calls whose path matches fail with `failure`. */
  failNext(path: RegExp, failure: ScriptedFailure, times?: number): void;
  /** Calls to paths matching `path` (optionally only those after index `from`). */
  callsTo(path: RegExp): LineApiCall[];
  /** Resolves once `predicate` holds for the recorded calls. */
  waitFor(predicate: (calls: LineApiCall[]) => boolean, timeoutMs?: number, label?: string): Promise<LineApiCall[]>;
  reset(): void;
  close(): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

export async function startLoopbackLineApi(): Promise<LoopbackLineApi> {
  const calls: LineApiCall[] = [];
  const failures: { path: RegExp; failure: ScriptedFailure; times: number }[] = [];
  const usedReplyTokens = new Set<string>();
  const state = {
    profiles: new Map<string, { displayName: string; language?: string }>(),
    richMenus: new Map<string, { request: any; imageBytes?: number; imageType?: string }>(),
    aliases: new Map<string, string>(),
    userMenus: new Map<string, string>(),
    defaultMenu: undefined as string | undefined,
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const path = (req.url ?? '').split('?')[0]!;
      const isJson = (req.headers['content-type'] ?? '').includes('json');
      const body = isJson && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : raw.length;
      const call: LineApiCall = { method: req.method!, path, headers: req.headers, body, at: Date.now() };
      calls.push(call);
      const writeHead = res.writeHead.bind(res) as (...args: any[]) => http.ServerResponse;
      res.writeHead = ((status: number, ...rest: any[]) => {
        call.status = status;
        return writeHead(status, ...rest);
      }) as typeof res.writeHead;

      if (!/^Bearer .+/.test(req.headers.authorization ?? '')) {
        json(res, 401, { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' });
        return;
      }
      const scripted = failures.find((candidate) => candidate.path.test(path) && candidate.times > 0);
      if (scripted) {
        scripted.times -= 1;
        json(res, scripted.failure.status, scripted.failure.body ?? { message: 'scripted failure' }, scripted.failure.headers);
        return;
      }
      route(req.method!, path, body, res);
    });
  });

  function route(method: string, path: string, body: any, res: http.ServerResponse): void {
    let match: RegExpExecArray | null;
    if (method === 'POST' && path === '/v2/bot/message/reply') {
      const token = body?.replyToken as string;
      if (!token || usedReplyTokens.has(token) || token.startsWith('expired-')) {
        json(res, 400, { message: 'Invalid reply token' });
        return;
      }
      usedReplyTokens.add(token);
      return messagesAccepted(body, res);
    }
    if (method === 'POST' && path === '/v2/bot/message/push') return messagesAccepted(body, res);
    if (method === 'POST' && path === '/v2/bot/chat/loading/start') return json(res, 202, {});
    if (method === 'GET' && (match = /^\/v2\/bot\/profile\/([^/]+)$/.exec(path))) {
      const profile = state.profiles.get(decodeURIComponent(match[1]!));
      if (!profile) return json(res, 404, { message: 'Not found' });
      return json(res, 200, { userId: match[1], displayName: profile.displayName, ...(profile.language ? { language: profile.language } : {}) });
    }
    if (method === 'GET' && path === '/v2/bot/richmenu/list') {
      return json(res, 200, { richmenus: [...state.richMenus].map(([richMenuId, menu]) => ({ richMenuId, ...menu.request })) });
    }
    if (method === 'POST' && path === '/v2/bot/richmenu') {
      const richMenuId = `richmenu-${randomUUID().replace(/-/g, '')}`;
      state.richMenus.set(richMenuId, { request: body });
      return json(res, 200, { richMenuId });
    }
    if (method === 'POST' && (match = /^\/v2\/bot\/richmenu\/(richmenu-[^/]+)\/content$/.exec(path))) {
      const menu = state.richMenus.get(match[1]!);
      if (!menu) return json(res, 404, { message: 'Not found' });
      menu.imageBytes = typeof body === 'number' ? body : 0;
      return json(res, 200, {});
    }
    if (method === 'DELETE' && (match = /^\/v2\/bot\/richmenu\/(richmenu-[^/]+)$/.exec(path))) {
      state.richMenus.delete(match[1]!);
      return json(res, 200, {});
    }
    if (method === 'POST' && path === '/v2/bot/richmenu/alias') {
      if (state.aliases.has(body.richMenuAliasId)) return json(res, 400, { message: 'conflict richmenu alias id' });
      state.aliases.set(body.richMenuAliasId, body.richMenuId);
      return json(res, 200, {});
    }
    if ((match = /^\/v2\/bot\/richmenu\/alias\/([^/]+)$/.exec(path))) {
      const aliasId = decodeURIComponent(match[1]!);
      if (!state.aliases.has(aliasId)) return json(res, 404, { message: 'richmenu alias not found' });
      if (method === 'GET') return json(res, 200, { richMenuAliasId: aliasId, richMenuId: state.aliases.get(aliasId) });
      if (method === 'POST') {
        state.aliases.set(aliasId, body.richMenuId);
        return json(res, 200, {});
      }
    }
    if (method === 'POST' && (match = /^\/v2\/bot\/user\/all\/richmenu\/([^/]+)$/.exec(path))) {
      state.defaultMenu = match[1];
      return json(res, 200, {});
    }
    if (method === 'POST' && (match = /^\/v2\/bot\/user\/([^/]+)\/richmenu\/([^/]+)$/.exec(path))) {
      if (!state.richMenus.has(match[2]!)) return json(res, 400, { message: 'richmenu not found' });
      state.userMenus.set(decodeURIComponent(match[1]!), match[2]!);
      return json(res, 200, {});
    }
    json(res, 404, { message: 'Not found' });
  }

  function messagesAccepted(body: any, res: http.ServerResponse): void {
    const messages = body?.messages;
    if (!Array.isArray(messages) || messages.length === 0 || messages.length > 5) {
      json(res, 400, { message: 'The request body has 1 error(s)', details: [{ message: 'Size must be between 1 and 5', property: 'messages' }] });
      return;
    }
    const tooLong = messages.findIndex((message: any) => message.type === 'text' && (message.text.length > 5000 || message.text.length === 0));
    if (tooLong >= 0) {
      json(res, 400, { message: 'The request body has 1 error(s)', details: [{ message: 'Length must be between 1 and 5000', property: `messages[${tooLong}].text` }] });
      return;
    }
    json(res, 200, { sentMessages: messages.map(() => ({ id: String(Date.now()), quoteToken: randomUUID() })) });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    get profiles() { return state.profiles; },
    get richMenus() { return state.richMenus; },
    get aliases() { return state.aliases; },
    get userMenus() { return state.userMenus; },
    get defaultMenu() { return state.defaultMenu; },
    failNext(path, failure, times = 1) {
      failures.push({ path, failure, times });
    },
    callsTo(path) {
      return calls.filter((call) => path.test(call.path));
    },
    async waitFor(predicate, timeoutMs = 15_000, label = 'condition') {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) {
          throw new Error(`loopback LINE API: ${label} not met within ${timeoutMs} ms; calls: ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return calls;
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
