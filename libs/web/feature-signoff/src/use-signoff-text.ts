import { useTranslation } from 'react-i18next';

/** Dates and times in the reader's language, as the sign-off pages show them. */
export function useSignoffFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const dateTime = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  /** A calendar date (YYYY-MM-DD) read as that day, not shifted by the reader's time zone. */
  const day = (isoDate: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  const language: 'en' | 'es' = locale.startsWith('es') ? 'es' : 'en';
  return { dateTime, day, language };
}
