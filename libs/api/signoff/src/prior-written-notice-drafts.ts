import { TO_COMPLETE } from '@iep/domain';
import { IepPartKind } from '@iep/domain/iep-content';
import type { Localized } from '@iep/api/core';
import type { SignoffLocale } from './esign-texts';
import type { PwnElements } from './models/prior-written-notice.model';

/**
 * What the district did, as whoever issues a notice knows it (`PriorWrittenNoticeService.issue`): the action in both
 * languages, and, when known, why, on what it was based and what else was considered. What is left out is drafted as
 * a part for the case manager to complete, and the notice cannot be sent until they do.
 */
export interface IssuedNoticeFacts {
  action: Localized;
  explanation?: Localized;
  evaluationBasis?: Localized;
  optionsConsidered?: Localized;
  otherFactors?: Localized;
  /** Which proposed version of the IEP the notice is about (one notice per version). */
  version?: number;
}

/** What the system knows when it drafts a notice; the case manager completes what only the team knows. */
export interface PwnDraftFacts {
  source: 'SUGGESTION_REJECTED' | 'IEP_DECLINED' | 'ITEMS_EXCEPTED';
  studentFirstName: string;
  districtName: string;
  version: number | null;
  reasons: string[];
  exceptedItems: Array<{ kind: IepPartKind; label: string }>;
  effectiveOn: string | null;
  suggestion: { partKind: IepPartKind; rationale: string; decisionReason: string; proposerName: string; proposedOn: string } | null;
}


const PART_NAMES: Record<SignoffLocale, Record<IepPartKind, string>> = {
  en: {
    [IepPartKind.ParentConcerns]: 'parent concerns and vision', [IepPartKind.StudentVision]: 'student vision',
    [IepPartKind.PresentLevels]: 'present levels', [IepPartKind.Goal]: 'goal', [IepPartKind.Service]: 'service',
    [IepPartKind.Accommodations]: 'accommodations', [IepPartKind.AssessmentParticipation]: 'assessment participation',
    [IepPartKind.Placement]: 'placement', [IepPartKind.Transportation]: 'transportation',
    [IepPartKind.ExtendedSchoolYear]: 'extended school year', [IepPartKind.TransitionPlan]: 'transition plan',
  },
  es: {
    [IepPartKind.ParentConcerns]: 'inquietudes y visión de la familia', [IepPartKind.StudentVision]: 'visión del estudiante',
    [IepPartKind.PresentLevels]: 'niveles actuales', [IepPartKind.Goal]: 'meta', [IepPartKind.Service]: 'servicio',
    [IepPartKind.Accommodations]: 'adaptaciones', [IepPartKind.AssessmentParticipation]: 'participación en evaluaciones',
    [IepPartKind.Placement]: 'ubicación', [IepPartKind.Transportation]: 'transporte',
    [IepPartKind.ExtendedSchoolYear]: 'año escolar extendido', [IepPartKind.TransitionPlan]: 'plan de transición',
  },
};

export function partName(kind: IepPartKind, locale: SignoffLocale): string {
  return PART_NAMES[locale][kind] ?? kind;
}

/** A short human label for a frozen part: the goal's area, the service's description, or the section. */
export function partLabel(kind: IepPartKind, content: Record<string, unknown>, locale: SignoffLocale): string {
  const name = partName(kind, locale);
  const detail = kind === IepPartKind.Goal ? content.area : kind === IepPartKind.Service ? content.description : null;
  return typeof detail === 'string' && detail.trim() ? `${name} "${detail.trim().slice(0, 120)}"` : name;
}

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

/** The seven elements of 34 CFR 300.503(b), drafted from the decision or the rejected suggestion. */
export function draftElements(f: PwnDraftFacts, locale: SignoffLocale): PwnElements {
  return locale === 'es' ? draftEs(f) : draftEn(f);
}

/** The seven elements of a notice issued with its facts: what the issuer said, and the rest marked to complete. */
export function draftIssuedElements(f: IssuedNoticeFacts, districtName: string, locale: SignoffLocale): PwnElements {
  const common = locale === 'es' ? draftEs(REFUSAL_SHAPE(districtName)) : draftEn(REFUSAL_SHAPE(districtName));
  const todo = (en: string, es: string) => (locale === 'es' ? `${TO_COMPLETE.es} ${es}]` : `${TO_COMPLETE.en} ${en}]`);
  return {
    actionDescription: f.action[locale],
    explanation: f.explanation?.[locale] ?? todo('explain why the district proposes or refuses this action.', 'explique por qué el distrito propone o rechaza esta acción.'),
    evaluationBasis: f.evaluationBasis?.[locale] ?? common.evaluationBasis,
    proceduralSafeguards: common.proceduralSafeguards,
    sourcesForAssistance: common.sourcesForAssistance,
    optionsConsidered: f.optionsConsidered?.[locale] ?? todo('other options considered and why they were rejected.', 'otras opciones consideradas y por qué se rechazaron.'),
    otherFactors: f.otherFactors?.[locale] ?? common.otherFactors,
  };
}

