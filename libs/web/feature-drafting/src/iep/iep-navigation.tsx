import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { goToPart } from './iep-panels';
import type { SuggestionView } from './types';
import { useIepText } from './use-iep-text';

type NavProps = {
  parts: readonly { id: string }[];
  partNames: ReadonlyMap<string, string>;
  collapsedCount: number;
  onOpen: (partId: string) => void;
  onCollapseAll: (collapsed: boolean) => void;
};

/**
 * Stays at the top while the IEP scrolls (a draft on a phone is many screens long): a list to jump to any
 * part, and one button to fold every part to its heading or open them all again. Both are ordinary form
 * controls, so the keyboard reaches them as it reaches everything else.
 */
export function IepSectionNav({ parts, partNames, collapsedCount, onOpen, onCollapseAll }: NavProps) {
  const { t } = useTranslation();
  return (
    <Paper
      component="nav"
      aria-label={t('iep.nav.label')}
      withBorder
      p="xs"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, var(--app-shell-header-height, 0px)) + 4px)', zIndex: 5 }}
    >
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('iep.nav.jump')}
          value=""
          style={{ flex: '1 1 14rem' }}
          data={[{ value: '', label: t('iep.nav.choose'), disabled: true }, ...parts.map((part) => ({ value: part.id, label: partNames.get(part.id) ?? '' }))]}
          onChange={(event) => {
            const id = event.currentTarget.value;
            if (!id) return;
            onOpen(id);
            // The part opens first, then takes focus, so the reader lands on its heading.
            requestAnimationFrame(() => goToPart(id));
          }}
        />
        <Button variant="default" onClick={() => onCollapseAll(collapsedCount < parts.length)}>
          {collapsedCount < parts.length ? t('iep.nav.collapseAll') : t('iep.nav.expandAll')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The case manager's decided proposals stay on the page with their outcome, instead of vanishing once decided. */
export function DecidedProposals({ suggestions, partNames }: { suggestions: readonly SuggestionView[]; partNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { partTitle, date } = useIepText();
  const decided = suggestions
    .filter((suggestion) => suggestion.status === 'ACCEPTED' || suggestion.status === 'REJECTED')
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
  return (
    <Paper component="section" aria-labelledby="iep-decided-heading" withBorder p={{ base: 'sm', sm: 'md' }}>
      <Title order={2} size="h4" id="iep-decided-heading">
        {t('iep.decided.heading', { count: decided.length })}
      </Title>
      {decided.length === 0 ? (
        <Text size="sm" mt="xs">
          {t('iep.decided.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} mt="xs" style={{ listStyle: 'none' }}>
          {decided.map((suggestion) => {
            const part = (suggestion.partId && partNames.get(suggestion.partId)) || partTitle(suggestion.partKind);
            return (
              <li key={suggestion.id}>
                <Group gap="xs" wrap="wrap" align="center">
                  <Badge color={suggestion.status === 'ACCEPTED' ? 'green' : 'gray'}>{t(`iep.suggest.status.${suggestion.status}`)}</Badge>
                  <Text size="sm" fw={600}>
                    {suggestion.partId && partNames.has(suggestion.partId) ? (
                      <Anchor
                        href={`#part-${suggestion.partId}`}
                        onClick={(event) => {
                          event.preventDefault();
                          goToPart(suggestion.partId!);
                        }}
                      >
                        {part}
                      </Anchor>
                    ) : (
                      part
                    )}
                  </Text>
                  <Text size="sm">{t('iep.decided.proposedBy', { name: suggestion.proposer.displayName })}</Text>
                </Group>
                <Text size="sm">
                  {t(`iep.suggest.decided.${suggestion.status as 'ACCEPTED' | 'REJECTED'}`, {
                    name: suggestion.decidedBy?.displayName ?? t('iep.conflict.someone'),
                    when: suggestion.decidedAt ? date(suggestion.decidedAt) : '',
                  })}
                  {suggestion.decisionReason ? ` ${t('iep.suggest.reasonGiven', { reason: suggestion.decisionReason })}` : ''}
                </Text>
              </li>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
