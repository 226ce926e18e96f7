import { useEffect } from 'react';
import { hasChosenLanguage, i18n, isLanguage } from './i18n';

/** A person's saved locale is their default; a language they picked on this device still wins. */
export function useProfileLanguage(locale: string | undefined) {
  useEffect(() => {
    if (isLanguage(locale) && !hasChosenLanguage()) void i18n.changeLanguage(locale);
  }, [locale]);
}
