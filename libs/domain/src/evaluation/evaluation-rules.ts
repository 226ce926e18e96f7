// Before the IEP (34 CFR 300.300–300.311): referral, consent to evaluate, the evaluation and its reports,
// the eligibility determination, and reevaluation. Dates are 'YYYY-MM-DD' on the district's calendar.
import { addYears, compareDates, isIsoDate, type IsoDate } from '../deadlines/local-date';
import type { Localized } from '../localized';

export const EvaluationKind = { Initial: 'INITIAL', Reevaluation: 'REEVALUATION' } as const;
export type EvaluationKind = (typeof EvaluationKind)[keyof typeof EvaluationKind];

/** Who asked for the evaluation (300.301(b): the parent or the public agency may request it). */
export const ReferralSource = { School: 'SCHOOL', Parent: 'PARENT' } as const;
export type ReferralSource = (typeof ReferralSource)[keyof typeof ReferralSource];

/** How the parent's written consent reached the district. */
export const ConsentMethod = { ESigned: 'E_SIGNED', Paper: 'PAPER' } as const;
export type ConsentMethod = (typeof ConsentMethod)[keyof typeof ConsentMethod];

/** The areas of suspected disability an evaluation assesses (300.304(c)(4)). */
export const EvaluationArea = {
  Health: 'HEALTH',
  Vision: 'VISION',
  Hearing: 'HEARING',
  SocialEmotional: 'SOCIAL_EMOTIONAL',
  GeneralIntelligence: 'GENERAL_INTELLIGENCE',
  AcademicPerformance: 'ACADEMIC_PERFORMANCE',
  Communication: 'COMMUNICATION',
  MotorAbilities: 'MOTOR_ABILITIES',
} as const;
export type EvaluationArea = (typeof EvaluationArea)[keyof typeof EvaluationArea];
export const EVALUATION_AREAS: readonly EvaluationArea[] = Object.values(EvaluationArea);

/** Ed-Fi's EvaluationDelayReasonDescriptor: why an evaluation ran past the state's timeline. */
export const EvaluationDelayReason = {
  /** The parent repeatedly did not produce the child for the evaluation (300.301(d)(1)). */
  ChildUnavailable: 'CHILD_UNAVAILABLE',
  /** An initial specific learning disability evaluation extended by written agreement (300.309(c)). */
  InitialSldEvaluation: 'INITIAL_SLD_EVALUATION',
  /** The child enrolled in another district after the timeline began (300.301(d)(2), (e)). */
  Transfer: 'TRANSFER',
} as const;
export type EvaluationDelayReason = (typeof EvaluationDelayReason)[keyof typeof EvaluationDelayReason];
export const EVALUATION_DELAY_REASONS: readonly EvaluationDelayReason[] = Object.values(EvaluationDelayReason);

/** The thirteen disability categories of IDEA (34 CFR 300.8(c)). */
export const DisabilityCategory = {
  Autism: 'AUTISM',
  DeafBlindness: 'DEAF_BLINDNESS',
  Deafness: 'DEAFNESS',
  EmotionalDisturbance: 'EMOTIONAL_DISTURBANCE',
  HearingImpairment: 'HEARING_IMPAIRMENT',
  IntellectualDisability: 'INTELLECTUAL_DISABILITY',
  MultipleDisabilities: 'MULTIPLE_DISABILITIES',
  OrthopedicImpairment: 'ORTHOPEDIC_IMPAIRMENT',
  OtherHealthImpairment: 'OTHER_HEALTH_IMPAIRMENT',
  SpecificLearningDisability: 'SPECIFIC_LEARNING_DISABILITY',
  SpeechOrLanguageImpairment: 'SPEECH_OR_LANGUAGE_IMPAIRMENT',
  TraumaticBrainInjury: 'TRAUMATIC_BRAIN_INJURY',
  VisualImpairment: 'VISUAL_IMPAIRMENT',
} as const;
export type DisabilityCategory = (typeof DisabilityCategory)[keyof typeof DisabilityCategory];
export const DISABILITY_CATEGORIES: readonly DisabilityCategory[] = Object.values(DisabilityCategory);

/** Where an evaluation stands, read from what has been recorded. */
export const EvaluationStage = {
  Referred: 'REFERRED',
  Consented: 'CONSENTED',
  Determined: 'DETERMINED',
} as const;
export type EvaluationStage = (typeof EvaluationStage)[keyof typeof EvaluationStage];

