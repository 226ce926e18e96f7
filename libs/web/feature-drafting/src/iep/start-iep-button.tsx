import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql, type IepKind } from '@iep/web/data-access';
import { errorText } from '@iep/web/ui';

const StartIepMutation = graphql(`
  mutation StartIep($input: StartIepInput!) {
    startIep(input: $input) {
      id
    }
  }
`);

type Props = { studentId: string; studentName: string; hasActiveIep: boolean };

/**
 * Starts the student's next IEP: an initial IEP when none is in force, otherwise an annual review or an
 * amendment, which begin as a copy of the IEP in force. The new draft opens right away.
 */
export function StartIepButton({ studentId, studentName, hasActiveIep }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kinds: IepKind[] = hasActiveIep ? ['ANNUAL', 'AMENDMENT'] : ['INITIAL'];
  const [opened, setOpened] = useState(false);
  const [kind, setKind] = useState<IepKind>(kinds[0]!);
  const [failure, setFailure] = useState<string | null>(null);
  const [start, { loading }] = useMutation(StartIepMutation, { refetchQueries: ['Students'] });

  async function confirm() {
    setFailure(null);
    try {
      const result = await start({ variables: { input: { studentId, kind } } });
      if (result.data) void navigate(`/ieps/${result.data.startIep.id}`);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <>
      <Button variant="light" mt="md" onClick={() => setOpened(true)} style={{ alignSelf: 'flex-start' }}>
        {t('iep.start.button', { name: studentName })}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('iep.start.title', { name: studentName })} centered closeButtonProps={{ 'aria-label': t('iep.editor.cancel') }}>
        <Stack gap="md">
          <Radio.Group label={t('iep.start.kind')} value={kind} onChange={(value) => setKind(value as IepKind)}>
            <Stack gap="xs" mt="xs">
              {kinds.map((value) => (
                <Radio key={value} value={value} label={t(`iep.kind.${value}`)} description={t(`iep.start.kindHelp.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm">{t('iep.start.note')}</Text>
          {failure && (
            <Alert color="red" variant="light" title={t('iep.start.failed')}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('iep.editor.cancel')}
            </Button>
            <Button loading={loading} onClick={() => void confirm()}>
              {t('iep.start.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
