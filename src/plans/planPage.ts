/**
 * The printable plan behind a signed, short-lived link: `GET /plans/<token>` renders the user's saved plan in the
 * language of the link as a plain HTML page with print styles (numbered steps, details, sources, done marks);
 * `GET /plans/<token>.pdf` is the same as a PDF (pdfkit, Noto Sans JP from npm).
 * A forged or malformed token gets 404, an expired one 410, both with a short page in the link's language.
 */
import { Router, type Request, type Response } from 'express';
import type { Storage } from 'botbuilder';
import type { i18n } from 'i18next';
import { escapeHtml } from '../http/htmlSafety';
import { userStateKey } from '../conversation/stateKeys';
import type { UserProfile } from '../conversation/userRecords';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from '../i18n/i18n';
import type { KnowledgeBase } from '../knowledge';
import type { PlanView } from '../replies/reply';
import type { PlanCatalog } from './planCatalog';
import { formatDate } from './planDeadlines';
import type { PlanLinks } from './planLinks';
import { buildPlanView } from './planView';
import { savedPlanOf } from './savedPlan';
import { isoDate } from './slotAnswers';
import { planPdf } from './planPdf';

export interface PlanPageDeps {
  links: PlanLinks;
  storage: Storage;
  catalog: PlanCatalog;
  knowledge: Pick<KnowledgeBase, 'byId'>;
  i18n: i18n;
  clock?: () => Date;
}

const CSS = `body{font-family:system-ui,"Noto Sans JP","Hiragino Sans","Yu Gothic",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}
h1{font-size:1.5rem}ol{padding-left:1.5rem}li{margin:0 0 1rem;break-inside:avoid}li.done .title{text-decoration:line-through;color:#555}
.title{font-weight:600}dl{margin:.25rem 0;display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem}dt{color:#555}dd{margin:0}
.sources{font-size:.85rem;color:#333}.sources a{color:#1a56db;word-break:break-all}
@media print{a{color:#000}body{margin:0}}`;

function page(language: string, title: string, body: string): string {
  return `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>${body}</body></html>`;
}

/** The plan as HTML (exported for golden tests). */
export function planHtml(view: PlanView, language: string, labels: { print: string; generated: string; pdfUrl?: string }): string {
  const steps = view.steps.map((step) => {
    const details = step.details.map((detail) => `<dt>${escapeHtml(detail.label)}</dt><dd>${escapeHtml(detail.text)}</dd>`).join('');
    const sources = step.sources.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.title)}</a>`).join(' · ');
    const checked = step.checkedLabel ? ` (${escapeHtml(step.checkedLabel)})` : '';
    const mark = step.done ? `✅ ` : '☐ ';
    return `<li class="${step.done ? 'done' : 'open'}"><div class="title">${mark}${escapeHtml(step.title)}</div>${details ? `<dl>${details}</dl>` : ''}${sources ? `<div class="sources">${escapeHtml(view.labels.sources)}${checked}: ${sources}</div>` : ''}</li>`;
  }).join('');
  const body = `<h1>${escapeHtml(view.title)}</h1><p>${escapeHtml(view.progressLabel)} · ${escapeHtml(labels.generated)}${labels.pdfUrl ? ` · <a href="${escapeHtml(labels.pdfUrl)}" download>PDF</a>` : ''}</p><ol>${steps}</ol>`;
  return page(language, view.title, body);
}

export function planPageRouter(deps: PlanPageDeps): Router {
  const router = Router();
  const clock = deps.clock ?? (() => new Date());
  router.get('/plans/:token', async (req: Request, res: Response) => {
    const asPdf = String(req.params.token).endsWith('.pdf');
    const token = String(req.params.token).replace(/\.pdf$/, '');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    res.setHeader('Referrer-Policy', 'no-referrer');
    const claims = deps.links.verify(token);
    const fallbackT = deps.i18n.getFixedT(req.acceptsLanguages([...SUPPORTED_LANGUAGES]) || 'en');
    if (claims === 'invalid' || claims === 'expired') {
      const status = claims === 'expired' ? 410 : 404;
      res.status(status).type('html').send(page('en', fallbackT(`plans.page.${claims}`), `<p>${escapeHtml(fallbackT(`plans.page.${claims}`))}</p>`));
      return;
    }
    const language = isSupportedLanguage(claims.language) ? claims.language : 'en';
    const t = deps.i18n.getFixedT(language);
    const key = userStateKey(claims.channelId, claims.userId);
    const profile = ((await deps.storage.read([key]))[key] as { profile?: UserProfile } | undefined)?.profile;
    const saved = profile ? savedPlanOf(profile, claims.planId) : undefined;
    const plan = deps.catalog.byId(claims.planId);
    if (!saved || !plan) {
      res.status(404).type('html').send(page(language, t('plans.page.invalid'), `<p>${escapeHtml(t('plans.page.invalid'))}</p>`));
      return;
    }
    const view = buildPlanView({ plan, saved, knowledge: deps.knowledge, t, language });
    const generated = t('plans.page.generated', { date: formatDate(isoDate(clock()), language) });
    if (asPdf) {
      res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${plan.id}.pdf"`);
      res.send(await planPdf(view, language, generated));
      return;
    }
    res.type('html').send(planHtml(view, language, { print: t('plans.page.print'), generated, pdfUrl: `${token}.pdf` }));
  });
  return router;
}
