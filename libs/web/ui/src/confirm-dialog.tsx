import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  /** The API's refusal, shown inside the dialog so the person can cancel or try again. */
  failure: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a change that takes someone's access away; Mantine's Modal traps focus and closes on Escape. */
export function ConfirmDialog({ opened, title, body, confirmLabel, busy, failure, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered closeButtonProps={{ 'aria-label': t('team.cancel') }}>
      <Stack gap="md">
        <Text>{body}</Text>
        {failure && (
          <Alert color="red" variant="light" title={t('team.actionErrorTitle')}>
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('team.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
