import type { DisabilityCategory, Language } from '@iep/domain';

/** The family's words for the steps of an evaluation, and the eligibility notice, in each language. */

const CATEGORY: Record<Language, Record<DisabilityCategory, string>> = {
  en: {
    AUTISM: 'autism', DEAF_BLINDNESS: 'deaf-blindness', DEAFNESS: 'deafness', EMOTIONAL_DISTURBANCE: 'emotional disturbance',
    HEARING_IMPAIRMENT: 'hearing impairment', INTELLECTUAL_DISABILITY: 'intellectual disability', MULTIPLE_DISABILITIES: 'multiple disabilities',
    ORTHOPEDIC_IMPAIRMENT: 'orthopedic impairment', OTHER_HEALTH_IMPAIRMENT: 'other health impairment',
    SPECIFIC_LEARNING_DISABILITY: 'specific learning disability', SPEECH_OR_LANGUAGE_IMPAIRMENT: 'speech or language impairment',
    TRAUMATIC_BRAIN_INJURY: 'traumatic brain injury', VISUAL_IMPAIRMENT: 'visual impairment, including blindness',
  },
  es: {
    AUTISM: 'autismo', DEAF_BLINDNESS: 'sordoceguera', DEAFNESS: 'sordera', EMOTIONAL_DISTURBANCE: 'trastorno emocional',
    HEARING_IMPAIRMENT: 'discapacidad auditiva', INTELLECTUAL_DISABILITY: 'discapacidad intelectual', MULTIPLE_DISABILITIES: 'discapacidades múltiples',
    ORTHOPEDIC_IMPAIRMENT: 'discapacidad ortopédica', OTHER_HEALTH_IMPAIRMENT: 'otro impedimento de salud',
    SPECIFIC_LEARNING_DISABILITY: 'discapacidad específica del aprendizaje', SPEECH_OR_LANGUAGE_IMPAIRMENT: 'trastorno del habla o del lenguaje',
    TRAUMATIC_BRAIN_INJURY: 'lesión cerebral traumática', VISUAL_IMPAIRMENT: 'discapacidad visual, incluida la ceguera',
  },
};

/** The statement a parent reads above the box where they type their name to consent to the evaluation. */
export function consentIntent(locale: Language): string {
  return locale === 'es'
    ? 'Al escribir mi nombre abajo firmo electrónicamente que doy mi consentimiento para que el distrito evalúe a mi hijo o hija como se describe en la remisión. Sé que puedo retirar este consentimiento en cualquier momento antes de la evaluación.'
    : 'By typing my name below I sign electronically that I give my consent for the district to evaluate my child as described in the referral. I understand that I may withdraw this consent at any time before the evaluation is done.';
}

export interface Words {
  title: string;
  body: string;
}

export function referralWords(f: { firstName: string; byParent: boolean }, locale: Language): Words {
  if (locale === 'es') {
    return f.byParent
      ? { title: `Solicitud de evaluación para ${f.firstName}`, body: 'Un padre o una madre pidió una evaluación. Registre el consentimiento para empezar el plazo de evaluación.' }
      : { title: `Remisión para evaluar a ${f.firstName}`, body: 'La escuela propone evaluar a su hijo o hija. Lea la remisión y dé su consentimiento si está de acuerdo.' };
  }
  return f.byParent
    ? { title: `Request for evaluation of ${f.firstName}`, body: 'A parent asked for an evaluation. Record the consent to start the evaluation clock.' }
    : { title: `Referral to evaluate ${f.firstName}`, body: 'The school proposes to evaluate your child. Read the referral and give your consent if you agree.' };
}

export function determinationWords(f: { firstName: string; eligible: boolean }, locale: Language): Words {
  if (locale === 'es') {
    return {
      title: `Decisión de elegibilidad de ${f.firstName}`,
      body: f.eligible
        ? 'El equipo decidió que su hijo o hija es elegible para educación especial. Lea el aviso previo por escrito.'
        : 'El equipo decidió que su hijo o hija no es elegible para educación especial. Lea el aviso previo por escrito.',
    };
  }
  return {
    title: `Eligibility decision for ${f.firstName}`,
    body: f.eligible
      ? 'The team decided that your child is eligible for special education. Read the prior written notice.'
      : 'The team decided that your child is not eligible for special education. Read the prior written notice.',
  };
}

