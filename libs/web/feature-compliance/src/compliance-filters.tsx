import { Button, Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ComplianceFilterOptionsQuery, DEADLINE_KINDS } from './compliance-queries';

export type Filter = { school: string; caseManager: string; kind: string };

type Props = { filter: Filter; onChange: (change: Partial<Filter>) => void; csvHref: string };

/** School, case manager and kind; the case managers offered are those of the chosen school. */
export function ComplianceFilters({ filter, onChange, csvHref }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery(ComplianceFilterOptionsQuery, { variables: { schoolId: filter.school || null } });
  const options = data?.complianceDashboard.filterOptions;
  const schools = options?.schools ?? [];
  const caseManagers = options?.caseManagers ?? [];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label={t('compliance.filters.school')}
        value={filter.school}
        onChange={(event) => onChange({ school: event.currentTarget.value, caseManager: '' })}
        data={[
          { value: '', label: t('compliance.filters.allSchools') },
          ...schools.map((school) => ({ value: school.id, label: school.name })),
          // A school named in the address stays selectable while the options load.
          ...(filter.school && !schools.some((s) => s.id === filter.school) ? [{ value: filter.school, label: '…' }] : []),
        ]}
        style={{ flex: '1 1 14rem' }}
      />
      <NativeSelect
        label={t('compliance.filters.caseManager')}
        value={filter.caseManager}
        onChange={(event) => onChange({ caseManager: event.currentTarget.value })}
        data={[
          { value: '', label: t('compliance.filters.allCaseManagers') },
          ...caseManagers.map((person) => ({ value: person.id, label: person.name })),
          ...(filter.caseManager && !caseManagers.some((c) => c.id === filter.caseManager) ? [{ value: filter.caseManager, label: '…' }] : []),
        ]}
        style={{ flex: '1 1 14rem' }}
      />
      <NativeSelect
        label={t('compliance.filters.kind')}
        value={filter.kind}
        onChange={(event) => onChange({ kind: event.currentTarget.value })}
        data={[
          { value: '', label: t('compliance.filters.allKinds') },
          ...DEADLINE_KINDS.map((kind) => ({ value: kind, label: t(`compliance.kinds.${kind}`) })),
        ]}
        style={{ flex: '1 1 12rem' }}
      />
      <Button component="a" href={csvHref} variant="default" download>
        {t('compliance.downloadCsv')}
      </Button>
    </Group>
  );
}
