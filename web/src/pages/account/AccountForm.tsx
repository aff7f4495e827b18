import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { SubmitForm } from '../../components/SubmitForm';
import type { useAccountForm } from './useAccountForm';

/** A small account form: its refusals summed up above, its fields, what else went wrong, one button. */
export function AccountForm({ form, submit, children }: { form: ReturnType<typeof useAccountForm>; submit: ReactNode; children: ReactNode }) {
  return (
    <SubmitForm errors={form.errors} onSubmit={form.submit} otherError={form.error} pending={form.pending} submit={submit} pendingLabel={submit}>
      {children}
    </SubmitForm>
  );
}

interface TextFieldProps {
  label: string;
  hint?: string;
  /** The API's input path (refusals of it are shown at the field). */
  name: string;
  value: string;
  onChange(value: string): void;
}

/** An e-mail address; `username` where it signs in, so password managers fill it. */
export function EmailField({ label, hint, name, value, onChange, autoComplete = 'email' }: TextFieldProps & { autoComplete?: 'email' | 'username' }) {
  return (
    <TextField label={label} hint={hint} required name={name} type="email" autoComplete={autoComplete} value={value} onChange={onChange} maxLength={254} />
  );
}

/** A password: the one in use, or a new one (which may have to be long enough). */
export function PasswordField({ label, hint, name, value, onChange, autoComplete, minLength }: TextFieldProps & { autoComplete: 'current-password' | 'new-password'; minLength?: number }) {
  return (
    <TextField label={label} hint={hint} required name={name} type="password" autoComplete={autoComplete} minLength={minLength} maxLength={128} value={value} onChange={onChange} />
  );
}

/** The password of a new account: long enough for the password rule (its hint says how long). */
export function NewPasswordField(props: Omit<TextFieldProps, 'label' | 'hint'>) {
  const { t } = useTranslation();
  return <PasswordField {...props} label={t('fields.password')} hint={t('fields.passwordHint')} autoComplete="new-password" minLength={10} />;
}
