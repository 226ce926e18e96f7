import PDFDocument from 'pdfkit';
import { IepPartKind } from '@iep/domain/iep-content';
import type { SignoffLocale } from './esign-texts';
import type { FrozenPart } from './iep-lifecycle.service';
import { partName } from './prior-written-notice-drafts';

type Words = Record<string, string>;

const LABELS: Record<SignoffLocale, Words> = {
  en: {
    title: 'Individualized Education Program', certificate: 'Signature certificate', student: 'Student', dateOfBirth: 'Date of birth',
    grade: 'Grade', school: 'School', district: 'District', caseManager: 'Case manager', kind: 'IEP type', version: 'Version',
    proposedOn: 'Proposed on', frozenAt: 'Frozen at', digest: 'SHA-256 digest of this version', excepted: 'Not in force: the parent did not consent to this item.',
    INITIAL: 'Initial IEP', ANNUAL: 'Annual review', AMENDMENT: 'Amendment', signers: 'Signatures', timeline: 'Timeline', none: 'None yet.',
    signedAt: 'Signed at', typedName: 'Typed name', role: 'Role', purpose: 'Purpose', statement: 'Statement of intent', ip: 'IP address',
    userAgent: 'Browser', consent: 'Electronic records disclosure', signedDigest: 'Digest signed', matches: 'matches this version',
    differs: 'DOES NOT MATCH this version', PARENT_DECISION: 'Parent decision', ATTENDANCE: 'Meeting attendance', intact: 'Integrity',
    intactYes: 'The stored content still has the digest above: the document is intact.', intactNo: 'The stored record no longer matches the digest above or its seal: the document was altered.',
    PROPOSED: 'Proposed', REVIEWED: 'Marked as reviewed (not consent)', CONSENT: 'Consent', CONSENT_WITH_EXCEPTIONS: 'Consent with exceptions',
    DECLINE: 'Declined', WITHDRAWN: 'Withdrawn by the team', TOOK_EFFECT_AFTER_NOTICE: 'Took effect after notice', effectiveOn: 'in effect from',
    reasons: 'Reasons', page: 'Page', yes: 'Yes', no: 'No', empty: '—', generated: 'Generated',
  },
  es: {
    title: 'Programa de Educación Individualizado', certificate: 'Certificado de firmas', student: 'Estudiante', dateOfBirth: 'Fecha de nacimiento',
    grade: 'Grado', school: 'Escuela', district: 'Distrito', caseManager: 'Coordinador del caso', kind: 'Tipo de IEP', version: 'Versión',
    proposedOn: 'Propuesto el', frozenAt: 'Congelado el', digest: 'Huella SHA-256 de esta versión', excepted: 'No está en vigor: la familia no dio su consentimiento a este punto.',
    INITIAL: 'IEP inicial', ANNUAL: 'Revisión anual', AMENDMENT: 'Enmienda', signers: 'Firmas', timeline: 'Cronología', none: 'Ninguna todavía.',
    signedAt: 'Firmado el', typedName: 'Nombre escrito', role: 'Rol', purpose: 'Propósito', statement: 'Declaración de intención', ip: 'Dirección IP',
    userAgent: 'Navegador', consent: 'Aviso sobre documentos electrónicos', signedDigest: 'Huella firmada', matches: 'coincide con esta versión',
    differs: 'NO COINCIDE con esta versión', PARENT_DECISION: 'Decisión de la familia', ATTENDANCE: 'Asistencia a la reunión', intact: 'Integridad',
    intactYes: 'El contenido guardado conserva la huella indicada: el documento está intacto.', intactNo: 'El registro guardado ya no coincide con la huella indicada o con su sello: el documento fue alterado.',
    PROPOSED: 'Propuesto', REVIEWED: 'Marcado como revisado (no es consentimiento)', CONSENT: 'Consentimiento', CONSENT_WITH_EXCEPTIONS: 'Consentimiento con excepciones',
    DECLINE: 'No dio su consentimiento', WITHDRAWN: 'Retirado por el equipo', TOOK_EFFECT_AFTER_NOTICE: 'En vigor tras el aviso', effectiveOn: 'en vigor desde',
    reasons: 'Razones', page: 'Página', yes: 'Sí', no: 'No', empty: '—', generated: 'Generado',
  },
};