export interface EvaluationFacts {
  readonly kind: EvaluationKind;
  readonly referredOn: IsoDate;
  readonly consentOn: IsoDate | null;
  readonly plannedAreas: readonly EvaluationArea[];
  readonly reportedAreas: readonly EvaluationArea[];
  readonly determinedOn: IsoDate | null;
}

export function evaluationStage(facts: Pick<EvaluationFacts, 'consentOn' | 'determinedOn'>): EvaluationStage {
  if (facts.determinedOn) return EvaluationStage.Determined;
  return facts.consentOn ? EvaluationStage.Consented : EvaluationStage.Referred;
}

/** A refusal of a step, with the field it concerns and why, in both languages. */
export interface EvaluationRefusal {
  readonly reason: string;
  readonly field?: string;
  readonly message: Localized;
}

type Verdict = EvaluationRefusal | null;

/** A step's date: a real date, not in the future. */
export function checkPastDate(date: string, today: IsoDate, field: string, what: Localized): Verdict {
  if (!isIsoDate(date)) {
    return { reason: 'INVALID_DATE', field, message: { en: `${what.en} must be a real date.`, es: `${what.es} debe ser una fecha real.` } };
  }
  if (compareDates(date, today) > 0) {
    return { reason: 'FUTURE_DATE', field, message: { en: `${what.en} cannot be in the future.`, es: `${what.es} no puede ser una fecha futura.` } };
  }
  return null;
}

/** A referral is dated on or before today. */
export function checkReferral(referredOn: string, today: IsoDate): Verdict {
  return checkPastDate(referredOn, today, 'referredOn', { en: 'The referral date', es: 'La fecha de la remisión' });
}

/** Consent is given once, after the referral and not in the future (300.300(a)). */
export function checkConsent(facts: Pick<EvaluationFacts, 'referredOn' | 'consentOn' | 'determinedOn'>, consentOn: string, today: IsoDate): Verdict {
  if (facts.consentOn) {
    return { reason: 'ALREADY_CONSENTED', message: { en: `Consent was already recorded on ${facts.consentOn}.`, es: `El consentimiento ya se registró el ${facts.consentOn}.` } };
  }
  const date = checkPastDate(consentOn, today, 'consentOn', { en: 'The consent date', es: 'La fecha del consentimiento' });
  if (date) return date;
  if (compareDates(consentOn, facts.referredOn) < 0) {
    return {
      reason: 'CONSENT_BEFORE_REFERRAL', field: 'consentOn',
      message: { en: `Consent cannot come before the referral (${facts.referredOn}).`, es: `El consentimiento no puede ser anterior a la remisión (${facts.referredOn}).` },
    };
  }
  return null;
}

/** The plan and the reports follow consent: no assessment is done without it (300.300(a)(1)(iii)). */
export function checkEvaluating(facts: Pick<EvaluationFacts, 'consentOn' | 'determinedOn'>): Verdict {
  if (!facts.consentOn) {
    return { reason: 'NO_CONSENT', message: { en: 'Record the parent’s consent to evaluate first.', es: 'Primero registre el consentimiento de los padres para evaluar.' } };
  }
  if (facts.determinedOn) {
    return { reason: 'ALREADY_DETERMINED', message: { en: 'Eligibility was already determined; this evaluation is closed.', es: 'La elegibilidad ya se determinó; esta evaluación está cerrada.' } };
  }
  return null;
}

/** Each area is assessed by one person; an area appears once. */
export function checkPlan(areas: ReadonlyArray<{ area: string; assessorId: string }>): Verdict {
  if (areas.length === 0) {
    return { reason: 'EMPTY_PLAN', field: 'areas', message: { en: 'Choose at least one area to assess.', es: 'Elija al menos un área que evaluar.' } };
  }
  const seen = new Set<string>();
  for (const { area } of areas) {
    if (!(EVALUATION_AREAS as readonly string[]).includes(area)) {
      return { reason: 'UNKNOWN_AREA', field: 'areas', message: { en: `"${area}" is not an area of assessment.`, es: `«${area}» no es un área de evaluación.` } };
    }
    if (seen.has(area)) {
      return { reason: 'DUPLICATE_AREA', field: 'areas', message: { en: 'Each area is listed once, with one assessor.', es: 'Cada área aparece una vez, con una sola persona evaluadora.' } };
    }
    seen.add(area);
  }
  return null;
}

