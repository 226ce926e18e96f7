import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, QueryStatus, RecordTable, RowAction } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { LIMITS, requiredText, type FieldProblem } from '../admin-rules';
import { SaveFailure, useNotifySuccess, useProblemText } from '../admin-ui';
import { AdminSchoolsQuery } from './admin-schools-query';

const CreateSchoolMutation = graphql(`
  mutation CreateSchool($name: String!) {
    createSchool(name: $name) {
      id
      name
    }
  }
`);

const RenameSchoolMutation = graphql(`
  mutation RenameSchool($id: ID!, $name: String!) {
    renameSchool(id: $id, name: $name) {
      id
      name
    }
  }
`);

type School = { id: string; name: string };

export function AdminSchoolsRoute() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminSchoolsQuery, { fetchPolicy: 'cache-and-network' });
  const [renaming, setRenaming] = useState<School | null>(null);

  return (
    <>
      <PageHeading>{t('admin.schools.heading')}</PageHeading>
      <Text mb="md">{t('admin.schools.intro')}</Text>
      <Stack gap="lg">
        <NewSchoolForm onCreated={() => void refetch()} />
        <QueryStatus data={data} loading={loading} error={error} errorTitle={t('admin.common.loadErrorTitle')} refetch={refetch} errorWithData />
        {data && (
          <RecordTable
            minWidth={320}
            caption={t('admin.schools.caption', { count: data.schools.length })}
            rows={data.schools}
            rowKey={(school) => school.id}
            columns={[
              { header: t('admin.schools.name'), rowHeader: true, cell: (school) => school.name },
              {
                header: t('admin.common.actions'),
                cell: (school) => (
                  <RowAction label={t('admin.schools.renameLabel', { name: school.name })} onClick={() => setRenaming(school)}>
                    {t('admin.schools.rename')}
                  </RowAction>
                ),
              },
            ]}
          />
        )}
      </Stack>
      <Modal
        opened={renaming !== null}
        onClose={() => setRenaming(null)}
        title={renaming ? t('admin.schools.renameTitle', { name: renaming.name }) : ''}
        closeButtonProps={{ 'aria-label': t('admin.common.close') }}
      >
        {renaming && (
          <RenameSchoolForm key={renaming.id} school={renaming} onClose={() => setRenaming(null)} />
        )}
      </Modal>
    </>
  );
}

function NewSchoolForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const problemText = useProblemText();
  const [createSchool, { loading }] = useMutation(CreateSchoolMutation);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = requiredText(name, LIMITS.schoolName);
    setProblem(found);
    setFailure(null);
    if (found) {
      input.current?.focus();
      return;
    }
    try {
      await createSchool({ variables: { name: name.trim() } });
      notifySuccess(t('admin.schools.created', { name: name.trim() }));
      setName('');
      onCreated();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('admin.schools.newHeading')}
        </Title>
        <SaveFailure error={failure} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            ref={input}
            label={t('admin.schools.name')}
            autoComplete="off"
            required
            withAsterisk={false}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problemText(problem)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit" loading={loading}>
            {t('admin.schools.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RenameSchoolForm({ school, onClose }: { school: School; onClose: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const problemText = useProblemText();
  const [renameSchool, { loading }] = useMutation(RenameSchoolMutation);
  const [name, setName] = useState(school.name);
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = requiredText(name, LIMITS.schoolName);
    setProblem(found);
    setFailure(null);
    if (found) {
      input.current?.focus();
      return;
    }
    try {
      // The school is cached by id, so every list showing it updates from the answer.
      await renameSchool({ variables: { id: school.id, name: name.trim() } });
      notifySuccess(t('admin.common.saved'));
      onClose();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <SaveFailure error={failure} />
        <TextInput
          ref={input}
          label={t('admin.schools.name')}
          autoComplete="off"
          required
          withAsterisk={false}
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problemText(problem)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('admin.common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
