import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@iep/web/data-access';
import { formatIsoDate, IEP_STATUS_COLOR } from '@iep/web/ui';
import classes from './iep-item.module.css';

export const IepItemFragment = graphql(`
  fragment IepItem_iep on Iep {
    id
    kind
    status
    canDecide
    meetingDate
    startDate
    annualReviewDue
    caseManager {
      id
      displayName
    }
  }
`);


export function IepItem(props: { iep: FragmentType<typeof IepItemFragment> }) {
  const iep = getFragmentData(IepItemFragment, props.iep);
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatIsoDate(iso, i18n.resolvedLanguage ?? 'en');
  // "Ready for your review" only to the person whose decision it waits for; everyone else reads whose it is.
  const status = iep.canDecide && iep.status === 'PROPOSED' ? t('iep.statusForDecider.PROPOSED') : t(`iep.status.${iep.status}`);

  return (
    <li className={classes.item}>
      <Group gap="xs" wrap="wrap" align="center">
        <Text fw={700}>{t(`iep.kind.${iep.kind}`)}</Text>
        <Badge color={IEP_STATUS_COLOR[iep.status]}>{status}</Badge>
      </Group>
      <dl className={classes.facts}>
        <dt>{t('iep.meetingDate')}</dt>
        <dd>{iep.meetingDate ? date(iep.meetingDate) : t('iep.notScheduled')}</dd>
        {iep.startDate && (
          <>
            <dt>{t('iep.startDate')}</dt>
            <dd>{date(iep.startDate)}</dd>
          </>
        )}
        {iep.annualReviewDue && (
          <>
            <dt>{t('iep.annualReviewDue')}</dt>
            <dd>{date(iep.annualReviewDue)}</dd>
          </>
        )}
        {iep.caseManager && (
          <>
            <dt>{t('iep.caseManager')}</dt>
            <dd>{iep.caseManager.displayName}</dd>
          </>
        )}
      </dl>
      <Group gap="md" mt="xs" wrap="wrap">
        <Anchor
          component={Link}
          to={`/ieps/${iep.id}`}
          // Each IEP of a student has such a link; the name tells them apart in a screen reader's list of links.
          aria-label={t('iep.page.linkLabel', { kind: t(`iep.kind.${iep.kind}`), status })}
        >
          {t('iep.page.link')}
        </Anchor>
        <Anchor
          component={Link}
          to={`/ieps/${iep.id}/team`}
          aria-label={t('team.linkLabel', { kind: t(`iep.kind.${iep.kind}`), status })}
        >
          {t('team.link')}
        </Anchor>
        <Anchor
          component={Link}
          to={`/ieps/${iep.id}/status`}
          aria-label={t('signoff.nav.statusLabel', { kind: t(`iep.kind.${iep.kind}`), status })}
        >
          {t('signoff.nav.status')}
        </Anchor>
      </Group>
    </li>
  );
}
