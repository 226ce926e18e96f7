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
  | { kind: 'list'; label: string; items: readonly string[] };

export interface DocumentSpec {
  title: string;
  /** A line under the title, e.g. the regulation the document answers to. */
  subtitle?: string;
  locale: DocumentLocale;
  /** What each page's footer names, so a loose page is still known: the student, the version when there is one. */
  running: { studentName: string; version?: number | null };
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
      }
    }
    root.end();
    footers(doc, spec);
    doc.end();
  });
}

/** "Sofía Ramírez · Version 2 · Page 1 of 3" at the foot of every page, marked as an artifact for screen readers. */
function footers(doc: PDFKit.PDFDocument, spec: DocumentSpec): void {
  const words = COMMON[spec.locale];
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const parts = [spec.running.studentName];
    if (spec.running.version) parts.push(fill(words.version, { n: spec.running.version }));
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
