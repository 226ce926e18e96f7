import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, isLanguage, LANGUAGES, type Language } from './i18n';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const NATIVE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  // The button chosen shows as pressed at once, while its texts (Spanish comes on demand) are still loading.
  const [choosing, setChoosing] = useState<Language | null>(null);
  const active: Language = choosing ?? (isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');

  function choose(language: Language) {
    setChoosing(language);
    void chooseLanguage(language).finally(() => setChoosing(null));
  }

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
          onClick={() => choose(language)}
        >
          {NATIVE_NAMES[language]}
        </Button>
      ))}
    </Group>
  );
}
