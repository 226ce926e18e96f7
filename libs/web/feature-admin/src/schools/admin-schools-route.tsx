import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormActions,
  FormModal,
  PageHeading,
  QueryStatus,
  RecordTable,
  RowAction,
  TextField,
} from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { LIMITS, requiredText } from '../admin-rules';
import { SaveFailure, useAdminForm } from '../admin-ui';
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
        <QueryStatus
          data={data}
          loading={loading}
          error={error}
          errorTitle={t('admin.common.loadErrorTitle')}
          refetch={refetch}
          errorWithData
        />
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
                  <RowAction
                    label={t('admin.schools.renameLabel', { name: school.name })}
                    onClick={() => setRenaming(school)}
                  >
                    {t('admin.schools.rename')}
                  </RowAction>
                ),
              },
            ]}
          />
        )}
      </Stack>
      <FormModal
        opened={renaming !== null}
        onClose={() => setRenaming(null)}
        title={renaming ? t('admin.schools.renameTitle', { name: renaming.name }) : ''}
      >
        {renaming && (
          <RenameSchoolForm key={renaming.id} school={renaming} onClose={() => setRenaming(null)} />
        )}
      </FormModal>
    </>
  );
}

/** The name of a school, checked with the API's own limit. */
function useSchoolNameForm(formName: string, name: string) {
  return useAdminForm(formName, { name }, (values) => ({
    name: requiredText(values.name, LIMITS.schoolName),
  }));
}

function NewSchoolForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [createSchool, { loading }] = useMutation(CreateSchoolMutation);
  const { form, submit, failure } = useSchoolNameForm('new-school', '');
  const headingId = useId();

  async function save({ name }: { name: string }) {
    await createSchool({ variables: { name: name.trim() } });
    form.setValues({ name: '' });
    onCreated();
    return t('admin.schools.created', { name: name.trim() });
  }

  return (
    <form noValidate onSubmit={submit(save)} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('admin.schools.newHeading')}
        </Title>
        <SaveFailure error={failure} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextField
            label={t('admin.schools.name')}
            required
            style={{ flex: '1 1 16rem' }}
            {...form.getInputProps('name')}
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
  const [renameSchool, { loading }] = useMutation(RenameSchoolMutation);
  const { form, submit, failure } = useSchoolNameForm('rename-school', school.name);

  async function save({ name }: { name: string }) {
    // The school is cached by id, so every list showing it updates from the answer.
    await renameSchool({ variables: { id: school.id, name: name.trim() } });
    onClose();
    return t('admin.common.saved');
  }

  return (
    <form noValidate onSubmit={submit(save)}>
      <Stack gap="md">
        <SaveFailure error={failure} />
        <TextField label={t('admin.schools.name')} required data-autofocus {...form.getInputProps('name')} />
        <FormActions onCancel={onClose} loading={loading} submitLabel={t('admin.common.save')} />
      </Stack>
    </form>
  );
}
