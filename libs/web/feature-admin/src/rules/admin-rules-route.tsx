import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PROFILE_RULE_KEYS, type ProfileRuleKey, type ProfileRuleValues, type RuleBasis } from '@iep/domain/deadlines';
import { graphql } from '@iep/web/data-access';
import { ErrorAlert, LoadingState } from '@iep/web/ui';
import { SaveFailure } from '../admin-ui';
import { BOUNDS, formKeyOfApiField, formValuesFrom, ruleProfileFormErrors, type RuleProfileFormValues } from './rule-profile-rules';

const RuleProfilesQuery = graphql(`
  query RuleProfiles($locale: DeadlineLocale) {
    stateRuleProfiles {
      code
      name
      basedOn
      version
      inUse
      rules {
        initialEvaluation {
          amount
          unit
        }
        excludeBreaksFromCalendarDayCounts
        breakExclusionMinimumWeekdays
        firstIepMeetingDays
        meetingNoticeDays
        serviceStartSchoolDays
        annualReview {
          rule
          months
        }
        reevaluation {
          rule
          months
        }
        recordsRequest {
          amount
          unit
        }
        transitionAge
        requiresParentSignature
        effectAfterNoticeDays
        ageOfMajority
      }
      sources {
        rule
        citation
        basis
        note(locale: $locale)
      }
    }
  }
`);

const SaveDistrictRuleProfileMutation = graphql(`
  mutation SaveDistrictRuleProfile($input: SaveDistrictRuleProfileInput!) {
    saveDistrictRuleProfile(input: $input) {
      profile {
        code
        version
        inUse
      }
      deadlines {
        recomputed
        moved
      }
    }
  }
`);

type Profile = {
  code: string;
  name: string;
  basedOn?: string | null;
  version?: number | null;
  inUse: boolean;
  rules: ProfileRuleValues;
  sources: Array<{ rule: string; citation: string; basis: string; note?: string | null }>;
};

/** `/admin/rules`: every profile's rules with their sources, and the district's own profile derived from one. */
export function AdminRulesRoute() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage?.startsWith('es') ? 'es' : 'en';
  const { data, error, refetch, loading } = useQuery(RuleProfilesQuery, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const profiles = (data?.stateRuleProfiles ?? []) as Profile[];
  const [viewed, setViewed] = useState<string | null>(null);
  const shown = profiles.find((p) => p.code === (viewed ?? profiles.find((x) => x.inUse)?.code)) ?? profiles[0];

  return (
    <Stack gap="lg">
      <Title order={1}>{t('ruleProfiles.title')}</Title>
      <Text>{t('ruleProfiles.intro')}</Text>
      {error && <ErrorAlert title={t('admin.common.loadErrorTitle')} error={error} onRetry={() => void refetch()} />}
      {loading && !data && <LoadingState />}
      {shown && (
        <section aria-labelledby="rule-sources-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="rule-sources-heading">
              {t('ruleProfiles.sourcesHeading')}
            </Title>
            <NativeSelect
              label={t('ruleProfiles.viewProfile')}
              value={shown.code}
              onChange={(event) => setViewed(event.currentTarget.value)}
              data={profiles.map((p) => ({ value: p.code, label: p.inUse ? t('schoolCalendar.profileInUse', { name: p.name }) : p.name }))}
            />
            <RulesTable profile={shown} />
          </Stack>
        </section>
      )}
      {profiles.length > 0 && <DistrictProfileForm profiles={profiles} onSaved={() => void refetch()} />}
    </Stack>
  );
}

