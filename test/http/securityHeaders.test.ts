/**
 * Field kind 9: security headers (helmet) on the served pages and the API, while the pages keep their own strict
 * Content-Security-Policy exactly as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';

/** The web chat page's policy as it was before helmet (nonce varies per request). */
const WEB_CHAT_CSP = new RegExp(
  '^' +
    [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self' 'nonce-[A-Za-z0-9+/=_-]+' 'sha256-47DEQpj8HBSa\\+/TImW\\+5JCeuQeRkm5NMpJWZG3hSuFU='",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "media-src 'self' data: blob:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'self'",
    ].join('; ') +
    '$',
);
const STAFF_CONSOLE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const HELMET_HEADERS = {
  'strict-transport-security': /^max-age=\d+; includeSubDomains$/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^(SAMEORIGIN|DENY)$/,
  'referrer-policy': /^no-referrer$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'x-dns-prefetch-control': /^off$/,
  'x-permitted-cross-domain-policies': /^none$/,
  'origin-agent-cluster': /^\?1$/,
};

describe('security headers', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(() => service.stop());

  it.each([
    ['the web chat page', '/', WEB_CHAT_CSP],
    ['the staff console', '/staff', new RegExp(`^${STAFF_CONSOLE_CSP.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)],
  ])('%s carries the helmet headers and keeps its own CSP unchanged', async (_label, path, csp) => {
    const response = await fetch(`${service.url}${path}`);
    expect(response.status).toBe(200);
    for (const [header, pattern] of Object.entries(HELMET_HEADERS)) expect(response.headers.get(header), header).toMatch(pattern);
    expect(response.headers.get('content-security-policy')).toMatch(csp);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('API responses and errors get the headers and a nothing-loads policy', async () => {
    for (const response of [await fetch(`${service.url}/healthz`), await fetch(`${service.url}/no-such-page`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'");
    }
  });
});
