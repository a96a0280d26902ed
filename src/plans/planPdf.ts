/**
 * The printable plan as a PDF, built with pdfkit. Japanese, German and English text all use Noto Sans JP (its Latin
 * part covers umlauts and ß), read from the npm package `@expo-google-fonts/noto-sans-jp` (SIL Open Font License) —
 * no font is downloaded; pdfkit embeds only the glyphs used.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { PlanView } from '../replies/reply';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The font files, read once (about 5 MB each). */
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= { regular: fs.readFileSync(require.resolve(FONT_FILES.regular)), bold: fs.readFileSync(require.resolve(FONT_FILES.bold)) };
  return fonts;
}

/**
 * Renders the plan on A4 pages: title, progress, numbered steps with their details and sources.
 * @returns the PDF bytes.
 * @example
 * const pdf = await planPdf(view, 'ja', 'kakehashi から印刷（2026年11月29日）');
 */
export async function planPdf(view: PlanView, language: string, generatedLabel: string): Promise<Buffer> {
  // Loaded on first use: most processes never print, and start-up stays lean.
  const { default: PDFDocument } = await import('pdfkit');
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 50, lang: language, info: { Title: view.title, Creator: 'kakehashi' }, displayTitle: true });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(18).text(view.title);
  doc.font('regular').fontSize(10).fillColor('#555555').text(`${view.progressLabel} · ${generatedLabel}`).moveDown();
  for (const step of view.steps) {
    doc.fillColor('#000000').font('bold').fontSize(12).text(`${step.number}. ${step.done ? '✓ ' : ''}${step.title}${step.done ? ` (${view.labels.done})` : ''}`);
    doc.font('regular').fontSize(10);
    for (const detail of step.details) doc.text(`${detail.label}: ${detail.text}`, { indent: 14 });
    if (step.sources.length > 0) {
      const checked = step.checkedLabel ? ` (${step.checkedLabel})` : '';
      doc.fillColor('#444444').fontSize(8).text(`${view.labels.sources}${checked}:`, { indent: 14 });
      for (const source of step.sources) doc.fillColor('#1a56db').text(`${source.title} – ${source.url}`, { indent: 20, link: source.url });
    }
    doc.moveDown(0.8);
  }
  doc.end();
  return done;
}
