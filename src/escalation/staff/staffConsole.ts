/**
 * The staff console at `GET /staff`: one HTML page plus a vanilla script and a stylesheet served from here
 * (no CDN; CSP `'self'`, nothing leaves the host). The page is rendered in the console language and carries
 * that language's `staff` strings as inert JSON for the script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router, type Response } from 'express';
import type { i18n } from 'i18next';
import { SUPPORTED_LANGUAGES } from '../../i18n/i18n';
import { negotiateConsoleLanguage } from './consoleLanguage';
import { MAX_STAFF_MESSAGE_LENGTH } from './staffApi';
import { escapeHtml, inertJson } from '../../http/htmlSafety';

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface StaffConsoleOptions {
  i18n: i18n;
  /** False when neither `STAFF_TOKEN` nor accounts are configured: the page says so instead of a login form. */
  loginAvailable: boolean;
}

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f4e8c"/>' +
  '<path d="M2 11 Q8 3 14 11" stroke="#fff" stroke-width="2" fill="none"/></svg>';


/**
 * The opening of a staff page up to `</head>`: language, title, the staff favicon, one stylesheet, the page's strings
 * as inert JSON and its deferred scripts (all served from this host).
 */
export function staffPageHead(page: { language: string; title: string; stylesheet: string; stringsId: string; strings: unknown; scripts: string[] }): string {
  return `<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="/staff/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${page.stylesheet}">
<script type="application/json" id="${page.stringsId}">${inertJson(page.strings)}</script>
${page.scripts.map((src) => `<script src="${src}" defer></script>`).join('\n')}
</head>`;
}

/** The staff pages' headers: a strict CSP (only this host), no sniffing, no referrer, no framing. */
export function secureHeaders(res: Response): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
}

/**
 * @example
 * app.use('/staff', staffConsoleRouter({ i18n, loginAvailable: true }));
 */
export function staffConsoleRouter(options: StaffConsoleOptions): Router {
  const router = Router();
  const script = fs.readFileSync(path.join(publicDir, 'console.js'), 'utf8');
  const stylesheet = fs.readFileSync(path.join(publicDir, 'console.css'), 'utf8');

  router.get('/', (req, res) => {
    const { language, source } = negotiateConsoleLanguage(req.query.lang, req.get('accept-language'));
    const t = options.i18n.getFixedT(language, 'staff');
    const strings = options.i18n.getResourceBundle(language, 'staff') as unknown;
    const h = (key: string, values?: Record<string, unknown>) => escapeHtml(t(key, values ?? {}));
    secureHeaders(res);
    res.set('Cache-Control', 'no-store');
    res.type('html').send(`${staffPageHead({ language, title: t('title'), stylesheet: '/staff/console.css', stringsId: 'staff-strings', strings, scripts: ['/staff/console.js'] })}
<body data-language="${language}" data-language-source="${source}" data-languages="${SUPPORTED_LANGUAGES.join(' ')}" data-max-length="${MAX_STAFF_MESSAGE_LENGTH}">
<header class="top">
  <h1>${h('title')}</h1>
  <div id="who" hidden><span id="who-name"></span> <span id="who-office"></span> <button type="button" id="logout">${h('header.logout')}</button></div>
</header>
<p id="status-message" role="status" aria-live="polite"></p>
<main>
${
  options.loginAvailable
    ? `<section id="login" aria-labelledby="login-heading" hidden>
  <h2 id="login-heading">${h('login.heading')}</h2>
  <p id="login-error" class="error" role="alert"></p>
  <form id="login-form">
    <label for="login-id">${h('login.accountId')}</label>
    <input id="login-id" name="id" autocomplete="username" required maxlength="64">
    <label for="login-password">${h('login.password')}</label>
    <input id="login-password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">${h('login.submit')}</button>
  </form>
  <details>
    <summary>${h('login.adminSummary')}</summary>
    <form id="token-form">
      <label for="login-token">${h('login.adminToken')}</label>
      <input id="login-token" name="token" type="password" autocomplete="off" required>
      <button type="submit">${h('login.adminSubmit')}</button>
    </form>
  </details>
</section>`
    : `<p class="error" id="not-configured">${h('notConfigured')}</p>`
}
<section id="cases" aria-labelledby="cases-heading" hidden>
  <h2 id="cases-heading">${h('list.heading')}</h2>
  <div class="toolbar">
    <label for="filter">${h('list.filter')}</label>
    <select id="filter">
      <option value="new,claimed,answered">${h('list.filterOpen')}</option>
      <option value="">${h('list.filterAll')}</option>
      <option value="new">${h('status.new')}</option>
      <option value="claimed">${h('status.claimed')}</option>
      <option value="answered">${h('status.answered')}</option>
      <option value="resolved">${h('status.resolved')}</option>
    </select>
    <button type="button" id="refresh">${h('list.refresh')}</button>
    <span id="updated" class="muted"></span>
  </div>
  <table id="case-table">
    <thead><tr>
      <th scope="col">${h('list.number')}</th><th scope="col">${h('list.office')}</th><th scope="col">${h('list.status')}</th>
      <th scope="col">${h('list.topic')}</th><th scope="col">${h('list.language')}</th><th scope="col">${h('list.region')}</th>
      <th scope="col">${h('list.created')}</th><th scope="col">${h('list.notification')}</th>
    </tr></thead>
    <tbody id="case-rows"></tbody>
  </table>
  <p id="no-cases" hidden>${h('list.empty')}</p>
</section>
<section id="case" aria-labelledby="case-heading" hidden tabindex="-1">
  <h2 id="case-heading"></h2>
  <button type="button" id="back">${h('case.back')}</button>
  <p id="case-notify-failed" class="warning" hidden>${h('case.notifyFailed')}</p>
  <p id="case-relay-failed" class="warning" role="alert" hidden></p>
  <p id="case-anonymised" class="warning" hidden>${h('case.anonymised')}</p>
  <dl id="case-facts"></dl>
  <p id="translation-note" class="note"></p>
  <h3>${h('case.transcript')}</h3>
  <ol id="transcript"></ol>
  <form id="reply-form">
    <label for="reply-text">${h('reply.label')}</label>
    <textarea id="reply-text" name="text" rows="5" maxlength="${MAX_STAFF_MESSAGE_LENGTH}" aria-describedby="reply-hint"></textarea>
    <p id="reply-hint" class="muted">${h('reply.hint', { max: MAX_STAFF_MESSAGE_LENGTH })}</p>
    <button type="submit" id="reply-send">${h('reply.send')}</button>
  </form>
  <fieldset id="actions">
    <legend>${h('actions.heading')}</legend>
    <button type="button" data-status="claimed">${h('actions.claim')}</button>
    <button type="button" data-status="answered">${h('actions.answered')}</button>
    <button type="button" data-status="resolved">${h('actions.resolve')}</button>
  </fieldset>
</section>
</main>
</body>
</html>
`);
  });

  router.get('/console.js', (_req, res) => {
    secureHeaders(res);
    res.set('Cache-Control', 'no-cache');
    res.type('text/javascript; charset=utf-8').send(script);
  });

  router.get('/favicon.svg', (_req, res) => {
    secureHeaders(res);
    res.set('Cache-Control', 'max-age=86400');
    res.type('image/svg+xml').send(FAVICON);
  });

  router.get('/console.css', (_req, res) => {
    secureHeaders(res);
    res.set('Cache-Control', 'no-cache');
    res.type('text/css; charset=utf-8').send(stylesheet);
  });

  return router;
}
