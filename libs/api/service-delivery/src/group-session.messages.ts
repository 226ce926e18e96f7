import type { Localized } from '@iep/domain';

/** What a group session's refusals say; each names the student first (group-session.service.ts). */
export const GROUP_SESSION_MESSAGES = {
  keysRepeated: {
    en: 'Each student and each data point of a group needs its own entry key. Enter the group again.',
    es: 'Cada estudiante y cada dato de un grupo necesita su propia clave de registro. Vuelva a ingresar el grupo.',
  },
  keysPartlyUsed: {
    en: 'Some of these entry keys were already used for other sessions. Enter the group again.',
    es: 'Algunas de estas claves de registro ya se usaron para otras sesiones. Vuelva a ingresar el grupo.',
  },
  keyReused: {
    en: 'This entry key was already used for another session. Enter the group again.',
    es: 'Esta clave de registro ya se usó para otra sesión. Vuelva a ingresar el grupo.',
  },
  notInForce: {
    en: "Sessions are logged against the IEP in force; this service's IEP is not.",
    es: 'Las sesiones se registran en el IEP vigente, y el IEP de este servicio no lo es.',
  },
  notProvider: {
    en: "Only the service's provider, the IEP's case manager or the district representative can log its sessions.",
    es: 'Solo el proveedor del servicio, el responsable del caso del IEP o el representante del distrito pueden registrar sus sesiones.',
  },
  goalOfService: { en: 'Choose goals that this service supports.', es: 'Elija metas que este servicio apoya.' },
  notGoalRecorder: {
    en: "Only the team member the goal is assigned to, the IEP's case manager or the district representative can record its progress.",
    es: 'Solo el miembro del equipo a quien se asignó la meta, el responsable del caso del IEP o el representante del distrito pueden registrar su progreso.',
  },
  needsMeasure: {
    en: 'This goal does not say how it is measured yet, so it takes no data points.',
    es: 'Esta meta todavía no dice cómo se mide, así que no admite datos.',
  },
  offScale: (min: number, max: number): Localized => ({
    en: `A data point on this goal is from ${min} to ${max}.`,
    es: `Un dato de esta meta va de ${min} a ${max}.`,
  }),
} satisfies Record<string, Localized | ((...args: number[]) => Localized)>;
