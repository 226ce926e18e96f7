import { Anchor, Flex, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from '../language-switcher';
import type { HeaderItem } from './web-feature';

type Props = {
  /** The signed-in person, or null before sign-in. */
  person: { displayName: string; role: string } | null;
  /** Every area's items; the header shows those meant for the person. */
  items: HeaderItem[];
};

/** The items a person sees, in their order. */
export function headerItemsFor(items: HeaderItem[], role: string): HeaderItem[] {
  return items.filter((item) => !item.shownTo || item.shownTo(role)).sort((a, b) => a.order - b.order);
}

/** On a phone the header takes two rows (product and language, then the person), so nothing hides in a menu. */
export function AppHeader({ person, items }: Props) {
  const { t } = useTranslation();
  const shown = person ? headerItemsFor(items, person.role) : [];
  return (
    <Flex
      h="100%"
      px="md"
      py={{ base: 'xs', sm: 0 }}
      direction={{ base: 'column', sm: 'row' }}
      align={{ base: 'stretch', sm: 'center' }}
      justify="center"
      gap={{ base: 'xs', sm: 'lg' }}
    >
      <Group justify="space-between" wrap="nowrap" style={{ flex: 1 }}>
        <Anchor component={Link} to="/" fw={700} fz="lg" c="var(--mantine-color-text)" underline="hover">
          {t('app.name')}
        </Anchor>
        <LanguageSwitcher />
      </Group>
      {person !== null && (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text truncate="end" fw={600}>
            <VisuallyHidden>{t('account.signedInAs')} </VisuallyHidden>
            {person.displayName}
          </Text>
          {/* On a narrow phone the name gives way (it truncates); the actions keep their full labels. */}
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {shown.map(({ Component, ownRowOnPhone }, index) => (
              <Component key={index} visibleFrom={ownRowOnPhone ? 'sm' : undefined} />
            ))}
          </Group>
        </Group>
      )}
      {shown
        .filter((item) => item.ownRowOnPhone)
        .map(({ Component }, index) => (
          <Component key={index} hiddenFrom="sm" />
        ))}
    </Flex>
  );
}
