import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type IepDecisionKind } from '@iep/web/data-access';
import { useSignoffFormat } from './use-signoff-text';

/** What the timeline and a version's page know of a decision on an IEP. */
export const DecisionFragment = graphql(`
  fragment SignoffDecision_decision on IepDecision {
    id
    version
    kind
    decidedAt
    signedOn
    effectiveOn
    reasons
    exceptedPartIds
    amendmentIepId
    decidedBy {
      id
      displayName
    }
  }
`);

const BADGE_COLOR: Partial<Record<IepDecisionKind, string>> = { DECLINE: 'red', REVIEWED: 'gray', WITHDRAWN: 'gray' };

/**
 * A decision's kind as a badge (consent green, decline red, the rest gray) with what follows it, and who
 * made it when: on the badge's line when `inline`, else below it.
 */
export function DecisionHeadline({
  decision,
  inline = false,
  children,
}: {
  decision: { kind: IepDecisionKind; decidedAt: string; decidedBy?: { displayName: string } | null };
  inline?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { dateTime } = useSignoffFormat();
  const byAt = (
    <Text size="sm">
      {t('signoff.timeline.byAt', {
        name: decision.decidedBy?.displayName ?? t('signoff.timeline.system'),
        when: dateTime(decision.decidedAt),
      })}
    </Text>
  );
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Badge color={BADGE_COLOR[decision.kind] ?? 'green'}>{t(`signoff.decisionKind.${decision.kind}`)}</Badge>
        {children}
        {inline && byAt}
      </Group>
      {!inline && byAt}
    </>
  );
}