const FIELD_LABELS: Record<SignoffLocale, Words> = {
  en: {
    concerns: 'Concerns', vision: 'Vision', academic: 'Academic achievement', functional: 'Functional performance', area: 'Area',
    annualGoal: 'Annual goal', baseline: 'Baseline', target: 'Target', criteria: 'Criteria', measurementMethod: 'How progress is measured',
    reportingSchedule: 'When progress is reported', objectives: 'Objectives', category: 'Category', description: 'Description',
    providerRole: 'Provider', minutes: 'Minutes', frequency: 'Frequency', location: 'Location', startDate: 'Start', endDate: 'End',
    goalIds: 'Goals supported', instructional: 'Instructional', testing: 'Testing', stateAssessments: 'State assessments',
    districtAssessments: 'District assessments', alternateJustification: 'Why an alternate assessment', setting: 'Setting',
    percentOutsideRegularClass: '% of time outside the regular class', justification: 'Justification',
    specialTransportation: 'Special transportation', details: 'Details', decision: 'Decision', rationale: 'Rationale',
    postsecondaryEducation: 'Postsecondary education', employment: 'Employment', independentLiving: 'Independent living',
    transitionServices: 'Transition services', courseOfStudy: 'Course of study', ageAppropriateAssessments: 'Age-appropriate assessments', rightsTransferStatement: 'Transfer of rights at the age of majority',
  },
  es: {
    concerns: 'Inquietudes', vision: 'Visión', academic: 'Rendimiento académico', functional: 'Desempeño funcional', area: 'Área',
    annualGoal: 'Meta anual', baseline: 'Punto de partida', target: 'Objetivo', criteria: 'Criterios', measurementMethod: 'Cómo se mide el progreso',
    reportingSchedule: 'Cuándo se informa el progreso', objectives: 'Objetivos parciales', category: 'Categoría', description: 'Descripción',
    providerRole: 'Proveedor', minutes: 'Minutos', frequency: 'Frecuencia', location: 'Lugar', startDate: 'Inicio', endDate: 'Fin',
    goalIds: 'Metas que apoya', instructional: 'En clase', testing: 'En exámenes', stateAssessments: 'Evaluaciones estatales',
    districtAssessments: 'Evaluaciones del distrito', alternateJustification: 'Por qué una evaluación alternativa', setting: 'Entorno',
    percentOutsideRegularClass: '% del tiempo fuera de la clase regular', justification: 'Justificación',
    specialTransportation: 'Transporte especial', details: 'Detalles', decision: 'Decisión', rationale: 'Razonamiento',
    postsecondaryEducation: 'Educación postsecundaria', employment: 'Empleo', independentLiving: 'Vida independiente',
    transitionServices: 'Servicios de transición', courseOfStudy: 'Plan de estudios', ageAppropriateAssessments: 'Evaluaciones apropiadas para la edad', rightsTransferStatement: 'Transferencia de derechos a la mayoría de edad',
  },
};

const SECTION_TITLES: Record<SignoffLocale, Partial<Record<IepPartKind, string>>> = {
  en: { [IepPartKind.Goal]: 'Measurable annual goal', [IepPartKind.Service]: 'Service' },
  es: { [IepPartKind.Goal]: 'Meta anual medible', [IepPartKind.Service]: 'Servicio' },
};

export interface PdfVersion {
  number: number;
  digest: string;
  proposedOn: string;
  frozenAt: Date;
  content: Record<string, unknown>;
  exceptedPartIds: ReadonlySet<string>;
}

export interface PdfSignature {
  purpose: string;
  signerName: string;
  signerRole: string;
  typedName: string;
  intentStatement: string;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  digest: string | null;
  disclosureVersion: string;
}

export interface PdfEvent {
  at: Date;
  kind: string;
  by: string | null;
  version: number;
  effectiveOn: string | null;
  reasons: string[];
}

