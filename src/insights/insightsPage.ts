/**
 * `GET /staff/insights`: the insights page for office staff, in the console's language. Charts are drawn by
 * Chart.js (its UMD bundle from `node_modules/chart.js`, served here: no CDN, CSP `'self'`). The page reads the
 * staff session the console stored and calls `/staff/api/insights`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import type { i18n } from 'i18next';
import { negotiateConsoleLanguage } from '../escalation/staff/consoleLanguage';
import { secureHeaders, staffPageHead } from '../escalation/staff/staffConsole';
import { escapeHtml } from '../http/htmlSafety';
import { MENU_TOPICS } from '../conversation/answering';

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const require = createRequire(import.meta.url);


/**
 * @example
 * app.use('/staff/insights', insightsPageRouter({ i18n }));
 */
export function insightsPageRouter(options: { i18n: i18n }): Router {
  const router = Router();
  const script = fs.readFileSync(path.join(publicDir, 'insights.js'), 'utf8');
  const stylesheet = fs.readFileSync(path.join(publicDir, 'insights.css'), 'utf8');
  // chart.js's `exports` do not list the UMD bundle; it sits beside the CommonJS entry in dist/.
  const chartJs = fs.readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');

  router.get('/', (req, res) => {
    const { language } = negotiateConsoleLanguage(req.query.lang, req.get('accept-language'));
    const t = options.i18n.getFixedT(language, 'insights');
    const tt = options.i18n.getFixedT(language);
    const strings = {
      ...(options.i18n.getResourceBundle(language, 'insights') as object),
      topics: Object.fromEntries([...MENU_TOPICS, 'residence', 'daily-life'].map((topic) => [topic, tt(`topics.${topic}`, { defaultValue: topic })])),
      languageNames: tt('language.names', { returnObjects: true }),
    };
    const h = (key: string) => escapeHtml(t(key));
    secureHeaders(res);
    res.set('Cache-Control', 'no-store');
    res.type('html').send(`${staffPageHead({
      language, title: t('title'), stylesheet: '/staff/insights/insights.css', stringsId: 'insights-strings', strings,
      scripts: ['/staff/insights/chart.umd.min.js', '/staff/insights/insights.js'],
    })}
<body data-language="${language}">
<header class="top"><h1>${h('title')}</h1><a href="/staff">${h('toConsole')}</a></header>
<p id="status" role="status" aria-live="polite">${h('loading')}</p>
<p id="sign-in" hidden>${h('signIn')} <a href="/staff">${h('signInLink')}</a></p>
<main id="insights" hidden>
  <div class="toolbar">
    <label for="window">${h('window')}</label>
    <select id="window"><option value="7"></option><option value="30" selected></option><option value="90"></option></select>
    <span id="scope" class="muted"></span>
  </div>
  <dl id="summary" class="summary"></dl>
  <section class="chart wide"><h2>${h('charts.perDay')}</h2><canvas id="chart-per-day" role="img" aria-label="${h('charts.perDay')}"></canvas><button type="button" data-csv="questions">${h('csv')}</button></section>
  <section class="chart"><h2>${h('charts.topic')}</h2><canvas id="chart-topic" role="img" aria-label="${h('charts.topic')}"></canvas><button type="button" data-csv="topics">${h('csv')}</button></section>
  <section class="chart"><h2>${h('charts.region')}</h2><canvas id="chart-region" role="img" aria-label="${h('charts.region')}"></canvas><button type="button" data-csv="regions">${h('csv')}</button></section>
  <section class="chart"><h2>${h('charts.language')}</h2><canvas id="chart-language" role="img" aria-label="${h('charts.language')}"></canvas><button type="button" data-csv="languages">${h('csv')}</button></section>
  <section class="chart"><h2>${h('charts.channel')}</h2><canvas id="chart-channel" role="img" aria-label="${h('charts.channel')}"></canvas><button type="button" data-csv="channels">${h('csv')}</button></section>
  <section class="chart"><h2>${h('charts.cases')}</h2><canvas id="chart-cases" role="img" aria-label="${h('charts.cases')}"></canvas><button type="button" data-csv="cases">${h('csv')}</button> <button type="button" data-csv="first-reply">${h('summary.firstReplyMedian')} (CSV)</button></section>
  <section class="chart"><h2>${h('charts.satisfaction')}</h2><canvas id="chart-satisfaction" role="img" aria-label="${h('charts.satisfaction')}"></canvas><button type="button" data-csv="satisfaction">${h('csv')}</button></section>
  <section class="wide">
    <h2>${h('unanswered.heading')}</h2>
    <p class="muted">${h('unanswered.intro')}</p>
    <button type="button" data-csv="unanswered">${h('csv')}</button>
    <table id="unanswered">
      <thead><tr><th scope="col">${h('unanswered.count')}</th><th scope="col">${h('unanswered.question')}</th><th scope="col">${h('unanswered.similar')}</th><th scope="col">${h('unanswered.languages')}</th><th scope="col">${h('unanswered.regions')}</th><th scope="col">${h('unanswered.closest')}</th></tr></thead>
      <tbody></tbody>
    </table>
    <p id="unanswered-empty" hidden>${h('unanswered.empty')}</p>
  </section>
</main>
</body>
</html>
`);
  });

  const asset = (file: string, type: string, body: string, cache: string) =>
    router.get(`/${file}`, (_req, res) => {
      secureHeaders(res);
      res.set('Cache-Control', cache);
      res.type(type).send(body);
    });
  asset('insights.js', 'text/javascript; charset=utf-8', script, 'no-cache');
  asset('insights.css', 'text/css; charset=utf-8', stylesheet, 'no-cache');
  asset('chart.umd.min.js', 'text/javascript; charset=utf-8', chartJs, 'max-age=86400');
  return router;
}
