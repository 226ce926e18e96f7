import { Button, Group, Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  children: ReactNode;
};

/**
 * A dialog that holds a form (or a confirmation). Its content mounts only while it is open, so a form
 * starts from its initial values each time; the close button is labelled, unlike Mantine's default.
 */
export function FormModal({ opened, onClose, title, size, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {opened && children}
    </Modal>
  );
}

type ActionsProps = {
  submitLabel: string;
  loading: boolean;
  /** Shows a Cancel button before the submit button. */
  onCancel?: () => void;
};

/** The end of a form: Cancel (in a dialog) and the submit button, at the end of the line. */
export function FormActions({ submitLabel, loading, onCancel }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('app.cancel')}
        </Button>
      )}
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
