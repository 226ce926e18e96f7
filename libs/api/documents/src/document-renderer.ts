import PDFDocument from 'pdfkit';
import { COMMON, fill, type DocumentLocale } from './document-words';

/** One piece of a document, in reading order. */
export type DocumentBlock =
  /** A section heading (H2), or a sub-heading (H3). */
  | { kind: 'heading'; text: string; level?: 2 | 3 }
  /** A labelled field: the label on its own line, the value below it, so a long value never runs into the next field. */
  | { kind: 'field'; label: string; value: string }
  | { kind: 'paragraph'; text: string; emphasis?: 'warning' | 'quiet' }
  /** A value to be copied exactly (a digest), in a fixed-width face. */
  | { kind: 'code'; label: string; value: string }
  | { kind: 'list'; label: string; items: readonly string[] }
  /** A chart drawn as vector graphics, tagged as a figure whose alternative text says what it shows. */
  | ChartBlock;

export interface ChartPoint { x: number; y: number }

/**
 * A line chart: dots for the measurements and straight lines (the aim line solid, the trend dashed). The axes'
 * labels are given already written (dates written out, values with their unit); x and y are plain numbers.
 */
export interface ChartBlock {
  kind: 'chart';
  /** The chart's heading (H3), kept on the chart's page. */
  title: string;
  alt: string;
  /** What the values count, above the vertical axis (a unit, a scale's meaning). */
  yCaption?: string;
  x: { min: number; max: number; labels: ReadonlyArray<{ at: number; text: string }> };
  y: { min: number; max: number; labels: ReadonlyArray<{ at: number; text: string }> };
  points: readonly ChartPoint[];
  lines: ReadonlyArray<{ from: ChartPoint; to: ChartPoint; style: 'solid' | 'dashed'; label: string }>;
  pointsLabel: string;
}

export interface DocumentSpec {
  title: string;
  /** A line under the title, e.g. the regulation the document answers to. */
  subtitle?: string;
  locale: DocumentLocale;
  /**
   * What each page's footer names, so a loose page is still known: the student, the version when there is one,
   * and what else tells this document from its siblings (a progress report's period).
   */
  running: { studentName: string; version?: number | null; part?: string | null };
  blocks: readonly DocumentBlock[];
}

const MARGIN = 54;
const FOOTER_GAP = 24;
const INK = '#111111';
const QUIET = '#333333';
const WARNING = '#8a1c1c';

/**
 * The one document renderer: the IEP, its signature certificate, prior written notices, meeting notices and what
 * the records export holds all go through it. It writes a tagged PDF (a structure tree with headings, paragraphs
 * and the document language, the footer marked as a pagination artifact), flows every block below the one before
 * (nothing is placed at a fixed spot, so nothing overlaps), and puts the student's name, the version and
 * "page n of m" on every page. PDF/UA proper needs embedded fonts, which the project does not ship: the standard
 * PDF fonts are used, so the file is tagged but does not claim PDF/UA conformance.
 */