/** The shared elements (safeguards, sources of help, basis) are the same whatever the action. */
const REFUSAL_SHAPE = (districtName: string): PwnDraftFacts => ({
  source: 'IEP_DECLINED', studentFirstName: '', districtName, version: null, reasons: [], exceptedItems: [], effectiveOn: null, suggestion: null,
});

function draftEn(f: PwnDraftFacts): PwnElements {
  const todo = (what: string) => `${TO_COMPLETE.en} ${what}]`;
  const reasons = f.reasons.length ? `\n\nThe reasons you gave:\n${list(f.reasons)}` : '';
  let actionDescription: string;
  let explanation: string;
  let optionsConsidered: string;
  if (f.source === 'SUGGESTION_REJECTED' && f.suggestion) {
    const s = f.suggestion;
    actionDescription = `The district refuses the change to the ${partName(s.partKind, 'en')} of ${f.studentFirstName}'s IEP that ${s.proposerName} proposed on ${s.proposedOn}.${s.rationale.trim() ? `\n\nThe proposal: ${s.rationale.trim()}` : ''}`;
    explanation = `The team's reason: ${s.decisionReason.trim()}\n\n${todo('explain further why the district refuses this change.')}`;
    optionsConsidered = `Making the change as proposed was considered and rejected for the reason above.\n\n${todo('other options considered and why they were rejected.')}`;
  } else if (f.source === 'ITEMS_EXCEPTED') {
    actionDescription = `The district proposed the following items of ${f.studentFirstName}'s IEP (version ${f.version}):\n${list(f.exceptedItems.map((i) => i.label))}\n\nYou did not consent to them, so they are not carried out. The rest of the IEP took effect on ${f.effectiveOn}. The team will discuss these items with you in an amendment.${reasons}`;
    explanation = todo('explain why the district proposes these items, in view of the reasons given.');
    optionsConsidered = todo('other options considered for these items and why they were rejected.');
  } else {
    actionDescription = `The district proposed ${f.studentFirstName}'s IEP (version ${f.version}). You did not consent to it, so it is not in effect and returns to the team to be negotiated with you.${reasons}`;
    explanation = todo('explain why the district proposes this IEP, and what it will change in view of the reasons given.');
    optionsConsidered = todo('other options considered and why they were rejected.');
  }
  return {
    actionDescription,
    explanation,
    evaluationBasis: `The present levels of academic achievement and functional performance in the IEP.\n\n${todo('list each evaluation procedure, assessment, record or report used as a basis for this decision.')}`,
    proceduralSafeguards:
      'You have protection under the procedural safeguards of the Individuals with Disabilities Education Act (34 CFR 300.500–300.536). This notice is not about an initial referral for evaluation. You can get a free copy of the Notice of Procedural Safeguards from your case manager or the district office, and in IEP Team.',
    sourcesForAssistance: `To understand these rights you can contact your state's Parent Training and Information Center, your state department of education's special education office, or the special education office of ${f.districtName}.`,
    optionsConsidered,
    otherFactors: todo('other factors relevant to the proposal or refusal, or "None".'),
  };
}

