import type { Localized } from '@iep/domain';

/** The refusals of progress monitoring in both languages, kept apart so the service reads without them. */
export const PROGRESS_MESSAGES = {
  notAGoal: { en: 'Progress is recorded on goals; that part is not a goal.', es: 'El progreso se registra en las metas; esa parte no es una meta.' },
  notRecorder: {
    en: "Only the team member this goal is assigned to, this IEP's case manager or the district representative can record its progress.",
    es: 'Solo el miembro del equipo a quien se asignó esta meta, el responsable del caso de este IEP o el representante del distrito pueden registrar su progreso.',
  },
  notInForce: {
    en: 'Progress is recorded on the goals of the IEP in force; this IEP is not in force.',
    es: 'El progreso se registra en las metas del IEP vigente; este IEP no está vigente.',
  },
  goalRemoved: { en: 'This goal was removed from the IEP.', es: 'Esta meta se quitó del IEP.' },
  needsMeasure: {
    en: 'This goal does not say how it is measured yet (measure, baseline, target and date). Add them in an amendment or the annual review.',
    es: 'Esta meta todavía no dice cómo se mide (medida, valor inicial, meta y fecha). Agréguelos en una enmienda o en la revisión anual.',
  },
  offScale: (min: number, max: number, whole: boolean): Localized => ({
    en: `Use ${whole ? 'a whole number' : 'a value'} from ${min} to ${max} for this goal.`,
    es: `Use ${whole ? 'un número entero' : 'un valor'} de ${min} a ${max} para esta meta.`,
  }),
  notARealDate: { en: 'That day is not a real calendar date.', es: 'Ese día no es una fecha real del calendario.' },
  inTheFuture: { en: 'A measurement cannot be dated after today.', es: 'Una medición no puede tener una fecha posterior a hoy.' },
  settingRequired: { en: 'Say where the measurement was taken.', es: 'Indique dónde se tomó la medición.' },
  keyReused: {
    en: 'That entry key was already used for another goal. Send a new entry.',
    es: 'Esa clave de entrada ya se usó para otra meta. Envíe una entrada nueva.',
  },
  staleCorrection: {
    en: 'Someone corrected this data point since you opened it. Here is the current value; correct it again if needed.',
    es: 'Alguien corrigió este dato desde que lo abrió. Este es el valor actual; corríjalo de nuevo si hace falta.',
  },
  flagNotRaised: {
    en: 'That flag is not raised on this goal now; reload the goal.',
    es: 'Esa alerta no está activa en esta meta ahora; vuelva a cargar la meta.',
  },
  flagAlreadyAcknowledged: {
    en: 'That flag was already acknowledged. It shows again when newer data raises it.',
    es: 'Esa alerta ya se atendió. Vuelve a aparecer cuando datos más recientes la activen.',
  },
  noteRequired: { en: 'Say what was changed, or why nothing needs to change.', es: 'Indique qué se cambió, o por qué no hace falta cambiar nada.' },
} as const;