export function renderDocument(spec: DocumentSpec): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_GAP },
      bufferPages: true,
      tagged: true,
      lang: spec.locale === 'es' ? 'es-US' : 'en-US',
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: `${spec.title}: ${spec.running.studentName}`, Producer: 'IEP Team', Creator: 'IEP Team', Subject: spec.subtitle ?? spec.title },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const root = doc.struct('Document');
    doc.addStructure(root);
    const width = doc.page.width - MARGIN * 2;
    const say = (text: string, type: string, font: string, size: number, color = INK, after = 0.2) => {
      doc.font(font).fontSize(size).fillColor(color).text(text, MARGIN, doc.y, { width, structParent: root, structType: type });
      doc.moveDown(after);
    };
    say(spec.title, 'H1', 'Helvetica-Bold', 18, INK, 0.1);
    say(spec.running.studentName, 'P', 'Helvetica', 12, INK, spec.subtitle ? 0.1 : 0.5);
    if (spec.subtitle) say(spec.subtitle, 'P', 'Helvetica', 10, QUIET, 0.5);
    for (const block of spec.blocks) {
      switch (block.kind) {
        case 'heading':
          doc.moveDown(0.4);
          say(block.text, block.level === 3 ? 'H3' : 'H2', 'Helvetica-Bold', block.level === 3 ? 12 : 14, INK, 0.2);
          break;
        case 'field':
          // Kept together: a label is never left alone at the foot of a page.
          if (doc.y + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
          say(block.label, 'P', 'Helvetica-Bold', 9, QUIET, 0);
          say(block.value, 'P', 'Helvetica', 11, INK, 0.35);
          break;
        case 'paragraph':
          say(block.text, 'P', block.emphasis ? 'Helvetica-Oblique' : 'Helvetica', block.emphasis === 'quiet' ? 9 : 11, block.emphasis === 'warning' ? WARNING : block.emphasis === 'quiet' ? QUIET : INK, 0.35);
          break;
        case 'code':
          say(block.label, 'P', 'Helvetica-Bold', 9, QUIET, 0);
          say(block.value, 'Code', 'Courier', 9, INK, 0.35);
          break;
        case 'list':
          say(block.label, 'P', 'Helvetica-Bold', 9, QUIET, 0);
          for (const item of block.items) say(`• ${item}`, 'LI', 'Helvetica', 11, INK, 0.1);
          doc.moveDown(0.25);
          break;
        case 'chart':
          drawChart(doc, block, root, width);
          break;
      }
    }
    root.end();
    footers(doc, spec);
    doc.end();
  });
}

const PLOT_HEIGHT = 150;
const Y_LABEL_WIDTH = 70;
const AXIS_GAP = 6;
const X_LABEL_HEIGHT = 16;
const LEGEND_INDENT = 26;
const LEGEND_GAP = 4;
const AIM_COLOUR = '#1f4e79';
const TREND_COLOUR = '#8a4b00';
const POINT_COLOUR = '#111111';

/**
 * The chart as a tagged figure: the plot, its axis labels and its legend drawn below the text before it, kept on
 * one page, with the figure's alternative text for a screen reader. Lines are clipped to the plot so that a trend
 * projected past the axes never runs over the labels.
 */
