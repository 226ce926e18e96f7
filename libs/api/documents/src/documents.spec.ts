import { extractText, getDocumentProxy } from 'unpdf';
import { iepVersionDocument, signatureCertificateDocument } from './iep-documents';
import { meetingNoticeDocument, priorWrittenNoticeDocument } from './notice-documents';
import { progressReportDocument, type ProgressReportFacts } from './progress-report-documents';
import type { DocumentLocale } from './document-words';

interface TextBox { text: string; x: number; y: number; width: number; height: number }

/** Each page's text and the boxes of its text runs, as a PDF reader (pdf.js, through unpdf) finds them. */
async function readPdf(pdf: Buffer): Promise<{ pages: string[]; boxes: TextBox[][] }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  const boxes: TextBox[][] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    boxes.push(
      content.items
        .filter((item): item is typeof item & { str: string; transform: number[]; width: number; height: number } => 'str' in item && item.str.trim() !== '')
        .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height })),
    );
  }
  return { pages: text as string[], boxes };
}

/** Two runs of text overlap when their boxes share more than a sliver (half a point) in both directions. */
function overlaps(boxes: TextBox[]): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (x > 0.5 && y > 0.5) found.push([a.text, b.text]);
    }
  }
  return found;
}

/** Codes a family must never read: UPPER_SNAKE words and the plain codes of the IEP's fields. */
const RAW_CODE = /\b(?:[A-Z]{2,}_[A-Z_]+|DAILY|WEEKLY|MONTHLY|ANNUAL|INITIAL|AMENDMENT|GENERAL|ALTERNATE|ELIGIBLE|PARENT|CONSENT|DECLINE|SCHEDULED|RATE|TRIALS)\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

function inOrder(text: string, labels: readonly string[]): void {
  const positions = labels.map((label) => ({ label, at: text.indexOf(label) }));
  for (const p of positions) expect({ label: p.label, found: p.at >= 0 }).toEqual({ label: p.label, found: true });
  const sorted = [...positions].sort((a, b) => a.at - b.at).map((p) => p.label);
  expect(sorted).toEqual([...labels]);
}

const GOAL_ID = '00000000-0000-4000-8000-00000000a001';
const long = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(' ');
const VERSION = {
  number: 2,
  digest: 'a'.repeat(64),
  proposedOn: '2026-09-14',
  frozenAt: new Date('2026-09-14T15:00:00Z'),
  exceptedPartIds: new Set<string>(),
  content: {
    student: { firstName: 'Maya', lastName: 'Carter', dateOfBirth: '2017-04-12', grade: '3', school: 'Maple Elementary' },
    iep: { kind: 'ANNUAL' },
    district: { name: 'Riverbend Unified' },
    caseManager: { displayName: 'Case Manager' },
    // Stored out of the IEP's order on purpose: the document puts the parts in the IEP's order.
    parts: [
      {
        id: 'svc-1', kind: 'SERVICE', content: {
          goalIds: [GOAL_ID], endDate: '2027-06-10', startDate: '2026-09-21', frequency: 'DAILY', minutes: 30, category: 'SPECIAL_EDUCATION',
          location: 'Resource room', description: 'Reading instruction in a small group.', providerRole: 'Special education teacher',
        },
      },
      { id: 'concerns', kind: 'PARENT_CONCERNS', content: { vision: 'Reads for fun.', concerns: 'Reading at grade level.' } },
      {
        id: GOAL_ID, kind: 'GOAL', content: {
          area: 'Reading fluency', annualGoal: long('Maya will read a grade-level passage aloud at 90 words per minute with 95% accuracy.', 12),
          baseline: long('Reads 52 words per minute.', 10), target: '90 words per minute', criteria: '3 of 4 probes', measurementMethod: 'Weekly one-minute probes',
          reportingSchedule: 'With each report card', objectives: [{ id: 'o1', text: '70 words per minute by January' }],
          measure: { kind: 'RATE', baseline: 52, target: 90, targetDate: '2027-06-01', unit: 'words per minute', trials: null },
        },
      },
      { id: 'levels', kind: 'PRESENT_LEVELS', content: { academic: long('Maya decodes short words and stalls on multisyllabic words.', 20), functional: 'Follows routines.' } },
      { id: 'assess', kind: 'ASSESSMENT_PARTICIPATION', content: { stateAssessments: 'GENERAL_WITH_ACCOMMODATIONS', districtAssessments: 'GENERAL', alternateJustification: '' } },
      { id: 'esy', kind: 'EXTENDED_SCHOOL_YEAR', content: { decision: 'NOT_ELIGIBLE', rationale: 'No regression over breaks.' } },
      { id: 'place', kind: 'PLACEMENT', content: { setting: 'Regular class', percentOutsideRegularClass: 10, justification: 'Small-group reading.' } },
      { id: 'ride', kind: 'TRANSPORTATION', content: { specialTransportation: false, details: '' } },
    ],
  },
};

