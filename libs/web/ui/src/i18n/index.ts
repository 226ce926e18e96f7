export { chooseLanguage, currentLanguage, i18n, initI18n, isLanguage, LANGUAGES, loadPageTexts } from './i18n';
export type { Language } from './i18n';
export { formatIsoDate } from './format-iso-date';
export { useHtmlLang } from './use-html-lang';
export { useProfileLanguage } from './use-profile-language';
