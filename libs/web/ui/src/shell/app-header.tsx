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

/** On a phone the header takes three rows (product and language, the person, their actions), so nothing hides in a menu. */
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
        // On a phone the name has a row of its own: beside the actions it was cut to "Al…" in Spanish, whose
        // labels are longer. It wraps rather than truncates, so a long name is read whole.
        <Flex
          direction={{ base: 'column', sm: 'row' }}
          align={{ base: 'stretch', sm: 'center' }}
          justify="space-between"
          gap={{ base: 4, sm: 'sm' }}
        >
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            <VisuallyHidden>{t('account.signedInAs')} </VisuallyHidden>
            {person.displayName}
          </Text>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {shown.map(({ Component, ownRowOnPhone }, index) => (
              <Component key={index} visibleFrom={ownRowOnPhone ? 'sm' : undefined} />
            ))}
          </Group>
        </Flex>
      )}
      {shown
        .filter((item) => item.ownRowOnPhone)
        .map(({ Component }, index) => (
          <Component key={index} hiddenFrom="sm" />
        ))}
    </Flex>
  );
}
