/** The languages people read IEP Team in. */
export type Language = 'en' | 'es';

/**
 * A text written for people, in each language. The domain's own refusals carry one, so that the API can
 * answer a reader in their language (see DomainError in libs/api/core).
 */
export interface Localized {
  readonly en: string;
  readonly es: string;
}
