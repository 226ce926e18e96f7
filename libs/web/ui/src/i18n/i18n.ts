import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';

// Here rather than in a .d.ts, so that every project importing the ui library gets keys checked by `t()`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the language a person picked with the switcher is kept; a detected language is never stored. */
export const LANGUAGE_STORAGE_KEY = 'iep-team.language';

// Both directions, so a text missing (or left over) in either language fails the type check.
const resources = {
  en: { translation: en satisfies typeof es },
  es: { translation: es satisfies typeof en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function initI18n() {
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: LANGUAGES,
      // 'es-MX' from the browser resolves to 'es'.
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        // Only an explicit choice is remembered; otherwise a signed-in person's own locale must still win.
        caches: [],
      },
    });
  return i18n;
}

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(resolved) ? resolved : 'en';
}

export function hasChosenLanguage(): boolean {
  try {
    return isLanguage(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); then nothing was chosen.
    return false;
  }
}

export function chooseLanguage(language: Language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice still applies for this visit.
  }
  return i18n.changeLanguage(language);
}

export { i18n };