function drawChart(doc: PDFKit.PDFDocument, chart: ChartBlock, root: PDFKit.PDFStructureElement, width: number): void {
  const left = MARGIN + Y_LABEL_WIDTH + AXIS_GAP;
  const plotWidth = width - Y_LABEL_WIDTH - AXIS_GAP - 8;
  const legendWidth = plotWidth - LEGEND_INDENT;
  // A legend's words wrap within their column: each row is as tall as its text, measured before anything is drawn.
  doc.font('Helvetica').fontSize(8);
  const legend = [
    { text: chart.pointsLabel, line: null },
    ...chart.lines.map((line) => ({ text: line.label, line })),
  ].map((row) => ({ ...row, height: doc.heightOfString(row.text, { width: legendWidth }) + LEGEND_GAP }));
  const captionHeight = chart.yCaption ? doc.heightOfString(chart.yCaption, { width }) + 4 : 0;
  const height = captionHeight + PLOT_HEIGHT + AXIS_GAP + X_LABEL_HEIGHT + legend.reduce((sum, row) => sum + row.height, 0) + 8;
  // The heading goes with its chart: both move to the next page when the chart does not fit.
  doc.font('Helvetica-Bold').fontSize(12);
  const titleHeight = doc.heightOfString(chart.title, { width }) + 16;
  if (doc.y + titleHeight + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.4);
  doc.fillColor(INK).text(chart.title, MARGIN, doc.y, { width, structParent: root, structType: 'H3' });
  doc.moveDown(0.2);
  const captionTop = doc.y + 4;
  const top = captionTop + captionHeight;
  const bottom = top + PLOT_HEIGHT;
  const spanX = chart.x.max - chart.x.min || 1;
  const spanY = chart.y.max - chart.y.min || 1;
  const px = (x: number) => left + ((x - chart.x.min) / spanX) * plotWidth;
  const py = (y: number) => bottom - ((y - chart.y.min) / spanY) * PLOT_HEIGHT;
  const stroke = (style: 'solid' | 'dashed') => {
    doc.lineWidth(1.5).strokeColor(style === 'solid' ? AIM_COLOUR : TREND_COLOUR);
    if (style === 'dashed') doc.dash(5, { space: 3 });
  };
  // pdfkit writes a figure's layout box (bbox, placement) though its types leave them out.
  const figure = { alt: chart.alt, bbox: [MARGIN, captionTop, MARGIN + width, captionTop + height], placement: 'Block' } as PDFKit.Mixins.StructureElementOptions;
  root.add(doc.struct('Figure', figure, () => {
    if (chart.yCaption) doc.font('Helvetica').fontSize(8).fillColor(QUIET).text(chart.yCaption, MARGIN, captionTop, { width });
    doc.save().lineWidth(0.5).strokeColor('#999999');
    for (const label of chart.y.labels) doc.moveTo(left, py(label.at)).lineTo(left + plotWidth, py(label.at)).stroke();
    doc.restore();
    doc.save().lineWidth(1).strokeColor(INK).moveTo(left, top).lineTo(left, bottom).lineTo(left + plotWidth, bottom).stroke().restore();
    doc.save().rect(left, top, plotWidth, PLOT_HEIGHT).clip();
    for (const line of chart.lines) {
      doc.save();
      stroke(line.style);
      doc.moveTo(px(line.from.x), py(line.from.y)).lineTo(px(line.to.x), py(line.to.y)).stroke().undash().restore();
    }
    for (const point of chart.points) doc.circle(px(point.x), py(point.y), 2.5).fill(POINT_COLOUR);
    doc.restore();
    doc.font('Helvetica').fontSize(8).fillColor(QUIET);
    for (const label of chart.y.labels) {
      doc.text(label.text, MARGIN, py(label.at) - 4, { width: Y_LABEL_WIDTH, align: 'right', lineBreak: false, ellipsis: true, height: 9 });
    }
    const labelWidth = plotWidth / Math.max(chart.x.labels.length, 2);
    chart.x.labels.forEach((label, index) => {
      const first = index === 0;
      const last = index === chart.x.labels.length - 1 && !first;
      const x = first ? left : last ? left + plotWidth - labelWidth : px(label.at) - labelWidth / 2;
      doc.text(label.text, x, bottom + AXIS_GAP, { width: labelWidth, align: first ? 'left' : last ? 'right' : 'center', lineBreak: false, ellipsis: true, height: 9 });
    });
    let y = bottom + AXIS_GAP + X_LABEL_HEIGHT;
    for (const row of legend) {
      if (row.line) {
        doc.save();
        stroke(row.line.style);
        doc.moveTo(left, y + 4).lineTo(left + 20, y + 4).stroke().undash().restore();
      } else {
        doc.circle(left + 10, y + 4, 2.5).fill(POINT_COLOUR);
      }
      doc.fillColor(QUIET).text(row.text, left + LEGEND_INDENT, y, { width: legendWidth });
      y += row.height;
    }
  }));
  doc.x = MARGIN;
  doc.y = captionTop + height;
}

/** "Sofía Ramírez · Version 2 · Page 1 of 3" at the foot of every page, marked as an artifact for screen readers. */
function footers(doc: PDFKit.PDFDocument, spec: DocumentSpec): void {
  const words = COMMON[spec.locale];
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const parts = [spec.running.studentName];
    if (spec.running.version) parts.push(fill(words.version, { n: spec.running.version }));
    if (spec.running.part) parts.push(spec.running.part);
    parts.push(fill(words.page, { n: index - start + 1, total: count }));
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page; the margin is lifted for the footer alone.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('Helvetica').fontSize(9).fillColor(QUIET)
      .text(parts.join(' · '), MARGIN, doc.page.height - MARGIN, { width: doc.page.width - MARGIN * 2, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
