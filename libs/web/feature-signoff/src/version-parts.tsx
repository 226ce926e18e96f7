import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PartReadView, type PartKindName, useIepText } from '@iep/web/feature-drafting';
import classes from './signoff.module.css';

export type VersionPartView = {
  id: string;
  kind: PartKindName;
  position: number;
  content: Record<string, unknown>;
  excepted: boolean;
};

/** Names of a version's parts as people say them ("Annual goal 2: Reading"), in document order. */
export function useVersionPartNames(parts: readonly VersionPartView[]): ReadonlyMap<string, string> {
  const { partName } = useIepText();
  return useMemo(() => {
    const counters: Record<string, number> = {};
    const names = new Map<string, string>();
    for (const part of parts) {
      const repeatable = part.kind === 'GOAL' || part.kind === 'SERVICE';
      if (repeatable) counters[part.kind] = (counters[part.kind] ?? 0) + 1;
      names.set(part.id, partName(part, repeatable ? counters[part.kind] : undefined));
    }
    return names;
  }, [parts, partName]);
}

/** The frozen document, part by part, each field with its plain-language explanation. */
export function VersionParts({
  parts,
  headingLevel = 3,
}: {
  parts: readonly VersionPartView[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { partHelp } = useIepText();
  const names = useVersionPartNames(parts);
  const goalNames = useMemo(
    () => new Map(parts.filter((p) => p.kind === 'GOAL').map((p) => [p.id, names.get(p.id)!])),
    [parts, names],
  );

  return (
    <Stack gap="md">
      {parts.map((part) => {
        const headingId = `version-part-${part.id}`;
        return (
          <Paper
            key={part.id}
            component="section"
            aria-labelledby={headingId}
            withBorder
            p={{ base: 'sm', sm: 'md' }}
            className={part.excepted ? classes.excepted : undefined}
          >
            <Group gap="xs" wrap="wrap" align="center">
              <Title order={headingLevel} size="h4" id={headingId}>
                {names.get(part.id)}
              </Title>
              {part.excepted && <Badge color="red">{t('signoff.version.exceptedBadge')}</Badge>}
            </Group>
            <Text size="sm" c="dimmed" mb="xs">
              {partHelp(part.kind)}
            </Text>
            <PartReadView kind={part.kind} content={part.content} goalNames={goalNames} />
          </Paper>
        );
      })}
    </Stack>
  );
}
