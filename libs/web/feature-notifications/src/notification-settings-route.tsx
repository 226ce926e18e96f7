import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useMe, type DeadlineKind, type ReminderKind } from '@iep/web/data-access';
import { errorText, PageHeading, QueryStatus } from '@iep/web/ui';

/** One choice of the settings; the save answers with all of them, so the page shows what was stored. */
graphql(`
  fragment NotificationSettings_preference on NotificationPreference {
    reminderKind
    deadlineKind
    email
    inApp
  }
`);

const MyNotificationPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      ...NotificationSettings_preference @unmask
    }
  }
`);

const UpdateMyNotificationPreferencesMutation = graphql(`
  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateMyNotificationPreferences(input: $input) {
      ...NotificationSettings_preference @unmask
    }
  }
`);

const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: String!) {
    setMyLanguage(language: $language) {
      id
      locale
    }
  }
`);

type Choice = { reminderKind: ReminderKind; deadlineKind: DeadlineKind; email: boolean };
const key = (reminderKind: string, deadlineKind: string) => `${reminderKind}|${deadlineKind}`;

/** `/settings/notifications`: which deadline reminders also come by e-mail; under the bell every one appears. */
export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyNotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeading>{t('notificationSettings.heading')}</PageHeading>
      <Text mb="md">{t('notificationSettings.intro')}</Text>
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('notificationSettings.loadError')} refetch={refetch} errorWithData />
      <ProfileLanguageForm />
      {/* Mounted once: the form keeps what the person chose, which is what the save stored. */}
      {data && <PreferencesForm initial={data.myNotificationPreferences} />}
    </>
  );
}

/**
 * The language of the person's profile: e-mail and new notifications are written in it. The switcher in
 * the header changes only what this device shows; this is where the person changes their own record.
 */
function ProfileLanguageForm() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [setLanguage, { loading }] = useMutation(SetMyLanguageMutation);
  const [outcome, setOutcome] = useState<{ saved: true } | { error: unknown } | null>(null);
  if (!me) return null;
  return (
    <Paper component="section" aria-labelledby="profile-language-heading" withBorder p={{ base: 'sm', sm: 'md' }} mb="lg">
      <Title order={2} size="h4" id="profile-language-heading" mb="xs">
        {t('notificationSettings.languageHeading')}
      </Title>
      <Radio.Group
        label={t('notificationSettings.languageLabel')}
        description={t('notificationSettings.languageHelp')}
        value={me.locale ?? 'en'}
        onChange={(language) => {
          setOutcome(null);
          setLanguage({ variables: { language } }).then(
            () => setOutcome({ saved: true }),
            (error: unknown) => setOutcome({ error }),
          );
        }}
      >
        <Group mt="xs">
          <Radio value="en" label="English" lang="en" disabled={loading} />
          <Radio value="es" label="Español" lang="es" disabled={loading} />
        </Group>
      </Radio.Group>
      <div role="status">
        {outcome && 'saved' in outcome && (
          <Text size="sm" mt="xs">
            {t('notificationSettings.languageSaved')}
          </Text>
        )}
      </div>
      {outcome && 'error' in outcome && (
        <Alert color="red" variant="light" mt="xs" title={t('notificationSettings.saveError')}>
          {errorText(t, outcome.error)}
        </Alert>
      )}
    </Paper>
  );
}

function PreferencesForm({ initial }: { initial: Choice[] }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(UpdateMyNotificationPreferencesMutation);
  const [outcome, setOutcome] = useState<{ saved: true } | { error: unknown } | null>(null);
  const deadlineKinds = [...new Set(initial.map((c) => c.deadlineKind))];
  const escalations = initial.some((c) => c.reminderKind === 'ESCALATION');
  const columns: ReminderKind[] = escalations ? ['REMINDER', 'ESCALATION'] : ['REMINDER'];
  // Every box of the table, ticked unless the person chose otherwise.
  const form = useForm<{ email: Record<string, boolean> }>({
    mode: 'controlled',
    initialValues: {
      email: {
        ...Object.fromEntries(deadlineKinds.flatMap((deadlineKind) => columns.map((column) => [key(column, deadlineKind), true]))),
        ...Object.fromEntries(initial.map((c) => [key(c.reminderKind, c.deadlineKind), c.email])),
      },
    },
  });

  async function submit({ email }: { email: Record<string, boolean> }) {
    setOutcome(null);
    const preferences = initial.map((c) => ({
      reminderKind: c.reminderKind,
      deadlineKind: c.deadlineKind,
      email: email[key(c.reminderKind, c.deadlineKind)] ?? true,
    }));
    try {
      await save({ variables: { input: { preferences } } });
      setOutcome({ saved: true });
    } catch (caught) {
      setOutcome({ error: caught });
    }
  }

  const kindName = (kind: DeadlineKind) => t(`notificationSettings.kinds.${kind}`);
  const columnName = (column: ReminderKind) =>
    column === 'REMINDER' ? t('notificationSettings.emailReminders') : t('notificationSettings.emailEscalations');

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        <Alert variant="light" color="blue">
          {t('notificationSettings.inApp')}
        </Alert>
        <Table.ScrollContainer minWidth={300} type="native">
          <Table striped verticalSpacing="xs">
            <Table.Caption>{t('notificationSettings.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notificationSettings.deadline')}</Table.Th>
                {columns.map((column) => (
                  <Table.Th scope="col" key={column}>
                    {columnName(column)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deadlineKinds.map((deadlineKind) => (
                <Table.Tr key={deadlineKind}>
                  <Table.Th scope="row" fw={500}>
                    {kindName(deadlineKind)}
                  </Table.Th>
                  {columns.map((column) => (
                    <Table.Td key={column}>
                      <Checkbox
                        aria-label={`${columnName(column)}: ${kindName(deadlineKind)}`}
                        {...form.getInputProps(`email.${key(column, deadlineKind)}`, { type: 'checkbox' })}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {outcome && 'saved' in outcome && (
          <Alert color="green" variant="light" role="status">
            {t('notificationSettings.saved')}
          </Alert>
        )}
        {outcome && 'error' in outcome && (
          <Alert color="red" variant="light" title={t('notificationSettings.saveError')}>
            {errorText(t, outcome.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            {t('notificationSettings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
