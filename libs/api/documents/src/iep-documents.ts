import { IepPartKind, PART_KIND_ORDER } from '@iep/domain/iep-content';
import { renderDocument, type DocumentBlock } from './document-renderer';
import { codeLabel, COMMON, fill, longDate, longDateTime, type DocumentLocale } from './document-words';

/** A frozen version as the renderer needs it. */
export interface IepVersionFacts {
  number: number;
  digest: string;
  proposedOn: string;
  frozenAt: Date;
  content: Record<string, unknown>;
  exceptedPartIds: ReadonlySet<string>;
}

export interface SignatureFacts {
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

export interface DecisionFacts {
  at: Date;
  kind: string;
  by: string | null;
  version: number;
  effectiveOn: string | null;
  reasons: string[];
}

interface FrozenPartLike {
  id: string;
  kind: IepPartKind;
  content?: Record<string, unknown> | null;
}

const WORDS = {
  en: {
    title: 'Individualized Education Program', certificate: 'Signature certificate', dateOfBirth: 'Date of birth', grade: 'Grade', school: 'School',
    district: 'District', caseManager: 'Case manager', kind: 'IEP type', version: 'Version', proposedOn: 'Proposed on', digest: 'SHA-256 digest of this version',
    excepted: 'Not in force: the parent did not consent to this item.', signers: 'Signatures', timeline: 'Timeline', none: 'None yet.',
    signedAt: 'Signed on', typedName: 'Typed name', role: 'Role', purpose: 'Purpose', statement: 'Statement of intent', ip: 'IP address',
    userAgent: 'Browser', consent: 'Electronic records disclosure', signedDigest: 'Digest signed', matches: 'It matches this version.',
    differs: 'It DOES NOT MATCH this version.', intact: 'Integrity', intactYes: 'The stored content still has the digest above: the document is intact.',
    intactNo: 'The stored record no longer matches the digest above or its seal: the document was altered.', effectiveOn: 'in effect from {date}',
    reasons: 'Reasons', goal: 'Goal {n}', service: 'Service {n}', measure: 'Progress data', measureLine: '{kind}: from {baseline} to {target} by {date}',
    minutes: '{n} minutes', percent: '{n}%', law: '34 CFR 300.320', certificateLaw: 'Electronic signatures and the record of this version',
  },
  es: {
    title: 'Programa de Educación Individualizado', certificate: 'Certificado de firmas', dateOfBirth: 'Fecha de nacimiento', grade: 'Grado', school: 'Escuela',
    district: 'Distrito', caseManager: 'Coordinador del caso', kind: 'Tipo de IEP', version: 'Versión', proposedOn: 'Propuesto el', digest: 'Huella SHA-256 de esta versión',
    excepted: 'No está en vigor: la familia no dio su consentimiento a este punto.', signers: 'Firmas', timeline: 'Cronología', none: 'Ninguna todavía.',
    signedAt: 'Firmado el', typedName: 'Nombre escrito', role: 'Rol', purpose: 'Propósito', statement: 'Declaración de intención', ip: 'Dirección IP',
    userAgent: 'Navegador', consent: 'Aviso sobre documentos electrónicos', signedDigest: 'Huella firmada', matches: 'Coincide con esta versión.',
    differs: 'NO COINCIDE con esta versión.', intact: 'Integridad', intactYes: 'El contenido guardado conserva la huella indicada: el documento está intacto.',
    intactNo: 'El registro guardado ya no coincide con la huella indicada o con su sello: el documento fue alterado.', effectiveOn: 'en vigor desde el {date}',
    reasons: 'Razones', goal: 'Meta {n}', service: 'Servicio {n}', measure: 'Datos de progreso', measureLine: '{kind}: de {baseline} a {target} para el {date}',
    minutes: '{n} minutos', percent: '{n} %', law: '34 CFR 300.320', certificateLaw: 'Firmas electrónicas y registro de esta versión',
  },
} as const;

const SECTION_TITLES: Record<DocumentLocale, Record<IepPartKind, string>> = {
  en: {
    [IepPartKind.ParentConcerns]: "Parent's concerns and vision", [IepPartKind.StudentVision]: "Student's vision",
    [IepPartKind.PresentLevels]: 'Present levels of academic achievement and functional performance', [IepPartKind.Goal]: 'Measurable annual goal',
    [IepPartKind.Service]: 'Service', [IepPartKind.Accommodations]: 'Accommodations', [IepPartKind.AssessmentParticipation]: 'Participation in state and district assessments',
    [IepPartKind.Placement]: 'Placement and least restrictive environment', [IepPartKind.Transportation]: 'Transportation',
    [IepPartKind.ExtendedSchoolYear]: 'Extended school year', [IepPartKind.TransitionPlan]: 'Transition plan',
  },
  es: {
    [IepPartKind.ParentConcerns]: 'Inquietudes y visión de la familia', [IepPartKind.StudentVision]: 'Visión del estudiante',
    [IepPartKind.PresentLevels]: 'Niveles actuales de rendimiento académico y desempeño funcional', [IepPartKind.Goal]: 'Meta anual medible',
    [IepPartKind.Service]: 'Servicio', [IepPartKind.Accommodations]: 'Adaptaciones', [IepPartKind.AssessmentParticipation]: 'Participación en evaluaciones estatales y del distrito',
    [IepPartKind.Placement]: 'Ubicación y entorno menos restrictivo', [IepPartKind.Transportation]: 'Transporte',
    [IepPartKind.ExtendedSchoolYear]: 'Año escolar extendido', [IepPartKind.TransitionPlan]: 'Plan de transición',
  },
};

/** Each part's fields in the IEP's own order (the order of the form that wrote them), with their labels. */
const FIELD_ORDER: Record<IepPartKind, readonly string[]> = {
  [IepPartKind.ParentConcerns]: ['concerns', 'vision'],
  [IepPartKind.StudentVision]: ['vision'],
  [IepPartKind.PresentLevels]: ['academic', 'functional'],
  [IepPartKind.Goal]: ['area', 'annualGoal', 'baseline', 'target', 'measure', 'criteria', 'measurementMethod', 'reportingSchedule', 'objectives'],
  [IepPartKind.Service]: ['category', 'description', 'providerRole', 'minutes', 'frequency', 'location', 'startDate', 'endDate', 'goalIds'],
  [IepPartKind.Accommodations]: ['instructional', 'testing'],
  [IepPartKind.AssessmentParticipation]: ['stateAssessments', 'districtAssessments', 'alternateJustification'],
  [IepPartKind.Placement]: ['setting', 'percentOutsideRegularClass', 'justification'],
  [IepPartKind.Transportation]: ['specialTransportation', 'details'],
  [IepPartKind.ExtendedSchoolYear]: ['decision', 'rationale'],
  [IepPartKind.TransitionPlan]: ['postsecondaryEducation', 'employment', 'independentLiving', 'transitionServices', 'courseOfStudy', 'ageAppropriateAssessments', 'rightsTransferStatement'],
};

const FIELD_LABELS: Record<DocumentLocale, Record<string, string>> = {
  en: {
    concerns: 'Concerns', vision: 'Vision', academic: 'Academic achievement', functional: 'Functional performance', area: 'Area',
    annualGoal: 'Annual goal', baseline: 'Baseline', target: 'Target', measure: 'Progress data', criteria: 'Criteria', measurementMethod: 'How progress is measured',
    reportingSchedule: 'When progress is reported', objectives: 'Objectives', category: 'Category', description: 'Description',
    providerRole: 'Provider', minutes: 'Minutes per session', frequency: 'Frequency', location: 'Location', startDate: 'Start date', endDate: 'End date',
    goalIds: 'Goals supported', instructional: 'In class', testing: 'In tests', stateAssessments: 'State assessments',
    districtAssessments: 'District assessments', alternateJustification: 'Why an alternate assessment', setting: 'Setting',
    percentOutsideRegularClass: 'Time outside the regular class', justification: 'Justification',
    specialTransportation: 'Special transportation', details: 'Details', decision: 'Decision', rationale: 'Rationale',
    postsecondaryEducation: 'Postsecondary education', employment: 'Employment', independentLiving: 'Independent living',
    transitionServices: 'Transition services', courseOfStudy: 'Course of study', ageAppropriateAssessments: 'Age-appropriate assessments',
    rightsTransferStatement: 'Transfer of rights at the age of majority',
  },
  es: {
    concerns: 'Inquietudes', vision: 'Visión', academic: 'Rendimiento académico', functional: 'Desempeño funcional', area: 'Área',
    annualGoal: 'Meta anual', baseline: 'Punto de partida', target: 'Objetivo', measure: 'Datos de progreso', criteria: 'Criterios',
    measurementMethod: 'Cómo se mide el progreso', reportingSchedule: 'Cuándo se informa el progreso', objectives: 'Objetivos parciales',
    category: 'Categoría', description: 'Descripción', providerRole: 'Proveedor', minutes: 'Minutos por sesión', frequency: 'Frecuencia',
    location: 'Lugar', startDate: 'Fecha de inicio', endDate: 'Fecha de fin', goalIds: 'Metas que apoya', instructional: 'En clase',
    testing: 'En exámenes', stateAssessments: 'Evaluaciones estatales', districtAssessments: 'Evaluaciones del distrito',
    alternateJustification: 'Por qué una evaluación alternativa', setting: 'Entorno', percentOutsideRegularClass: 'Tiempo fuera de la clase regular',
    justification: 'Justificación', specialTransportation: 'Transporte especial', details: 'Detalles', decision: 'Decisión', rationale: 'Razonamiento',
    postsecondaryEducation: 'Educación postsecundaria', employment: 'Empleo', independentLiving: 'Vida independiente',
    transitionServices: 'Servicios de transición', courseOfStudy: 'Plan de estudios', ageAppropriateAssessments: 'Evaluaciones apropiadas para la edad',
    rightsTransferStatement: 'Transferencia de derechos a la mayoría de edad',
  },
};

const CODED_FIELDS = new Set(['category', 'frequency', 'stateAssessments', 'districtAssessments', 'decision']);
const DATE_FIELDS = new Set(['startDate', 'endDate']);

function header(version: IepVersionFacts, locale: DocumentLocale): { studentName: string; blocks: DocumentBlock[] } {
  const w = WORDS[locale];
  const empty = COMMON[locale].empty;
  const student = (version.content.student ?? {}) as Record<string, string | undefined>;
  const iep = (version.content.iep ?? {}) as Record<string, string | undefined>;
  const district = (version.content.district ?? {}) as Record<string, string | undefined>;
  const caseManager = (version.content.caseManager ?? {}) as Record<string, string | undefined>;
  return {
    studentName: `${student.firstName ?? ''} ${student.lastName ?? ''}`.trim() || empty,
    blocks: [
      { kind: 'field', label: w.dateOfBirth, value: student.dateOfBirth ? longDate(student.dateOfBirth, locale) : empty },
      { kind: 'field', label: w.grade, value: student.grade ?? empty },
      { kind: 'field', label: w.school, value: student.school ?? empty },
      { kind: 'field', label: w.district, value: district.name ?? empty },
      { kind: 'field', label: w.caseManager, value: caseManager.displayName ?? empty },
      { kind: 'field', label: w.kind, value: iep.kind ? codeLabel(iep.kind, locale) : empty },
      { kind: 'field', label: w.version, value: String(version.number) },
      { kind: 'field', label: w.proposedOn, value: longDate(version.proposedOn, locale) },
      { kind: 'code', label: w.digest, value: version.digest },
    ],
  };
}

/** The frozen version as a document, in the IEP's order and the reader's language; what the team wrote is as written. */
export function iepVersionDocument(version: IepVersionFacts, locale: DocumentLocale): Promise<Buffer> {
  const w = WORDS[locale];
  const { studentName, blocks } = header(version, locale);
  const parts = ((Array.isArray(version.content.parts) ? version.content.parts : []) as FrozenPartLike[])
    .map((part, index) => ({ part, index }))
    .sort((a, b) => PART_KIND_ORDER.indexOf(a.part.kind) - PART_KIND_ORDER.indexOf(b.part.kind) || a.index - b.index)
    .map(({ part }) => part);
  const goalNumbers = new Map(parts.filter((p) => p.kind === IepPartKind.Goal).map((p, i) => [p.id, i + 1]));
  const counters = new Map<IepPartKind, number>();
  for (const part of parts) {
    const n = (counters.get(part.kind) ?? 0) + 1;
    counters.set(part.kind, n);
    const title = part.kind === IepPartKind.Goal ? `${SECTION_TITLES[locale][part.kind]} ${n}` : part.kind === IepPartKind.Service ? `${SECTION_TITLES[locale][part.kind]} ${n}` : SECTION_TITLES[locale][part.kind] ?? codeLabel(part.kind, locale);
    blocks.push({ kind: 'heading', text: title });
    if (version.exceptedPartIds.has(part.id)) blocks.push({ kind: 'paragraph', text: w.excepted, emphasis: 'warning' });
    blocks.push(...partFields(part, goalNumbers, locale));
  }
  blocks.push({ kind: 'code', label: w.digest, value: version.digest });
  return renderDocument({ title: w.title, subtitle: w.law, locale, running: { studentName, version: version.number }, blocks });
}

function partFields(part: FrozenPartLike, goalNumbers: ReadonlyMap<string, number>, locale: DocumentLocale): DocumentBlock[] {
  const content = part.content ?? {};
  const order = FIELD_ORDER[part.kind] ?? [];
  const keys = [...order.filter((key) => key in content), ...Object.keys(content).filter((key) => !order.includes(key))];
  const labels = FIELD_LABELS[locale];
  const blocks: DocumentBlock[] = [];
  for (const key of keys) {
    const label = labels[key] ?? codeLabel(key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), locale);
    const value = content[key];
    if (key === 'objectives' && Array.isArray(value)) {
      const items = value.map((item) => (item && typeof item === 'object' ? String((item as { text?: unknown }).text ?? '') : String(item))).filter(Boolean);
      blocks.push(items.length ? { kind: 'list', label, items } : { kind: 'field', label, value: COMMON[locale].empty });
      continue;
    }
    if (key === 'goalIds' && Array.isArray(value)) {
      const goals = value.map((id) => goalNumbers.get(String(id))).filter((n): n is number => n !== undefined).map((n) => fill(WORDS[locale].goal, { n }));
      blocks.push({ kind: 'field', label, value: goals.join(', ') || COMMON[locale].empty });
      continue;
    }
    blocks.push({ kind: 'field', label, value: fieldText(key, value, locale) });
  }
  return blocks;
}