/** A delay names an Ed-Fi reason; a transfer or an SLD extension names the date agreed with the parent (300.301(e), 300.309(c)). */
export function checkDelay(reason: string, agreedCompletionOn: string | null, facts: Pick<EvaluationFacts, 'consentOn' | 'determinedOn'>): Verdict {
  const evaluating = checkEvaluating(facts);
  if (evaluating) return evaluating;
  if (!(EVALUATION_DELAY_REASONS as readonly string[]).includes(reason)) {
    return { reason: 'UNKNOWN_DELAY_REASON', field: 'reason', message: { en: 'Choose one of the listed reasons.', es: 'Elija uno de los motivos de la lista.' } };
  }
  if (reason !== EvaluationDelayReason.ChildUnavailable) {
    if (!agreedCompletionOn || !isIsoDate(agreedCompletionOn) || compareDates(agreedCompletionOn, facts.consentOn!) <= 0) {
      return {
        reason: 'AGREED_DATE_REQUIRED', field: 'agreedCompletionOn',
        message: { en: 'Give the completion date agreed with the parent, after the consent date.', es: 'Indique la fecha de finalización acordada con los padres, posterior al consentimiento.' },
      };
    }
  }
  return null;
}

/**
 * What a recorded delay does to the evaluation timeframe (300.301(d)): it does not apply when the parent repeatedly
 * fails to produce the child, or when the child enrolls in another district before the determination, so its
 * deadline closes with that reason. An SLD evaluation extended by agreement keeps its deadline, moved to the agreed
 * date (see delayExtendsTimeframeTo).
 */
export function delayClosesTimeframe(reason: EvaluationDelayReason): 'CHILD_NOT_PRODUCED' | 'CHILD_TRANSFERRED' | null {
  if (reason === EvaluationDelayReason.ChildUnavailable) return 'CHILD_NOT_PRODUCED';
  if (reason === EvaluationDelayReason.Transfer) return 'CHILD_TRANSFERRED';
  return null;
}

/**
 * The day an initial evaluation's timeline runs to after a delay: for a specific learning disability evaluation the
 * parent and the district may extend it by written agreement (300.309(c)), and the agreed date becomes the due date.
 * Null when the delay does not move the timeline.
 */
export function delayExtendsTimeframeTo(reason: EvaluationDelayReason, agreedCompletionOn: string | null): IsoDate | null {
  return reason === EvaluationDelayReason.InitialSldEvaluation && agreedCompletionOn !== null && isIsoDate(agreedCompletionOn) ? agreedCompletionOn : null;
}

/** The child is produced after the parent failed to: once, for an evaluation delayed for that reason, on a day from the consent to today. */
export function checkChildProduced(
  facts: Pick<EvaluationFacts, 'consentOn' | 'determinedOn'> & { delayReason: string | null; childProducedOn: string | null },
  producedOn: string,
  today: IsoDate,
): Verdict {
  const evaluating = checkEvaluating(facts);
  if (evaluating) return evaluating;
  if (facts.delayReason !== EvaluationDelayReason.ChildUnavailable) {
    return {
      reason: 'NOT_DELAYED_FOR_CHILD', message: {
        en: 'Record first that the parent did not produce the child for the evaluation.',
        es: 'Registre primero que los padres no llevaron al niño o niña a la evaluación.',
      },
    };
  }
  if (facts.childProducedOn !== null) {
    return { reason: 'ALREADY_PRODUCED', message: { en: 'The child was already produced for this evaluation.', es: 'El niño o niña ya se llevó a esta evaluación.' } };
  }
  const date = checkPastDate(producedOn, today, 'producedOn', { en: 'The day the child was produced', es: 'El día en que se llevó al niño o niña' });
  if (date) return date;
  // Not produced at first means produced on a later day than the consent: the new timeframe is a new occurrence.
  if (compareDates(producedOn, facts.consentOn!) <= 0) {
    return {
      reason: 'BEFORE_CONSENT', field: 'producedOn',
      message: { en: 'The child is produced on a day after the consent.', es: 'El niño o niña se lleva un día posterior al consentimiento.' },
    };
  }
  return null;
}

/**
 * Eligibility is determined after the evaluation (300.306): every planned area has its report; an
 * eligible child has one of the thirteen categories, an ineligible one none.
 */
