import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@iep/web/data-access';
import { ConfirmDialog, ErrorAlert, errorText, LoadingState, PageHeading } from '@iep/web/ui';

const CaseManagersQuery = graphql(`
  query CaseManagers {
    caseManagers {
      id
      displayName
    }
    students {
      id
      firstName
      lastName
    }
  }
`);

const CaseloadQuery = graphql(`
  query DistrictCaseload($caseManagerId: ID!) {
    caseload(caseManagerId: $caseManagerId) {
      owner {
        id
        displayName
      }
      students {
        student {
          id
          firstName
          lastName
          schoolName
        }
        overdueCount
      }
    }
  }
`);

const AssignCaseloadMutation = graphql(`
  mutation AssignCaseload($input: AssignCaseloadInput!) {
    assignCaseload(input: $input) {
      owner {
        id
      }
    }
  }
`);

const TransferCaseloadMutation = graphql(`
  mutation TransferCaseload($input: TransferCaseloadInput!) {
    transferCaseload(input: $input) {
      owner {
        id
      }
    }
  }
`);

/**
 * The district's caseloads: whose students are whose, putting a student on a special education teacher's
 * caseload, and moving a student or a whole caseload to another case manager.
 */
export function ManageCaseloadsRoute() {
  const { t } = useTranslation();
  const people = useQuery(CaseManagersQuery, { fetchPolicy: 'cache-and-network' });
  const [ownerId, setOwnerId] = useState('');
  const caseManagers = people.data?.caseManagers ?? [];
  const selected = ownerId || caseManagers[0]?.id || '';
  const caseload = useQuery(CaseloadQuery, { variables: { caseManagerId: selected }, skip: !selected, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const refetchQueries = ['DistrictCaseload'];
  const [assign, assigning] = useMutation(AssignCaseloadMutation, { refetchQueries });
  const [transfer, transferring] = useMutation(TransferCaseloadMutation, { refetchQueries });
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const others = caseManagers.filter((person) => person.id !== selected);
  const nameOf = (id: string) => caseManagers.find((person) => person.id === id)?.displayName ?? '';
  const students = caseload.data?.caseload.students ?? [];
  const onCaseload = new Set(students.map((row) => row.student.id));

  const transferForm = useForm({
    initialValues: { toCaseManagerId: '' },
    validate: { toCaseManagerId: (value) => (value ? null : t('caseload.manage.chooseCaseManager')) },
  });
  const addForm = useForm({
    initialValues: { studentId: '' },
    validate: { studentId: (value) => (value ? null : t('caseload.manage.chooseStudent')) },
  });
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});

  async function runTransfer() {
    setFailure(null);
    const toCaseManagerId = transferForm.values.toCaseManagerId;
    try {
      await transfer({ variables: { input: { fromCaseManagerId: selected, toCaseManagerId } } });
      setConfirming(false);
      setDone(t('caseload.manage.transferred', { from: nameOf(selected), to: nameOf(toCaseManagerId) }));
      transferForm.reset();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  async function move(studentIds: string[], caseManagerId: string, message: string) {
    setFailure(null);
    try {
      await assign({ variables: { input: { studentIds, caseManagerId } } });
      setDone(message);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <>
      <PageHeading>{t('caseload.manage.heading')}</PageHeading>
      <Text mb="md">{t('caseload.manage.intro')}</Text>
      {!people.data && people.loading && <LoadingState />}
      {!people.data && people.error && (
        <ErrorAlert title={t('caseload.loadError')} error={people.error} onRetry={() => void people.refetch()} />
      )}
      {done && (
        <Alert color="green" variant="light" role="status" mb="md" withCloseButton onClose={() => setDone(null)} closeButtonLabel={t('team.cancel')}>
          {done}
        </Alert>
      )}
      {failure && !confirming && (
        <Alert color="red" variant="light" mb="md" title={t('team.actionErrorTitle')}>
          {failure}
        </Alert>
      )}
      {caseManagers.length > 0 && (
        <Stack gap="lg">
          <NativeSelect
            label={t('caseload.manage.whose')}
            value={selected}
            onChange={(event) => {
              setOwnerId(event.currentTarget.value);
              setDone(null);
            }}
            data={caseManagers.map((person) => ({ value: person.id, label: person.displayName }))}
            maw={420}
          />
          <Paper component="section" aria-labelledby="caseload-students-heading" withBorder p={{ base: 'sm', sm: 'md' }}>
            <Title order={2} size="h3" id="caseload-students-heading" mb="xs">
              {t('caseload.manage.studentsOf', { name: nameOf(selected) })}
            </Title>
            {!caseload.data && caseload.loading && <LoadingState />}
            {caseload.data && students.length === 0 && <Text>{t('caseload.manage.noStudents')}</Text>}
            {students.length > 0 && (
              <Stack component="ul" role="list" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {students.map(({ student, overdueCount }) => {
                  const name = `${student.firstName} ${student.lastName}`;
                  return (
                    <li key={student.id}>
                      <Group gap="xs" wrap="wrap" align="end">
                        <Stack gap={0} miw={180}>
                          <Anchor component={Link} to={`/students/${student.id}`} fw={500}>
                            {name}
                          </Anchor>
                          <Text size="sm">{student.schoolName}</Text>
                        </Stack>
                        {overdueCount > 0 && <Badge color="red">{t('caseload.overdueCount', { count: overdueCount })}</Badge>}
                        <NativeSelect
                          label={t('caseload.manage.moveStudentTo', { name })}
                          value={moveTo[student.id] ?? ''}
                          onChange={(event) => setMoveTo((current) => ({ ...current, [student.id]: event.currentTarget.value }))}
                          data={[{ value: '', label: t('caseload.manage.choose') }, ...others.map((person) => ({ value: person.id, label: person.displayName }))]}
                          size="sm"
                        />
                        <Button
                          size="sm"
                          variant="default"
                          disabled={!moveTo[student.id]}
                          loading={assigning.loading}
                          onClick={() =>
                            void move([student.id], moveTo[student.id], t('caseload.manage.moved', { name, to: nameOf(moveTo[student.id]) }))
                          }
                        >
                          {t('caseload.manage.moveStudent', { name })}
                        </Button>
                      </Group>
                    </li>
                  );
                })}
              </Stack>
            )}
          </Paper>
          <Paper component="section" aria-labelledby="caseload-add-heading" withBorder p={{ base: 'sm', sm: 'md' }}>
            <Title order={2} size="h3" id="caseload-add-heading" mb="xs">
              {t('caseload.manage.addHeading', { name: nameOf(selected) })}
            </Title>
            <form
              onSubmit={addForm.onSubmit(({ studentId }) => {
                const student = people.data?.students.find((s) => s.id === studentId);
                void move([studentId], selected, t('caseload.manage.added', { name: student ? `${student.firstName} ${student.lastName}` : '', to: nameOf(selected) }));
                addForm.reset();
              })}
            >
              <Group gap="sm" align="end" wrap="wrap">
                <NativeSelect
                  label={t('caseload.manage.student')}
                  data={[
                    { value: '', label: t('caseload.manage.choose') },
                    ...(people.data?.students ?? [])
                      .filter((s) => !onCaseload.has(s.id))
                      .map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName}` })),
                  ]}
                  {...addForm.getInputProps('studentId')}
                />
                <Button type="submit" loading={assigning.loading}>
                  {t('caseload.manage.add')}
                </Button>
              </Group>
            </form>
          </Paper>
          <Paper component="section" aria-labelledby="caseload-transfer-heading" withBorder p={{ base: 'sm', sm: 'md' }}>
            <Title order={2} size="h3" id="caseload-transfer-heading" mb="xs">
              {t('caseload.manage.transferHeading', { name: nameOf(selected) })}
            </Title>
            <Text size="sm" mb="sm">
              {t('caseload.manage.transferIntro')}
            </Text>
            <form onSubmit={transferForm.onSubmit(() => setConfirming(true))}>
              <Group gap="sm" align="end" wrap="wrap">
                <NativeSelect
                  label={t('caseload.manage.transferTo')}
                  data={[{ value: '', label: t('caseload.manage.choose') }, ...others.map((person) => ({ value: person.id, label: person.displayName }))]}
                  {...transferForm.getInputProps('toCaseManagerId')}
                />
                <Button type="submit" disabled={students.length === 0}>
                  {t('caseload.manage.transfer')}
                </Button>
              </Group>
            </form>
          </Paper>
        </Stack>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('caseload.manage.confirmTitle')}
        body={t('caseload.manage.confirmBody', {
          count: students.length,
          from: nameOf(selected),
          to: nameOf(transferForm.values.toCaseManagerId),
        })}
        confirmLabel={t('caseload.manage.confirm')}
        busy={transferring.loading}
        failure={failure}
        onConfirm={() => void runTransfer()}
        onCancel={() => {
          setConfirming(false);
          setFailure(null);
        }}
      />
    </>
  );
}