describe('the one document renderer', () => {
  it.each<[DocumentLocale, string[], string[]]>([
    ['en', [
      "Parent's concerns and vision", 'Concerns', 'Vision', 'Present levels of academic achievement', 'Measurable annual goal 1', 'Area', 'Annual goal',
      'Baseline', 'Target', 'Progress data', 'Criteria', 'How progress is measured', 'When progress is reported', 'Objectives', 'Service 1', 'Category',
      'Description', 'Provider', 'Minutes per session', 'Frequency', 'Location', 'Start date', 'End date', 'Goals supported',
      'Participation in state and district assessments', 'Placement and least restrictive environment', 'Transportation', 'Extended school year',
    ], ['Special education', 'Daily', '21 September 2026', '10 June 2027', 'Goal 1', 'Regular test with accommodations', 'Rate: from 52 words per minute to 90 words per minute by 1 June 2027', '10%', 'Not eligible for extended school year services', 'Annual review', '12 April 2017']],
    ['es', [
      'Inquietudes y visión de la familia', 'Niveles actuales', 'Meta anual medible 1', 'Meta anual', 'Punto de partida', 'Objetivo', 'Datos de progreso',
      'Servicio 1', 'Categoría', 'Minutos por sesión', 'Frecuencia', 'Fecha de inicio', 'Fecha de fin', 'Metas que apoya', 'Ubicación y entorno menos restrictivo',
    ], ['Educación especial', 'Diaria', '21 de septiembre de 2026', '10 de junio de 2027', 'Meta 1', 'Prueba regular con adaptaciones', 'Revisión anual']],
  ])('writes the IEP (%s) in its order, in words, with dates written out, a footer on every page, and no overlapping text', async (locale, order, words) => {
    const pdf = await iepVersionDocument(VERSION, locale);
    const { pages, boxes } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join('\n');
    inOrder(text, order);
    for (const word of words) expect(text).toContain(word);
    expect(text).not.toMatch(RAW_CODE);
    expect(text).not.toMatch(ISO_DATE);
    pages.forEach((page, index) => {
      const footer = locale === 'es' ? `Maya Carter · Versión 2 · Página ${index + 1} de ${pages.length}` : `Maya Carter · Version 2 · Page ${index + 1} of ${pages.length}`;
      expect(page).toContain(footer);
    });
    for (const page of boxes) expect(overlaps(page)).toEqual([]);
    // Tagged: a structure tree, marked content and the document's language.
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toContain('/Marked true');
    expect(raw).toContain(locale === 'es' ? '/Lang (es-US)' : '/Lang (en-US)');
  });

  it('writes the signature certificate with roles, purposes and decisions in words and every time written out', async () => {
    const pdf = await signatureCertificateDocument(VERSION, {
      signatures: [{
        purpose: 'PARENT_DECISION', signerName: 'Alex Carter', signerRole: 'PARENT', typedName: 'Alex Carter', intentStatement: 'I consent.',
        signedAt: new Date('2026-09-20T18:30:00Z'), ip: '203.0.113.5', userAgent: 'Browser', digest: 'a'.repeat(64), disclosureVersion: '2026-01',
      }],
      events: [{ at: new Date('2026-09-20T18:30:00Z'), kind: 'CONSENT_WITH_EXCEPTIONS', by: 'Alex Carter', version: 2, effectiveOn: '2026-09-21', reasons: ['Transportation'] }],
      intact: true, generatedAt: new Date('2026-10-01T12:00:00Z'), timeZone: 'America/Chicago',
    }, 'en');
    const { pages, boxes } = await readPdf(pdf);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    inOrder(text, ['Integrity', 'Signatures', 'Alex Carter, Parent', 'Purpose', 'Parent decision', 'Signed on', '20 September 2026', 'Timeline', 'Consent with exceptions']);
    expect(text).toContain('in effect from 21 September 2026');
    expect(text).not.toMatch(RAW_CODE);
    expect(text).not.toMatch(ISO_DATE);
    pages.forEach((page, index) => expect(page).toContain(`Maya Carter · Version 2 · Page ${index + 1} of ${pages.length}`));
    for (const page of boxes) expect(overlaps(page)).toEqual([]);
  });

  it('writes a prior written notice with its seven elements in the order of 300.503(b), and a meeting notice, in the reader’s language', async () => {
    const elements = ['actionDescription', 'explanation', 'evaluationBasis', 'proceduralSafeguards', 'sourcesForAssistance', 'optionsConsidered', 'otherFactors']
      .map((key) => [key, long(`The text of ${key}.`, 8)] as const);
    const notice = await readPdf(await priorWrittenNoticeDocument({ studentName: 'Sofía Ramírez', districtName: 'Riverbend Unified', sentAt: new Date('2026-10-02T15:00:00Z'), elements }, 'es'));
    const noticeText = notice.pages.join('\n');
    inOrder(noticeText, ['Aviso previo por escrito', '1. La acción', '2. Por qué', '3. Evaluaciones', '4. Sus garantías', '5. Dónde obtener ayuda', '6. Otras opciones', '7. Otros factores']);
    expect(noticeText).toContain('2 de octubre de 2026');
    expect(noticeText).not.toMatch(ISO_DATE);
    notice.pages.forEach((page, index) => expect(page).toContain(`Sofía Ramírez · Página ${index + 1} de ${notice.pages.length}`));
    for (const page of notice.boxes) expect(overlaps(page)).toEqual([]);

    const meeting = await readPdf(await meetingNoticeDocument({
      studentName: 'Sofía Ramírez', purpose: 'ANNUAL_REVIEW', startsAt: new Date('2026-10-20T20:30:00Z'), timeZone: 'America/Chicago', durationMinutes: 60,
      location: 'Cedar Ridge, room 114', callIn: null, noticeSentAt: new Date('2026-10-05T15:00:00Z'), status: 'SCHEDULED', invited: ['Lucía Ramírez', 'Tomás Herrera'],
    }, 'es'));
    const meetingText = meeting.pages.join('\n');
    inOrder(meetingText, ['Aviso de reunión del IEP', 'Propósito', 'Revisión anual', 'Cuándo', '20 de octubre de 2026', 'Duración', '60 minutos', 'Dónde', 'Invitados', 'Lucía Ramírez']);
    expect(meetingText).not.toMatch(RAW_CODE);
    expect(meetingText).not.toMatch(ISO_DATE);
    for (const page of meeting.boxes) expect(overlaps(page)).toEqual([]);
  });

  describe('the progress report', () => {
    const points = ['2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']
      .map((observedOn, index) => ({ observedOn, value: 52 + index * 2 }));
    const REPORT: ProgressReportFacts = {
      studentName: 'Maya Carter', districtName: 'Riverbend Unified', period: { name: 'Fall report card', firstDay: '2026-09-01', lastDay: '2026-11-20' },
      sentAt: new Date('2026-11-20T16:00:00Z'), sentBy: 'Case Manager', digest: 'b'.repeat(64), timeZone: 'America/Chicago',
      goals: [
        {
          // Given out of order on purpose: the document follows the IEP's order.
          position: 5, area: 'Math facts', annualGoal: 'Maya will solve single-digit addition facts.', code: 'NOT_YET_ADDRESSED', narrative: '',
          measure: { kind: 'TRIALS', baseline: 3, target: 9, targetDate: '2027-06-01', unit: '', trials: 10 }, aimStartDate: '2026-09-21',
          points: [], trend: null, flags: [],
        },
        {
          position: 2, area: 'Reading fluency', annualGoal: long('Maya will read a grade-level passage aloud at 90 words per minute.', 4), code: 'INSUFFICIENT_PROGRESS',
          narrative: long('Maya reads more fluently each week but not yet at the pace the goal needs.', 6),
          measure: { kind: 'RATE', baseline: 52, target: 90, targetDate: '2027-06-01', unit: 'words per minute', trials: null }, aimStartDate: '2026-09-21',
          points, trend: { slopePerWeek: 2, projectedAtTargetDate: 118, fromDate: '2026-09-28', fromValue: 54, toDate: '2026-11-16', toValue: 68, pointsUsed: 8 },
          flags: [{ rule: 'FOUR_SHORT_OF_AIM' }],
        },
        {
          position: 9, area: 'Self-advocacy', annualGoal: 'Maya will ask for a break when she needs one.', code: 'GOAL_MET', narrative: 'Asks every time.',
          measure: null, aimStartDate: null, points: [], trend: null, flags: [],
        },
      ],
    };

    it.each<[DocumentLocale, string[], string[]]>([
      ['en', [
        'Progress report', 'Reporting period', 'Fall report card', 'Dates', '1 September 2026 to 20 November 2026', 'Sent on', 'Sent by',
        'Goal 1: Reading fluency', 'Annual goal', 'Not making enough progress to meet the goal', 'What the team says', 'How it is measured',
        'Rate: from 52 words per minute to 90 words per minute by 1 June 2027', 'Latest measurement', '68 words per minute on 16 November 2026', 'Trend',
        'Alerts', 'Progress is slower than planned', 'Chart', 'Aim line', 'Trend line', 'least squares through the last 8 measurements', 'Measurements',
        '21 September 2026: 52 words per minute', 'Goal 2: Math facts', 'Not worked on yet', 'Goal 3: Self-advocacy', 'Goal met', 'This goal has no measure yet',
      ], ['Changing by +2 words per minute a week', '3 of 10 trials']],
      ['es', [
        'Informe de progreso', 'Período de informe', 'Del 1 de septiembre de 2026 al 20 de noviembre de 2026', 'Meta 1: Reading fluency',
        'No progresa lo suficiente para alcanzar la meta', 'Lo que dice el equipo', 'Cómo se mide', 'Última medición', '68 words per minute el 16 de noviembre de 2026',
        'Tendencia', 'Alertas', 'El progreso es más lento de lo previsto', 'Gráfica', 'Línea de meta', 'mínimos cuadrados', 'Meta 2: Math facts',
        'Todavía no se ha trabajado', 'Meta 3: Self-advocacy', 'Meta alcanzada',
      ], ['Tasa por unidad de tiempo', '3 de 10 ensayos']],
    ])('writes the report (%s) goal by goal: codes in words, data, the chart as a tagged figure, the footer on every page, nothing overlapping', async (locale, order, words) => {
      const pdf = await progressReportDocument(REPORT, locale);
      const { pages, boxes } = await readPdf(pdf);
      expect(pages.length).toBeGreaterThan(1);
      const text = pages.join('\n').replace(/\s+/g, ' ');
      inOrder(text, order);
      for (const word of words) expect(text).toContain(word);
      expect(text).not.toMatch(RAW_CODE);
      expect(text).not.toMatch(/\b(?:GOAL_MET|NOT_YET_ADDRESSED|INSUFFICIENT_PROGRESS|SUFFICIENT_PROGRESS|DISCONTINUED|FOUR_SHORT_OF_AIM|TRIALS)\b/);
      expect(text).not.toMatch(ISO_DATE);
      pages.forEach((page, index) => {
        const footer = locale === 'es' ? `Maya Carter · Fall report card · Página ${index + 1} de ${pages.length}` : `Maya Carter · Fall report card · Page ${index + 1} of ${pages.length}`;
        expect(page).toContain(footer);
      });
      for (const page of boxes) expect(overlaps(page)).toEqual([]);
      // Each chart's heading is on the page of its chart (its legend's first line), never left alone at a page's foot.
      const [title, legend] = locale === 'es' ? ['Gráfica', 'Cada punto es una medición'] : ['Chart', 'Each dot is a measurement'];
      const perPage = pages.map((page) => [page.split(title).length - 1, page.split(legend).length - 1]);
      for (const [titles, legends] of perPage) expect(titles).toBe(legends);
      expect(perPage.reduce((sum, [titles]) => sum + titles!, 0)).toBe(2);
      const raw = pdf.toString('latin1');
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toContain('/S /Figure');
      // Each chart is a figure with its alternative text (in UTF-16 when it holds an accent).
      expect(raw.match(/\/S \/Figure\n\/Alt /g)).toHaveLength(2);
      if (locale === 'en') expect(raw).toContain('/Alt (Chart of goal 1: 9 measurements from 21 September 2026 to 16 November 2026');
      expect(raw).toContain(locale === 'es' ? '/Lang (es-US)' : '/Lang (en-US)');
    });
  });
});
