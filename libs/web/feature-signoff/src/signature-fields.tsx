import { Stack, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@iep/web/ui';
import classes from './signoff.module.css';

export type SignatureValues = { typedName: string; password: string };
export type SignatureErrors = Partial<Record<keyof SignatureValues, string>>;

type Props = {
  /** The exact statement of intent from the API, shown above the name as it will be recorded. */
  statement: string;
  statementId: string;
  accountName: string;
  form: SignatureForm;
};

/**
 * The act of signing (ESIGN/UETA): the statement of intent, the signer's typed name and their password
 * entered again, so the signature is theirs and made on purpose.
 */
export function SignatureFields({ statement, statementId, accountName, form }: Props) {
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
        autoComplete="name"
        required
        {...form.getInputProps('typedName')}
      />
      <PasswordField
        label={t('signoff.sign.password')}
        description={t('signoff.sign.passwordHelp')}
        autoComplete="current-password"
        required
        withAsterisk
        {...form.getInputProps('password')}
      />
    </Stack>
  );
}

/** The signing form (@mantine/form), checked with `checkSignatureValues` before the API is asked. */
export function useSignatureForm() {
  const { t } = useTranslation();
  return useForm<SignatureValues>({
    mode: 'controlled',
    initialValues: { typedName: '', password: '' },
    validate: (values) => checkSignatureValues(values, t),
  });
}

type SignatureForm = UseFormReturnType<SignatureValues>;

/**
 * Shows the API's refusal of the signature itself at its field (the wrong password, a typed name that is not
 * the account's) and answers true; any other refusal is the caller's to show.
 */
export function showSignatureRefusal(form: SignatureForm, reason: string | undefined, t: TFunction, accountName: string) {
  if (reason === 'WRONG_PASSWORD') form.setErrors({ password: t('signoff.sign.errors.WRONG_PASSWORD') });
  else if (reason === 'NAME_MISMATCH') form.setErrors({ typedName: t('signoff.sign.errors.NAME_MISMATCH', { name: accountName }) });
  else return false;
  return true;
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
