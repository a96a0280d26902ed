/**
 * Security headers on every response, with `helmet`: HSTS, `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: SAMEORIGIN`, `Referrer-Policy: no-referrer`, Cross-Origin-Opener/Resource-Policy,
 * `X-DNS-Prefetch-Control`, `X-Permitted-Cross-Domain-Policies`, `Origin-Agent-Cluster`, and no `X-Powered-By`.
 *
 * The Content-Security-Policy set here is the fallback for responses that are not pages (JSON, files):
 * nothing may load. The served pages (web chat, staff console) keep their own strict policies: their routes
 * set `Content-Security-Policy` after this middleware and replace the fallback.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * @example
 * app.use(securityHeaders());
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