export function checkEligibility(facts: EvaluationFacts, input: { determinedOn: string; eligible: boolean; category: string | null }, today: IsoDate): Verdict {
  const evaluating = checkEvaluating(facts);
  if (evaluating) return evaluating;
  const date = checkPastDate(input.determinedOn, today, 'determinedOn', { en: 'The meeting date', es: 'La fecha de la reunión' });
  if (date) return date;
  if (compareDates(input.determinedOn, facts.consentOn!) < 0) {
    return { reason: 'BEFORE_CONSENT', field: 'determinedOn', message: { en: 'The meeting cannot come before the consent.', es: 'La reunión no puede ser anterior al consentimiento.' } };
  }
  if (facts.plannedAreas.length === 0) {
    return { reason: 'NO_PLAN', message: { en: 'Plan the evaluation before determining eligibility.', es: 'Planifique la evaluación antes de determinar la elegibilidad.' } };
  }
  const missing = facts.plannedAreas.filter((area) => !facts.reportedAreas.includes(area));
  if (missing.length) {
    return {
      reason: 'REPORTS_MISSING', message: {
        en: `Each planned area needs its report first (missing: ${missing.length}).`,
        es: `Cada área planificada necesita primero su informe (faltan: ${missing.length}).`,
      },
    };
  }
  if (input.eligible && !(DISABILITY_CATEGORIES as readonly string[]).includes(input.category ?? '')) {
    return { reason: 'CATEGORY_REQUIRED', field: 'category', message: { en: 'Choose the disability category.', es: 'Elija la categoría de discapacidad.' } };
  }
  if (!input.eligible && input.category) {
    return { reason: 'CATEGORY_NOT_ELIGIBLE', field: 'category', message: { en: 'A child found not eligible has no disability category.', es: 'Un niño que no es elegible no tiene categoría de discapacidad.' } };
  }
  return null;
}

/**
 * A reevaluation happens at most once a year unless the parent and the district agree (300.303(b)(1)).
 * `lastEvaluatedOn` is the last eligibility determination (or reevaluation not-needed agreement).
 */
export function checkReevaluationRequest(lastEvaluatedOn: IsoDate | null, requestedOn: IsoDate, bothAgree: boolean): Verdict {
  if (lastEvaluatedOn === null) {
    return { reason: 'NO_EVALUATION', message: { en: 'There is no evaluation to repeat: make a referral for an initial evaluation.', es: 'No hay evaluación que repetir: haga una remisión para una evaluación inicial.' } };
  }
  const earliest = earliestReevaluation(lastEvaluatedOn);
  if (compareDates(requestedOn, earliest) < 0 && !bothAgree) {
    return {
      reason: 'TOO_SOON', field: 'parentAndDistrictAgree',
      message: {
        en: `The last evaluation was on ${lastEvaluatedOn}: a reevaluation before ${earliest} needs the parent’s and the district’s agreement.`,
        es: `La última evaluación fue el ${lastEvaluatedOn}: una reevaluación antes del ${earliest} necesita el acuerdo de los padres y del distrito.`,
      },
    };
  }
  return null;
}

/** The first day a reevaluation may happen without an agreement: one year after the last evaluation. */
export function earliestReevaluation(lastEvaluatedOn: IsoDate): IsoDate {
  return addYears(lastEvaluatedOn, 1);
}

/** The largest file an evaluator's report may carry: 2 MB. */
export const REPORT_FILE_MAX_BYTES = 2 * 1024 * 1024;
/** The types a report file may be attached as. */
export const REPORT_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const;
export type ReportFileType = (typeof REPORT_FILE_TYPES)[number];

/** A report file is one of the accepted types, not empty and at most 2 MB (the form checks it before sending, the API again). */
export function checkReportFile(file: { type: string; size: number }): Verdict {
  if (!(REPORT_FILE_TYPES as readonly string[]).includes(file.type.toLowerCase())) {
    return { reason: 'FILE_TYPE', field: 'file', message: { en: 'Attach a PDF, PNG, JPEG or plain text file.', es: 'Adjunte un archivo PDF, PNG, JPEG o de texto.' } };
  }
  if (file.size === 0 || file.size > REPORT_FILE_MAX_BYTES) {
    return { reason: 'FILE_SIZE', field: 'file', message: { en: 'A report file is at most 2 MB.', es: 'Un archivo de informe tiene como máximo 2 MB.' } };
  }
  return null;
}