function render(build: (doc: PDFKit.PDFDocument) => void, title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: title, Producer: 'IEP Team', Creator: 'IEP Team' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

function text(value: unknown, words: Words, labels: Words): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    return value.map((item) => (item && typeof item === 'object' ? Object.entries(item).filter(([k]) => k !== 'id').map(([, v]) => text(v, words, labels)).join(' ') : String(item))).join('\n');
  }
  return String(value);
}

function heading(doc: PDFKit.PDFDocument, title: string, size = 13): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('#000').text(title).moveDown(0.2);
}

function row(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true }).font('Helvetica').text(value);
}

function digestLine(doc: PDFKit.PDFDocument, label: string, digest: string): void {
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(9).text(label);
  doc.font('Courier').fontSize(8).text(digest);
}

function header(doc: PDFKit.PDFDocument, version: PdfVersion, words: Words, title: string): void {
  const student = (version.content.student ?? {}) as Record<string, string>;
  const iep = (version.content.iep ?? {}) as Record<string, string>;
  const district = (version.content.district ?? {}) as Record<string, string>;
  const caseManager = (version.content.caseManager ?? {}) as Record<string, string>;
  doc.font('Helvetica-Bold').fontSize(18).text(title);
  doc.font('Helvetica').fontSize(12).text(`${student.firstName ?? ''} ${student.lastName ?? ''}`.trim()).moveDown(0.4);
  row(doc, words.dateOfBirth, student.dateOfBirth ?? words.empty);
  row(doc, words.grade, student.grade ?? words.empty);
  row(doc, words.school, student.school ?? words.empty);
  row(doc, words.district, district.name ?? words.empty);
  row(doc, words.caseManager, caseManager.displayName ?? words.empty);
  row(doc, words.kind, words[iep.kind] ?? iep.kind ?? words.empty);
  row(doc, words.version, String(version.number));
  row(doc, words.proposedOn, version.proposedOn);
  digestLine(doc, words.digest, version.digest);
}

/** The frozen version as a document, labelled in the reader's language; the content is as written. */
export function iepVersionPdf(version: PdfVersion, locale: SignoffLocale): Promise<Buffer> {
  const words = LABELS[locale];
  const labels = FIELD_LABELS[locale];
  const parts = (Array.isArray(version.content.parts) ? version.content.parts : []) as FrozenPart[];
  return render((doc) => {
    header(doc, version, words, words.title);
    const counters = new Map<string, number>();
    for (const part of parts) {
      const n = (counters.get(part.kind) ?? 0) + 1;
      counters.set(part.kind, n);
      const base = SECTION_TITLES[locale][part.kind] ?? partName(part.kind, locale);
      const title = part.kind === IepPartKind.Goal || part.kind === IepPartKind.Service ? `${base} ${n}` : base.charAt(0).toUpperCase() + base.slice(1);
      heading(doc, title);
      if (version.exceptedPartIds.has(part.id)) doc.font('Helvetica-Oblique').fontSize(10).fillColor('#a00').text(words.excepted).fillColor('#000');
      for (const [key, value] of Object.entries(part.content ?? {})) {
        if (key === 'goalIds') continue;
        row(doc, labels[key] ?? key, text(value, words, labels));
      }
    }
    doc.moveDown(1);
    digestLine(doc, words.digest, version.digest);
  }, words.title);
}

