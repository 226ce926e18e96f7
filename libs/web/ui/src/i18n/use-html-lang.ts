import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Screen readers pick their voice from <html lang>, so it follows every language change. */
export function useHtmlLang() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