function draftEs(f: PwnDraftFacts): PwnElements {
  const todo = (what: string) => `${TO_COMPLETE.es} ${what}]`;
  const reasons = f.reasons.length ? `\n\nLas razones que usted dio:\n${list(f.reasons)}` : '';
  let actionDescription: string;
  let explanation: string;
  let optionsConsidered: string;
  if (f.source === 'SUGGESTION_REJECTED' && f.suggestion) {
    const s = f.suggestion;
    actionDescription = `El distrito rechaza el cambio a ${partName(s.partKind, 'es')} del IEP de ${f.studentFirstName} que ${s.proposerName} propuso el ${s.proposedOn}.${s.rationale.trim() ? `\n\nLa propuesta: ${s.rationale.trim()}` : ''}`;
    explanation = `La razón del equipo: ${s.decisionReason.trim()}\n\n${todo('explique con más detalle por qué el distrito rechaza este cambio.')}`;
    optionsConsidered = `Se consideró hacer el cambio tal como se propuso y se rechazó por la razón indicada.\n\n${todo('otras opciones consideradas y por qué se rechazaron.')}`;
  } else if (f.source === 'ITEMS_EXCEPTED') {
    actionDescription = `El distrito propuso los siguientes puntos del IEP de ${f.studentFirstName} (versión ${f.version}):\n${list(f.exceptedItems.map((i) => i.label))}\n\nUsted no dio su consentimiento a ellos, así que no se llevan a cabo. El resto del IEP entró en vigor el ${f.effectiveOn}. El equipo hablará de estos puntos con usted en una enmienda.${reasons}`;
    explanation = todo('explique por qué el distrito propone estos puntos, teniendo en cuenta las razones dadas.');
    optionsConsidered = todo('otras opciones consideradas para estos puntos y por qué se rechazaron.');
  } else {
    actionDescription = `El distrito propuso el IEP de ${f.studentFirstName} (versión ${f.version}). Usted no dio su consentimiento, así que no está en vigor y vuelve al equipo para negociarlo con usted.${reasons}`;
    explanation = todo('explique por qué el distrito propone este IEP y qué cambiará teniendo en cuenta las razones dadas.');
    optionsConsidered = todo('otras opciones consideradas y por qué se rechazaron.');
  }
  return {
    actionDescription,
    explanation,
    evaluationBasis: `Los niveles actuales de rendimiento académico y funcional del IEP.\n\n${todo('enumere cada procedimiento de evaluación, prueba, expediente o informe usado como base de esta decisión.')}`,
    proceduralSafeguards:
      'Usted tiene protección bajo las garantías procesales de la Ley de Educación para Personas con Discapacidades (34 CFR 300.500–300.536). Este aviso no se refiere a una remisión inicial para evaluación. Puede obtener gratis una copia del Aviso de Garantías Procesales de su coordinador del caso, en la oficina del distrito y en IEP Team.',
    sourcesForAssistance: `Para entender estos derechos puede comunicarse con el Centro de Capacitación e Información para Padres de su estado, con la oficina de educación especial del departamento de educación de su estado o con la oficina de educación especial de ${f.districtName}.`,
    optionsConsidered,
    otherFactors: todo('otros factores relevantes para la propuesta o el rechazo, o "Ninguno".'),
  };
}

/** A part of the IEP the district proposes, as its notice describes it. */
export interface ProposedPart {
  kind: IepPartKind;
  content: Record<string, unknown>;
  /** New in this IEP, or changed since it was copied from the IEP in force. */
  changed: boolean;
}

/**
 * The notice of an IEP the district proposes (300.503(a)(1)): an initial IEP states the services and placement it
 * proposes; a later one states what it changes, and says when that is a change of services or placement.
 */
export function proposalFacts(f: { studentFirstName: string; version: number; initial: boolean; parts: ProposedPart[] }): IssuedNoticeFacts {
  const describe = (locale: SignoffLocale): string => {
    const services = f.parts.filter((p) => p.kind === IepPartKind.Service).map((p) => partLabel(p.kind, p.content, locale));
    const placement = f.parts.find((p) => p.kind === IepPartKind.Placement)?.content;
    const setting = typeof placement?.setting === 'string' && placement.setting.trim() ? placement.setting.trim() : null;
    const changed = f.parts.filter((p) => p.changed).map((p) => partLabel(p.kind, p.content, locale));
    const changesServicesOrPlacement = f.parts.some((p) => p.changed && (p.kind === IepPartKind.Service || p.kind === IepPartKind.Placement));
    if (locale === 'es') {
      const lines = f.initial
        ? [`El distrito propone el IEP inicial de ${f.studentFirstName} (versión ${f.version}): educación especial y servicios relacionados por primera vez.`]
        : [
            `El distrito propone un nuevo IEP para ${f.studentFirstName} (versión ${f.version})${changesServicesOrPlacement ? ', que cambia sus servicios o su ubicación' : ''}.`,
            changed.length ? `Lo que cambia respecto al IEP vigente:\n${list(changed)}` : 'No cambia el contenido del IEP vigente.',
          ];
      if (services.length) lines.push(`Servicios propuestos:\n${list(services)}`);
      if (setting) lines.push(`Ubicación propuesta: ${setting}`);
      return lines.join('\n\n');
    }
    const lines = f.initial
      ? [`The district proposes ${f.studentFirstName}'s initial IEP (version ${f.version}): special education and related services for the first time.`]
      : [
          `The district proposes a new IEP for ${f.studentFirstName} (version ${f.version})${changesServicesOrPlacement ? ', which changes the services or the placement' : ''}.`,
          changed.length ? `What changes from the IEP in force:\n${list(changed)}` : 'Nothing in the IEP in force changes.',
        ];
    if (services.length) lines.push(`Proposed services:\n${list(services)}`);
    if (setting) lines.push(`Proposed placement: ${setting}`);
    return lines.join('\n\n');
  };
  return { action: { en: describe('en'), es: describe('es') }, version: f.version };
}
