import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, isLanguage, LANGUAGES, type Language } from './i18n';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const NATIVE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="sm"
          px="xs"
          variant={language === active ? 'filled' : 'default'}
          lang={language}
          aria-pressed={language === active}
          onClick={() => void chooseLanguage(language)}
        >
          {NATIVE_NAMES[language]}
        </Button>
      ))}
    </Group>
  );
}
