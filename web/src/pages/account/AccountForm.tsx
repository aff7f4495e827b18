import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { ErrorSummary, FormErrorsProvider } from '../../components/FormErrors';
import type { useAccountForm } from './useAccountForm';

/** A small account form: its refusals summed up above, its fields, what else went wrong, one button. */
export function AccountForm({ form, submit, children }: { form: ReturnType<typeof useAccountForm>; submit: ReactNode; children: ReactNode }) {
  return (
    <FormErrorsProvider value={form.errors}>
      <form onSubmit={form.submit} className="form" noValidate>
        <ErrorSummary />
        {children}
        <ErrorMessage error={form.error} />
        <button type="submit" disabled={form.pending}>
          {submit}
        </button>
      </form>
    </FormErrorsProvider>
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
    <Field label={label} hint={hint} required name={name}>
      {(p) => <input {...p} type="email" autoComplete={autoComplete} required value={value} onChange={(e) => onChange(e.target.value)} maxLength={254} />}
    </Field>
  );
}

/** A password: the one in use, or a new one (which may have to be long enough). */
export function PasswordField({ label, hint, name, value, onChange, autoComplete, minLength }: TextFieldProps & { autoComplete: 'current-password' | 'new-password'; minLength?: number }) {
  return (
    <Field label={label} hint={hint} required name={name}>
      {(p) => <input {...p} type="password" autoComplete={autoComplete} required minLength={minLength} maxLength={128} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** The password of a new account: long enough for the password rule (its hint says how long). */
export function NewPasswordField(props: Omit<TextFieldProps, 'label' | 'hint'>) {
  const { t } = useTranslation();
  return <PasswordField {...props} label={t('fields.password')} hint={t('fields.passwordHint')} autoComplete="new-password" minLength={10} />;
}
