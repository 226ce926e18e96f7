import { PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './signoff.module.css';

export type SignatureValues = { typedName: string; password: string };
export type SignatureErrors = Partial<Record<keyof SignatureValues, string>>;

type Props = {
  /** The exact statement of intent from the API, shown above the name as it will be recorded. */
  statement: string;
  statementId: string;
  accountName: string;
  values: SignatureValues;
  errors: SignatureErrors;
  onChange: (values: SignatureValues) => void;
};

/**
 * The act of signing (ESIGN/UETA): the statement of intent, the signer's typed name and their password
 * entered again, so the signature is theirs and made on purpose.
 */
export function SignatureFields({ statement, statementId, accountName, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <div>
        <Text fw={700} id={`${statementId}-label`}>
          {t('signoff.sign.statementLabel')}
        </Text>
        <p className={classes.statement} id={statementId}>
          {statement}
        </p>
      </div>
      <TextInput
        label={t('signoff.sign.typedName')}
        description={t('signoff.sign.typedNameHelp', { name: accountName })}
        value={values.typedName}
        onChange={(event) => onChange({ ...values, typedName: event.currentTarget.value })}
        error={errors.typedName}
        autoComplete="name"
        required
      />
      <PasswordInput
        label={t('signoff.sign.password')}
        description={t('signoff.sign.passwordHelp')}
        value={values.password}
        onChange={(event) => onChange({ ...values, password: event.currentTarget.value })}
        error={errors.password}
        autoComplete="current-password"
        required
        visibilityToggleFocusable
        // Mantine's own name for this button is English whatever the page's language.
        visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
      />
    </Stack>
  );
}

/** Checks the browser can make before asking the API; the API checks the same and more. */
export function checkSignatureValues(
  values: SignatureValues,
  t: (key: 'signoff.sign.errors.typedNameRequired' | 'signoff.sign.errors.passwordRequired') => string,
): SignatureErrors {
  const errors: SignatureErrors = {};
  if (!values.typedName.trim()) errors.typedName = t('signoff.sign.errors.typedNameRequired');
  if (!values.password) errors.password = t('signoff.sign.errors.passwordRequired');
  return errors;
}
