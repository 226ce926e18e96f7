import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { SaveFailure } from '../admin-ui';
import type { Recompute } from './calendar-queries';

const StateRuleProfilesQuery = graphql(`
  query StateRuleProfiles {
    stateRuleProfiles {
      code
      name
      inUse
      initialEvaluationDays
      initialEvaluationUnit
      serviceStartSchoolDays
      transitionAge
      breaksStopEvaluationClock
      breakMinimumWeekdays
      requiresParentSignature
      effectAfterNoticeDays
    }
  }
`);

const SetDistrictStateProfileMutation = graphql(`
  mutation SetDistrictStateProfile($code: String!) {
    setDistrictStateProfile(code: $code) {
      profile {
        code
        inUse
      }
      deadlines {
        recomputed
        moved
      }
    }
  }
`);

/** The state rule profile: a select, what the chosen one means in plain words, and the switch. */
export function StateProfileSection({ onSaved }: { onSaved: (recompute: Recompute) => void }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(StateRuleProfilesQuery, { fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SetDistrictStateProfileMutation, { refetchQueries: [StateRuleProfilesQuery] });
  const profiles = data?.stateRuleProfiles ?? [];
  const current = profiles.find((p) => p.inUse);
  const code = chosen ?? current?.code ?? profiles[0]?.code ?? '';
  const profile = profiles.find((p) => p.code === code);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    try {
      const result = await save({ variables: { code } });
      if (result.data) onSaved(result.data.setDistrictStateProfile.deadlines);
      setChosen(null);
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section aria-labelledby="state-profile-heading">
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="state-profile-heading">
            {t('schoolCalendar.profileHeading')}
          </Title>
          <Text size="sm">{t('schoolCalendar.profileIntro')}</Text>
          {error && <ErrorAlert title={t('admin.common.loadErrorTitle')} error={error} onRetry={() => void refetch()} />}
          <SaveFailure error={failure} />
          {profiles.length > 0 && (
            <NativeSelect
              label={t('schoolCalendar.profile')}
              value={code}
              onChange={(event) => setChosen(event.currentTarget.value)}
              data={profiles.map((p) => ({ value: p.code, label: p.inUse ? t('schoolCalendar.profileInUse', { name: p.name }) : p.name }))}
              aria-describedby="state-profile-explanation"
            />
          )}
          {profile && (
            <div id="state-profile-explanation">
              <Text size="sm" fw={600}>
                {t('schoolCalendar.profileMeans')}
              </Text>
              <List size="sm" spacing={2}>
                <List.Item>
                  {profile.initialEvaluationUnit === 'SCHOOL_DAYS'
                    ? t('schoolCalendar.rules.evaluationSchoolDays', { count: profile.initialEvaluationDays })
                    : t('schoolCalendar.rules.evaluationCalendarDays', { count: profile.initialEvaluationDays })}
                </List.Item>
                {profile.breaksStopEvaluationClock && (
                  <List.Item>{t('schoolCalendar.rules.breaksStop', { count: profile.breakMinimumWeekdays })}</List.Item>
                )}
                <List.Item>{t('schoolCalendar.rules.serviceStart', { count: profile.serviceStartSchoolDays })}</List.Item>
                <List.Item>{t('schoolCalendar.rules.transition', { age: profile.transitionAge })}</List.Item>
                <List.Item>
                  {profile.requiresParentSignature
                    ? t('schoolCalendar.rules.signatureAlways')
                    : t('schoolCalendar.rules.signatureInitialOnly', { count: profile.effectAfterNoticeDays })}
                </List.Item>
              </List>
              <Text size="xs" c="dimmed" mt={4}>
                {t('schoolCalendar.profileCheck')}
              </Text>
            </div>
          )}
          <Group>
            <Button type="submit" loading={loading} disabled={!profile || profile.inUse}>
              {t('schoolCalendar.useProfile')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
