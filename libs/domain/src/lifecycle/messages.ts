import type { Localized } from '../localized';
import { IepKind, IepStatus, UserRole } from '../roles';
import type {
  LifecycleCommandType,
  LifecycleError,
  LifecycleErrorCode,
  LifecycleQualityIssue,
} from './types';

/** How a Spanish message names an IEP's status, as the pages do. */
export const IEP_STATUS_ES: Readonly<Record<IepStatus, string>> = {
  [IepStatus.Draft]: 'borrador',
  [IepStatus.Proposed]: 'enviado a la familia',
  [IepStatus.Active]: 'vigente',
  [IepStatus.Superseded]: 'reemplazado por un IEP más reciente',
  [IepStatus.Expired]: 'revisión anual vencida',
};

/** An IEP of each kind as the subject of a Spanish sentence. */
export const IEP_KIND_SUBJECT_ES: Readonly<Record<IepKind, string>> = {
  [IepKind.Initial]: 'Un IEP inicial',
  [IepKind.Annual]: 'Una revisión anual',
  [IepKind.Amendment]: 'Una enmienda',
};

/** A role inside a Spanish sentence (lower case): "El rol de …", and the team e-mails. */
export const ROLE_ES: Readonly<Record<UserRole, string>> = {
  [UserRole.Parent]: 'padre, madre o tutor',
  [UserRole.Student]: 'estudiante',
  [UserRole.GeneralEducationTeacher]: 'maestro de educación general',
  [UserRole.SpecialEducationTeacher]: 'maestro de educación especial',
  [UserRole.Specialist]: 'especialista',
  [UserRole.DistrictRepresentative]: 'representante del distrito',
  [UserRole.DistrictAdmin]: 'administrador del distrito',
  [UserRole.Guest]: 'invitado',
};

/** What each command does, as an infinitive after "puede …". */
export const COMMAND_ES: Readonly<Record<LifecycleCommandType, string>> = {
  FINALIZE: 'finalizar el IEP',
  WITHDRAW: 'retirar la propuesta',
  MARK_REVIEWED: 'marcar el IEP como revisado',
  CONSENT: 'dar el consentimiento',
  CONSENT_WITH_EXCEPTIONS: 'dar el consentimiento con excepciones',
  DECLINE: 'rechazar el IEP',
  TAKE_EFFECT_AFTER_NOTICE: 'poner el IEP en vigor tras el aviso',
  START_AMENDMENT: 'iniciar una enmienda',
  START_ANNUAL_REVIEW: 'iniciar la revisión anual',
  SUPERSEDE: 'reemplazar el IEP',
  EXPIRE: 'dar el IEP por vencido',
};

export function lifecycleError(
  code: LifecycleErrorCode,
  text: Localized,
  issues?: readonly LifecycleQualityIssue[],
): LifecycleError {
  const error = { code, message: text.en, localized: text };
  return issues === undefined ? error : { ...error, issues };
}
