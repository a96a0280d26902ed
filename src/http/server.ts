/**
 * The HTTP server: body parsing with the raw bytes kept (LINE signs them), a size limit, health routes,
 * the channel routes given by the composition root, and one error handler that never shows a stack trace.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from '../logging/logger';
import { HttpError } from './httpError';
import { securityHeaders } from './securityHeaders';

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface HttpAppOptions {
  logger: Logger;
  bodyLimitBytes: number;
  readiness: ReadinessCheck[];
  routers: Router[];
  /**
   * WebSocket upgrades (the Direct Line stream), asked in order; each returns true if it took the request. An upgrade
   * nobody takes is answered 404. Attached to the server that `app.listen` creates.
   */
  upgrades?: UpgradeHandler[];
  /**
   * Paths whose routes read the raw body themselves (the LINE webhook checks its signature on the bytes before
   * anything parses them); the JSON parser leaves these requests alone.
   */
  unparsedPaths?: string[];
}

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

declare module 'http' {
  interface IncomingMessage {
    rawBody?: Buffer;
  }
}

/**
 * @example
 * const app = createHttpApp({ logger, bodyLimitBytes: 262144, readiness: [], routers: [botRouter] });
 * app.listen(3978);
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders());
  const unparsed = new Set(options.unparsedPaths ?? []);
  const isJson = (req: { headers: Record<string, unknown> }) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(String(req.headers['content-type'] ?? ''));
  app.use(
    express.json({
      limit: options.bodyLimitBytes,
      type: (req) => isJson(req as never) && !unparsed.has((req as Request).path),
      verify: (req, _res, buffer) => {
        req.rawBody = buffer;
      },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      options.readiness.map(async ({ name, check }) => {
        try {
          await check();
          return { name, ok: true };
        } catch (error) {
          return { name, ok: false, reason: (error as Error).message };
        }
      }),
    );
    const ready = results.every((result) => result.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks: results });
  });

  for (const router of options.routers) app.use(router);

  app.use((_req, _res, next) => next(new HttpError(404, 'not found')));
  app.use(errorHandler(options.logger));
  const upgrades = options.upgrades ?? [];
  if (upgrades.length > 0) {
    const listen = app.listen.bind(app) as (...args: unknown[]) => Server;
    app.listen = ((...args: unknown[]) => attachUpgrades(listen(...args), upgrades)) as Express['listen'];
  }
  return app;
}

/** Routes a server's HTTP upgrades to the handlers; exported for servers not made by `app.listen`. */
export function attachUpgrades(server: Server, upgrades: UpgradeHandler[]): Server {
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (!upgrades.some((handle) => handle(req, socket, head))) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  return server;
}

function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const status = statusOf(error);
    const reason = status === 500 ? 'internal error' : reasonOf(error);
    if (status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    else logger.info({ status, path: req.path, reason }, 'request refused');
    if (res.headersSent) {
      res.end();
      return;
    }
    // A state store outage (StoreUnavailableError) tells the client when to retry.
    const retryAfter = (error as { retryAfterSeconds?: unknown })?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
    res.status(status).json({ error: { status, reason, ...(error instanceof HttpError ? error.details : {}) } });
  };
}

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  const candidate = error as { type?: string; status?: number; statusCode?: number };
  if (candidate?.type === 'entity.too.large') return 413;
  if (candidate?.type === 'entity.parse.failed') return 400;
  if (candidate?.type === 'encoding.unsupported' || candidate?.type === 'charset.unsupported') return 415;
  const status = candidate?.status ?? candidate?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

function reasonOf(error: unknown): string {
  if (error instanceof HttpError) return error.reason;
  const type = (error as { type?: string })?.type;
  if (type === 'entity.too.large') return 'request body too large';
  if (type === 'entity.parse.failed') return 'malformed JSON';
  return (error as Error)?.message ?? 'bad request';
}