function fieldText(key: string, value: unknown, locale: DocumentLocale): string {
  const common = COMMON[locale];
  const w = WORDS[locale];
  if (value === null || value === undefined || value === '') return common.empty;
  if (typeof value === 'boolean') return value ? common.yes : common.no;
  if (key === 'measure' && typeof value === 'object') {
    const m = value as { kind: string; baseline: number; target: number; targetDate: string; unit?: string };
    const unit = m.unit ? ` ${m.unit}` : '';
    return fill(w.measureLine, { kind: codeLabel(m.kind, locale), baseline: `${m.baseline}${unit}`, target: `${m.target}${unit}`, date: longDate(m.targetDate, locale) });
  }
  if (CODED_FIELDS.has(key) && typeof value === 'string') return codeLabel(value, locale);
  if (DATE_FIELDS.has(key) && typeof value === 'string') return longDate(value, locale);
  if (key === 'minutes' && typeof value === 'number') return fill(w.minutes, { n: value });
  if (key === 'percentOutsideRegularClass' && typeof value === 'number') return fill(w.percent, { n: value });
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('\n');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Who signed what and when, every step of the version's life, and whether its content is intact. */
export function signatureCertificateDocument(
  version: IepVersionFacts,
  f: { signatures: readonly SignatureFacts[]; events: readonly DecisionFacts[]; intact: boolean; generatedAt: Date; timeZone?: string },
  locale: DocumentLocale,
): Promise<Buffer> {
  const w = WORDS[locale];
  const common = COMMON[locale];
  const when = (at: Date) => longDateTime(at, locale, f.timeZone);
  const { studentName, blocks } = header(version, locale);
  blocks.push({ kind: 'heading', text: w.intact }, { kind: 'paragraph', text: f.intact ? w.intactYes : w.intactNo, emphasis: f.intact ? undefined : 'warning' });
  blocks.push({ kind: 'heading', text: w.signers });
  if (f.signatures.length === 0) blocks.push({ kind: 'paragraph', text: w.none });
  for (const s of f.signatures) {
    blocks.push(
      { kind: 'heading', level: 3, text: `${s.signerName}, ${codeLabel(s.signerRole, locale)}` },
      { kind: 'field', label: w.purpose, value: codeLabel(s.purpose, locale) },
      { kind: 'field', label: w.typedName, value: s.typedName },
      { kind: 'field', label: w.signedAt, value: when(s.signedAt) },
      { kind: 'field', label: w.ip, value: s.ip ?? common.empty },
      { kind: 'field', label: w.userAgent, value: s.userAgent ?? common.empty },
      { kind: 'field', label: w.consent, value: s.disclosureVersion },
      { kind: 'field', label: w.statement, value: s.intentStatement },
    );
    if (s.digest) blocks.push({ kind: 'code', label: w.signedDigest, value: s.digest }, { kind: 'paragraph', text: s.digest === version.digest ? w.matches : w.differs });
  }
  blocks.push({ kind: 'heading', text: w.timeline });
  const events = [
    { at: version.frozenAt, text: `${codeLabel('PROPOSED', locale)} (${fill(common.version, { n: version.number })})` },
    ...f.events.map((e) => ({
      at: e.at,
      text: [codeLabel(e.kind, locale), e.by, e.effectiveOn ? fill(w.effectiveOn, { date: longDate(e.effectiveOn, locale) }) : null].filter(Boolean).join(' · ')
        + (e.reasons.length ? `. ${w.reasons}: ${e.reasons.join('; ')}` : ''),
    })),
  ];
  blocks.push({ kind: 'list', label: w.timeline, items: events.map((e) => `${when(e.at)}: ${e.text}`) });
  blocks.push({ kind: 'paragraph', text: fill(common.generated, { at: when(f.generatedAt) }), emphasis: 'quiet' });
  return renderDocument({ title: w.certificate, subtitle: w.certificateLaw, locale, running: { studentName, version: version.number }, blocks });
}
