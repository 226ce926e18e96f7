// Revocation of consent for special education and related services (34 CFR 300.300(b)(4)): the parent revokes in
// writing; before services stop the district gives prior written notice (300.503), which names the day they end.
import { addDays, compareDates, isIsoDate, type IsoDate } from '../deadlines/local-date';
import type { Localized } from '../localized';

export interface RightsRefusal {
  readonly reason: string;
  readonly field?: string;
  readonly message: Localized;
}

/**
 * Notice must come a reasonable time before services stop (300.503(a)); the district cannot stretch the end of
 * services past what the parent asked for indefinitely, so it names a day within this many days of its notice.
 */
export const MAX_DAYS_TO_END_SERVICES = 30;

/** Where a revocation stands: signed by the parent, then answered by the district's notice naming the last day. */
export type RevocationStatus = 'AWAITING_NOTICE' | 'SERVICES_ENDING' | 'SERVICES_ENDED';

export function revocationStatus(servicesEndOn: IsoDate | null, today: IsoDate): RevocationStatus {
  if (servicesEndOn === null) return 'AWAITING_NOTICE';
  return compareDates(servicesEndOn, today) <= 0 ? 'SERVICES_ENDED' : 'SERVICES_ENDING';
}

/** The day services end: a real date, no earlier than the notice (today) and within MAX_DAYS_TO_END_SERVICES of it. */
export function checkServicesEndOn(servicesEndOn: string, today: IsoDate): RightsRefusal | null {
  if (!isIsoDate(servicesEndOn)) {
    return { reason: 'INVALID_DATE', field: 'servicesEndOn', message: { en: 'The day services end must be a real date.', es: 'El día en que terminan los servicios debe ser una fecha real.' } };
  }
  if (compareDates(servicesEndOn, today) < 0) {
    return {
      reason: 'BEFORE_NOTICE', field: 'servicesEndOn',
      message: { en: 'Services cannot end before the notice is sent: choose today or a later day.', es: 'Los servicios no pueden terminar antes de enviar el aviso: elija hoy o un día posterior.' },
    };
  }
  if (compareDates(servicesEndOn, addDays(today, MAX_DAYS_TO_END_SERVICES)) > 0) {
    return {
      reason: 'TOO_LATE', field: 'servicesEndOn',
      message: {
        en: `Services end within ${MAX_DAYS_TO_END_SERVICES} days of the notice, as the parent revoked consent.`,
        es: `Los servicios terminan dentro de los ${MAX_DAYS_TO_END_SERVICES} días siguientes al aviso, ya que los padres revocaron el consentimiento.`,
      },
    };
  }
  return null;
}
