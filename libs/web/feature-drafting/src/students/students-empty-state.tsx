import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StudentsEmptyState({ isParent }: { isParent: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState align="left">
      <EmptyState.Title order={2}>
        {isParent ? t('students.emptyTitleParent') : t('students.emptyTitle')}
      </EmptyState.Title>
      <EmptyState.Description>
        {isParent ? t('students.emptyDescriptionParent') : t('students.emptyDescription')}
      </EmptyState.Description>
    </EmptyState>
  );
}
