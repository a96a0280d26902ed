/**
 * The self-hosted web chat at `GET /`: one page that loads Bot Framework Web Chat from this service (no CDN; the CSP
 * lets nothing leave the host except the Direct Line endpoint) and talks to it over Direct Line. The page's own
 * strings come from `locales/<lng>/webchat.json` in the browser's language; Web Chat's locale is picked in the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Router, type Response } from 'express';
import type { i18n } from 'i18next';
import { negotiateConsoleLanguage } from '../../escalation/staff/consoleLanguage';
import { escapeHtml, inertJson } from '../../http/htmlSafety';

export interface WebChatPageOptions {
  i18n: i18n;
  /**
   * The Direct Line endpoint Web Chat talks to (`WEBCHAT_DIRECTLINE_DOMAIN`): undefined = this service's
   * `/v3/directline`; `https://directline.botframework.com/v3/directline` for Azure Bot Service.
   */
  directLineDomain?: string;
  /** Where the page fetches its Direct Line token. Defaults to this service's `tokens/generate`. */
  tokenUrl?: string;
}

/** What the page script reads from the inert JSON block: the one place that says where Direct Line is. */
export interface WebChatPageConfig {
  /** null = `${location.origin}/v3/directline`. */
  directLineDomain: string | null;
  tokenUrl: string;
  nonce: string;
  strings: { tokenError: string; retry: string; conversationEnded: string; newConversation: string; reconnecting: string };
}

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

/** `node_modules/botframework-webchat/dist/webchat.js`, found through module resolution (the package exports no subpaths). */
export function webChatBundlePath(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('botframework-webchat'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('botframework-webchat: package root not found');
    dir = parent;
  }
  return path.join(dir, 'dist', 'webchat.js');
}


/**
 * Only this host, plus the Direct Line endpoint when it is elsewhere. Web Chat's styles are `<style>` elements made
 * at run time (emotion), allowed by the per-response nonce handed to Web Chat; no 'unsafe-inline', no 'unsafe-eval'.
 */
/**
 * The hash of an empty `<style>`: Web Chat 4.18's transcript scroller (react-scroll-to-bottom) does not pass the nonce
 * on, and inserts an empty element that it then fills through CSSOM `insertRule`, which CSP does not restrict.
 * Allowing exactly the empty element admits no style content.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

function contentSecurityPolicy(nonce: string, directLineDomain: string | undefined): string {
  const directLine = directLineDomain ? new URL(directLineDomain) : undefined;
  const connect = ["'self'", ...(directLine ? [directLine.origin, `${directLine.protocol === 'https:' ? 'wss:' : 'ws:'}//${directLine.host}`] : [])];
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function commonHeaders(res: Response): void {
  res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
}

/**
 * @example
 * routers.push(webChatPageRouter({ i18n, directLineDomain: config.webChatDirectLineDomain }));
 */
export function webChatPageRouter(options: WebChatPageOptions): Router {
  if (!options?.i18n) throw new Error('webChatPageRouter needs i18n');
  const router = Router();
  const bundle = webChatBundlePath();
  if (!fs.existsSync(bundle)) throw new Error(`Web Chat bundle missing at ${bundle}`);
  const script = fs.readFileSync(path.join(publicDir, 'page.js'), 'utf8');
  const stylesheet = fs.readFileSync(path.join(publicDir, 'page.css'), 'utf8');
  const favicon = fs.readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
  const tokenUrl = options.tokenUrl ?? '/v3/directline/tokens/generate';

  router.get('/', (req, res) => {
    const { language } = negotiateConsoleLanguage(req.query.lang, req.get('accept-language'));
    const t = options.i18n.getFixedT(language, 'webchat');
    const h = (key: string) => escapeHtml(t(key));
    const nonce = randomBytes(16).toString('base64');
    const config: WebChatPageConfig = {
      directLineDomain: options.directLineDomain ?? null,
      tokenUrl,
      nonce,
      strings: { tokenError: t('tokenError'), retry: t('retry'), conversationEnded: t('conversationEnded'), newConversation: t('newConversation'), reconnecting: t('reconnecting') },
    };
    commonHeaders(res);
    res.set({ 'Content-Security-Policy': contentSecurityPolicy(nonce, options.directLineDomain), 'Cache-Control': 'no-store' });
    res.type('html').send(`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h('title')}</title>
<link rel="icon" href="/webchat/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/webchat/page.css">
<script type="application/json" id="webchat-config">${inertJson(config)}</script>
<script src="/webchat/webchat.js" defer></script>
<script src="/webchat/page.js" defer></script>
</head>
<body>
<header class="top">
  <h1>${h('product')}</h1>
  <p class="tagline">${h('tagline')}</p>
</header>
<noscript><p class="notice">${h('noscript')}</p></noscript>
<div id="webchat-error" class="notice" role="alert" hidden><span id="webchat-error-text"></span> <button type="button" id="webchat-retry"></button></div>
<p id="webchat-status" class="status" role="status" hidden></p>
<main id="webchat" aria-label="${h('chatLabel')}"></main>
</body>
</html>
`);
  });

  router.get('/webchat/webchat.js', (_req, res, next) => {
    commonHeaders(res);
    // Revalidated by ETag/Last-Modified after a day: an upgraded package is picked up without a cache-busting URL.
    res.sendFile(bundle, { maxAge: '1d', headers: { 'Content-Type': 'text/javascript; charset=utf-8' } }, (error) => error && next(error));
  });

  const asset = (route: string, type: string, body: string) =>
    router.get(route, (_req, res) => {
      commonHeaders(res);
      res.set('Cache-Control', 'no-cache');
      res.type(type).send(body);
    });
  asset('/webchat/page.js', 'text/javascript; charset=utf-8', script);
  asset('/webchat/page.css', 'text/css; charset=utf-8', stylesheet);
  asset('/webchat/favicon.svg', 'image/svg+xml', favicon);
  return router;
}