/** Who signed what and when, every step of the version's life, and whether its content is intact. */
export function certificatePdf(
  version: PdfVersion,
  f: { signatures: PdfSignature[]; events: PdfEvent[]; intact: boolean; generatedAt: Date },
  locale: SignoffLocale,
): Promise<Buffer> {
  const words = LABELS[locale];
  return render((doc) => {
    header(doc, version, words, words.certificate);
    heading(doc, words.intact);
    doc.font('Helvetica').fontSize(10).text(f.intact ? words.intactYes : words.intactNo);
    heading(doc, words.signers);
    if (f.signatures.length === 0) doc.font('Helvetica').fontSize(10).text(words.none);
    for (const s of f.signatures) {
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).text(`${s.signerName} (${s.signerRole})`);
      row(doc, words.purpose, words[s.purpose] ?? s.purpose);
      row(doc, words.typedName, s.typedName);
      row(doc, words.signedAt, s.signedAt.toISOString());
      row(doc, words.ip, s.ip ?? words.empty);
      row(doc, words.userAgent, s.userAgent ?? words.empty);
      row(doc, words.consent, s.disclosureVersion);
      row(doc, words.statement, s.intentStatement);
      if (s.digest) {
        digestLine(doc, words.signedDigest, s.digest);
        doc.font('Helvetica').fontSize(9).text(s.digest === version.digest ? words.matches : words.differs);
      }
    }
    heading(doc, words.timeline);
    doc.font('Helvetica').fontSize(10).text(`${version.frozenAt.toISOString()} · ${words.PROPOSED} (${words.version} ${version.number})`);
    for (const e of f.events) {
      const effective = e.effectiveOn ? ` · ${words.effectiveOn} ${e.effectiveOn}` : '';
      doc.text(`${e.at.toISOString()} · ${words[e.kind] ?? e.kind}${e.by ? ` · ${e.by}` : ''}${effective}`);
      if (e.reasons.length) doc.text(`${words.reasons}: ${e.reasons.join('; ')}`, { indent: 12 });
    }
    doc.moveDown(1).font('Helvetica').fontSize(8).text(`${words.generated} ${f.generatedAt.toISOString()}`);
  }, words.certificate);
}

const PWN_WORDS: Record<SignoffLocale, Words> = {
  en: {
    title: 'Prior written notice', law: '34 CFR 300.503', student: 'Student', district: 'District', sentOn: 'Sent on', draft: 'Draft, not sent',
    actionDescription: '1. The action the district proposes or refuses', explanation: '2. Why the district proposes or refuses it',
    evaluationBasis: '3. Evaluations, assessments, records and reports used as a basis', proceduralSafeguards: '4. Your procedural safeguards',
    sourcesForAssistance: '5. Where to get help understanding them', optionsConsidered: '6. Other options considered, and why they were rejected',
    otherFactors: '7. Other factors relevant to the proposal or refusal',
  },
  es: {
    title: 'Aviso previo por escrito', law: '34 CFR 300.503', student: 'Estudiante', district: 'Distrito', sentOn: 'Enviado el', draft: 'Borrador, no enviado',
    actionDescription: '1. La acción que el distrito propone o rechaza', explanation: '2. Por qué el distrito la propone o la rechaza',
    evaluationBasis: '3. Evaluaciones, pruebas, expedientes e informes usados como base', proceduralSafeguards: '4. Sus garantías procesales',
    sourcesForAssistance: '5. Dónde obtener ayuda para entenderlas', optionsConsidered: '6. Otras opciones consideradas y por qué se rechazaron',
    otherFactors: '7. Otros factores relevantes para la propuesta o el rechazo',
  },
};

export interface PdfNotice {
  studentName: string;
  districtName: string;
  sentAt: Date | null;
  elements: ReadonlyArray<readonly [key: string, text: string]>;
}

/** A prior written notice with its seven elements in the order of 300.503(b), in the parent's language. */
export function priorWrittenNoticePdf(notice: PdfNotice, locale: SignoffLocale): Promise<Buffer> {
  const words = PWN_WORDS[locale];
  const day = (at: Date) => new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(at);
  return render((doc) => {
    doc.font('Helvetica-Bold').fontSize(18).text(words.title);
    doc.font('Helvetica').fontSize(10).text(words.law).moveDown(0.4);
    row(doc, words.student, notice.studentName);
    row(doc, words.district, notice.districtName);
    row(doc, words.sentOn, notice.sentAt ? day(notice.sentAt) : words.draft);
    for (const [key, value] of notice.elements) {
      heading(doc, words[key] ?? key, 12);
      doc.font('Helvetica').fontSize(10).text(value);
    }
  }, words.title);
}