export interface EligibilityNoticeFacts {
  firstName: string;
  districtName: string;
  eligible: boolean;
  category: DisabilityCategory | null;
  determinedOn: string;
  summary: string;
  reports: ReadonlyArray<{ area: string; completedOn: string }>;
  firstIepDueOn: string | null;
}

/** The seven elements of a prior written notice (34 CFR 300.503(b)) of an eligibility determination. */
export function eligibilityNotice(f: EligibilityNoticeFacts, locale: Language): Record<
  'actionDescription' | 'explanation' | 'evaluationBasis' | 'proceduralSafeguards' | 'sourcesForAssistance' | 'optionsConsidered' | 'otherFactors', string
> {
  const category = f.category ? CATEGORY[locale][f.category] : null;
  const reports = f.reports.map((r) => `${r.area} (${r.completedOn})`).join('; ');
  if (locale === 'es') {
    return {
      actionDescription: f.eligible
        ? `${f.districtName} propone identificar a ${f.firstName} como estudiante con una discapacidad (${category}) que necesita educación especial, y preparar su primer IEP${f.firstIepDueOn ? ` en una reunión a más tardar el ${f.firstIepDueOn}` : ''}.`
        : `${f.districtName} se niega a identificar a ${f.firstName} como estudiante con una discapacidad que necesita educación especial.`,
      explanation: `El equipo se reunió el ${f.determinedOn} y revisó la evaluación. ${f.summary}`,
      evaluationBasis: `Los informes de la evaluación: ${reports}.`,
      proceduralSafeguards: 'Usted tiene protecciones bajo las garantías procesales de IDEA. Si no tiene una copia del aviso de garantías procesales, pídala al distrito y se la daremos sin costo.',
      sourcesForAssistance: 'Para entender estas disposiciones, comuníquese con el responsable del caso, la oficina de educación especial del distrito o el centro de información y capacitación para padres de su estado.',
      optionsConsidered: f.eligible
        ? 'El equipo consideró no identificar a su hijo o hija; lo descartó porque la evaluación muestra una discapacidad que afecta su aprendizaje.'
        : 'El equipo consideró identificar a su hijo o hija; lo descartó porque la evaluación no muestra una discapacidad que requiera educación especial. El equipo puede recomendar apoyos en el aula.',
      otherFactors: 'El equipo tuvo en cuenta la información que usted aportó y el desempeño en la escuela.',
    };
  }
  return {
    actionDescription: f.eligible
      ? `${f.districtName} proposes to identify ${f.firstName} as a student with a disability (${category}) who needs special education, and to develop a first IEP${f.firstIepDueOn ? ` at a meeting no later than ${f.firstIepDueOn}` : ''}.`
      : `${f.districtName} refuses to identify ${f.firstName} as a student with a disability who needs special education.`,
    explanation: `The team met on ${f.determinedOn} and reviewed the evaluation. ${f.summary}`,
    evaluationBasis: `The evaluation reports: ${reports}.`,
    proceduralSafeguards: 'You have protection under the procedural safeguards of IDEA. If you do not have a copy of the procedural safeguards notice, ask the district and we will give you one at no cost.',
    sourcesForAssistance: 'To understand these provisions, contact the case manager, the district special education office, or your state’s parent training and information center.',
    optionsConsidered: f.eligible
      ? 'The team considered not identifying your child; it rejected that because the evaluation shows a disability that affects learning.'
      : 'The team considered identifying your child; it rejected that because the evaluation does not show a disability that needs special education. The team may recommend classroom supports.',
    otherFactors: 'The team considered the information you gave and your child’s performance in school.',
  };
}