function RulesTable({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const value = useRuleValue();
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder>
        <Table.Caption>{t('ruleProfiles.tableCaption', { name: profile.name })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ruleProfiles.rule')}</Table.Th>
            <Table.Th scope="col">{t('ruleProfiles.value')}</Table.Th>
            <Table.Th scope="col">{t('ruleProfiles.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {PROFILE_RULE_KEYS.map((rule) => {
            const source = profile.sources.find((s) => s.rule === rule);
            return (
              <Table.Tr key={rule}>
                <Table.Th scope="row">{t(`ruleProfiles.rules.${rule}`)}</Table.Th>
                <Table.Td>{value(rule, profile.rules)}</Table.Td>
                <Table.Td>
                  {source && <SourceText source={source} />}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function SourceText({ source }: { source: Profile['sources'][number] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {source.citation}
        </Text>
        <Badge color={source.basis === 'DISTRICT' ? 'green' : source.basis === 'COMMON_STATE_CHOICE' ? 'gray' : 'blue'}>
          {t(`ruleProfiles.basis.${source.basis as RuleBasis}`)}
        </Badge>
      </Group>
      {source.note && <Text size="sm">{source.note}</Text>}
    </Stack>
  );
}

/** One rule's value in words. */
function useRuleValue() {
  const { t } = useTranslation();
  const period = (p: ProfileRuleValues['annualReview']) =>
    p.rule === 'BY_ANNIVERSARY' ? t('ruleProfiles.values.byAnniversary', { count: p.months / 12 }) : t('ruleProfiles.values.withinMonths', { count: p.months });
  return (rule: ProfileRuleKey, r: ProfileRuleValues): string => {
    switch (rule) {
      case 'initialEvaluation':
        return t(`ruleProfiles.values.days.${r.initialEvaluation.unit}`, { count: r.initialEvaluation.amount });
      case 'evaluationBreaks':
        return r.excludeBreaksFromCalendarDayCounts
          ? t('ruleProfiles.values.breaksStop', { count: r.breakExclusionMinimumWeekdays })
          : t('ruleProfiles.values.breaksCount');
      case 'firstIepMeeting':
        return t('ruleProfiles.values.days.CALENDAR_DAYS', { count: r.firstIepMeetingDays });
      case 'meetingNotice':
        return t('ruleProfiles.values.noticeBefore', { count: r.meetingNoticeDays });
      case 'serviceStart':
        return t('ruleProfiles.values.days.SCHOOL_DAYS', { count: r.serviceStartSchoolDays });
      case 'annualReview':
        return period(r.annualReview);
      case 'reevaluation':
        return period(r.reevaluation);
      case 'recordsRequest':
        return t(`ruleProfiles.values.days.${r.recordsRequest.unit}`, { count: r.recordsRequest.amount });
      case 'transitionAge':
        return t('ruleProfiles.values.fromAge', { age: r.transitionAge });
      case 'parentSignature':
        return r.requiresParentSignature
          ? t('schoolCalendar.rules.signatureAlways')
          : t('schoolCalendar.rules.signatureInitialOnly', { count: r.effectAfterNoticeDays });
      case 'ageOfMajority':
        return t('ruleProfiles.values.atAge', { age: r.ageOfMajority });
    }
  };
}

function DistrictProfileForm({ profiles, onSaved }: { profiles: Profile[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const own = profiles.find((p) => p.code === 'DISTRICT');
  const builtIn = profiles.filter((p) => p.code !== 'DISTRICT');
  const [basedOn, setBasedOn] = useState(own?.basedOn ?? builtIn.find((p) => p.inUse)?.code ?? builtIn[0].code);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<{ recomputed: number; moved: number } | null>(null);
  const [save, { loading }] = useMutation(SaveDistrictRuleProfileMutation);
  const base = builtIn.find((p) => p.code === basedOn) ?? builtIn[0];
  const form = useForm<RuleProfileFormValues>({
    mode: 'controlled',
    initialValues: own ? formValuesFrom(own, true) : formValuesFrom(base, false),
    validate: (values) => ruleProfileFormErrors(values, i18n.resolvedLanguage ?? 'en'),
  });

  const sourceOf = (rule: ProfileRuleKey) => {
    const source = (own ?? base).sources.find((s) => s.rule === rule);
    return source ? t('ruleProfiles.sourceLine', { citation: source.citation, basis: t(`ruleProfiles.basis.${source.basis as RuleBasis}`) }) : undefined;
  };
  // No clamping: the domain's bound says what is wrong beside the field, where clamping would hide it.
  const number = (key: string, bound: { min: number; max: number }, rule: ProfileRuleKey, label: string) => (
    <NumberInput
      label={label}
      description={`${t('ruleProfiles.range', { min: bound.min, max: bound.max })} ${sourceOf(rule) ?? ''}`}
      min={bound.min}
      max={bound.max}
      allowDecimal={false}
      clampBehavior="none"
      {...form.getInputProps(key)}
    />
  );

  async function submit(values: RuleProfileFormValues) {
    setFailure(null);
    setSaved(null);
    try {
      const result = await save({
        variables: { input: { basedOn: own?.basedOn ?? basedOn, name: values.name, use: values.use, version: own?.version ?? null, rules: values.rules } },
      });
      if (result.data) setSaved(result.data.saveDistrictRuleProfile.deadlines);
      onSaved();
    } catch (caught) {
      const field = CombinedGraphQLErrors.is(caught) ? caught.errors[0]?.extensions?.['field'] : undefined;
      if (typeof field === 'string') form.setFieldError(formKeyOfApiField(field), caught instanceof Error ? caught.message : '');
      else setFailure(caught);
    }
  }

  return (
    <section aria-labelledby="district-profile-heading">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="district-profile-heading">
            {own ? t('ruleProfiles.editOwn') : t('ruleProfiles.createOwn')}
          </Title>
          <Text size="sm">{t('ruleProfiles.ownIntro')}</Text>
          {!own && (
            <NativeSelect
              label={t('ruleProfiles.startFrom')}
              value={basedOn}
              onChange={(event) => {
                const next = builtIn.find((p) => p.code === event.currentTarget.value) ?? builtIn[0];
                setBasedOn(next.code);
                form.setValues({ ...form.getValues(), rules: formValuesFrom(next, false).rules });
              }}
              data={builtIn.map((p) => ({ value: p.code, label: p.name }))}
            />
          )}
          <TextInput label={t('ruleProfiles.name')} required {...form.getInputProps('name')} />
          <Group grow align="flex-start">
            {number('rules.initialEvaluation.amount', BOUNDS.initialEvaluationAmount, 'initialEvaluation', t('ruleProfiles.rules.initialEvaluation'))}
            <NativeSelect
              label={t('ruleProfiles.unit')}
              data={[
                { value: 'CALENDAR_DAYS', label: t('ruleProfiles.units.CALENDAR_DAYS') },
                { value: 'SCHOOL_DAYS', label: t('ruleProfiles.units.SCHOOL_DAYS') },
              ]}
              {...form.getInputProps('rules.initialEvaluation.unit')}
            />
          </Group>
          <Checkbox
            label={t('ruleProfiles.breaksStop')}
            description={sourceOf('evaluationBreaks')}
            {...form.getInputProps('rules.excludeBreaksFromCalendarDayCounts', { type: 'checkbox' })}
          />
          {number('rules.breakExclusionMinimumWeekdays', BOUNDS.breakExclusionMinimumWeekdays, 'evaluationBreaks', t('ruleProfiles.breakMinimum'))}
          {number('rules.firstIepMeetingDays', BOUNDS.firstIepMeetingDays, 'firstIepMeeting', t('ruleProfiles.rules.firstIepMeeting'))}
          {number('rules.meetingNoticeDays', BOUNDS.meetingNoticeDays, 'meetingNotice', t('ruleProfiles.rules.meetingNotice'))}
          {number('rules.serviceStartSchoolDays', BOUNDS.serviceStartSchoolDays, 'serviceStart', t('ruleProfiles.rules.serviceStart'))}
          {(['annualReview', 'reevaluation'] as const).map((rule) => (
            <Group grow align="flex-start" key={rule}>
              <NativeSelect
                label={t(`ruleProfiles.rules.${rule}`)}
                data={[
                  { value: 'WITHIN_MONTHS', label: t('ruleProfiles.periods.WITHIN_MONTHS') },
                  { value: 'BY_ANNIVERSARY', label: t('ruleProfiles.periods.BY_ANNIVERSARY') },
                ]}
                {...form.getInputProps(`rules.${rule}.rule`)}
              />
              {number(`rules.${rule}.months`, rule === 'annualReview' ? BOUNDS.annualReviewMonths : BOUNDS.reevaluationMonths, rule, t('ruleProfiles.months', { rule: t(`ruleProfiles.rules.${rule}`) }))}
            </Group>
          ))}
          <Group grow align="flex-start">
            {number('rules.recordsRequest.amount', BOUNDS.recordsRequestAmount, 'recordsRequest', t('ruleProfiles.rules.recordsRequest'))}
            <NativeSelect
              label={t('ruleProfiles.recordsUnit')}
              data={[
                { value: 'CALENDAR_DAYS', label: t('ruleProfiles.units.CALENDAR_DAYS') },
                { value: 'BUSINESS_DAYS', label: t('ruleProfiles.units.BUSINESS_DAYS') },
              ]}
              {...form.getInputProps('rules.recordsRequest.unit')}
            />
          </Group>
          {number('rules.transitionAge', BOUNDS.transitionAge, 'transitionAge', t('ruleProfiles.rules.transitionAge'))}
          <Checkbox
            label={t('ruleProfiles.signatureRequired')}
            description={sourceOf('parentSignature')}
            {...form.getInputProps('rules.requiresParentSignature', { type: 'checkbox' })}
          />
          {number('rules.effectAfterNoticeDays', BOUNDS.effectAfterNoticeDays, 'parentSignature', t('ruleProfiles.effectAfterNotice'))}
          {number('rules.ageOfMajority', BOUNDS.ageOfMajority, 'ageOfMajority', t('ruleProfiles.rules.ageOfMajority'))}
          <Checkbox label={t('ruleProfiles.use')} {...form.getInputProps('use', { type: 'checkbox' })} />
          <SaveFailure error={failure} />
          {saved && (
            <Text role="status">
              {t('ruleProfiles.saved')} {t('schoolCalendar.recomputed', { count: saved.recomputed })} {t('schoolCalendar.moved', { count: saved.moved })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('ruleProfiles.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
