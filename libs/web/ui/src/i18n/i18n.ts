import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

/** The English texts of pages that are never the first page (loaded with the page: see `loadPageTexts`). */
type EnglishPageTexts = typeof import('./en-pages.json');
type English = typeof en & Omit<EnglishPageTexts, 'default'>;

// Here rather than in a .d.ts, so that every project importing the ui library gets keys checked by `t()`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: English };
  }
}

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the language a person picked with the switcher is kept; a detected language is never stored. */
export const LANGUAGE_STORAGE_KEY = 'iep-team.language';

type Spanish = typeof import('./es.json');
// Both directions, so a text missing (or left over) in either language fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tablesMatch: Same<English, Omit<Spanish, 'default'>> = true;
void tablesMatch;

/**
 * English is in the first download; Spanish comes when it is the page's language, so an English reader
 * never downloads it (the first page has a size budget: apps/web-e2e/src/first-page-3g.e2e.ts).
 */
const spanishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'es') return callback(null, language === 'en' ? en : {});
    import('./es.json').then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

let pageTexts: Promise<void> | undefined;

/**
 * The English texts of the pages that are never a first page (sign-off, meetings, evaluations, progress,
 * services, the student page): every lazy page waits for them as it loads its code, so the first page's download stays
 * within its budget. Spanish readers get them with the whole Spanish table.
 */
export function loadPageTexts(): Promise<void> {
  pageTexts ??= import('./en-pages.json').then((module) => {
    i18n.addResourceBundle('en', 'translation', module.default, true, false);
  });
  return pageTexts;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function initI18n() {
  void i18n
    .use(LanguageDetector)
    .use(spanishOnDemand)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en } },
      // English is bundled; other languages come from the backend above.
      partialBundledLanguages: true,
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
