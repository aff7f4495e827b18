import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, setToken } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { ErrorSummary, FormErrorsProvider } from '../../components/FormErrors';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { PrivacyNote } from '../../components/PrivacyNote';
import { useAuth } from '../../auth/AuthContext';
import { MyData } from './MyData';
import { CHANGE_EMAIL, CHANGE_PASSWORD } from './queries';
import { mailLanguage, useAccountForm } from './useAccountForm';

function ChangePassword() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNext] = useState('');
  const form = useAccountForm({ currentPassword, newPassword }, async () => {
    const { changePassword } = await request<{ changePassword: { token: string } }>(CHANGE_PASSWORD, { currentPassword, newPassword });
    // Every other session ended; this one goes on with the fresh token.
    setToken(changePassword.token);
    setCurrent('');
    setNext('');
  });
  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">{t('account.settings.passwordTitle')}</h2>
      {form.done && <Notice>{t('account.settings.passwordChanged')}</Notice>}
      <FormErrorsProvider value={form.errors}>
        <form onSubmit={form.submit} className="form" noValidate>
          <ErrorSummary />
          <Field label={t('account.settings.currentPassword')} required name="currentPassword">
            {(p) => <input {...p} type="password" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrent(e.target.value)} maxLength={128} />}
          </Field>
          <Field label={t('account.settings.newPassword')} hint={t('fields.passwordHint')} required name="newPassword">
            {(p) => <input {...p} type="password" autoComplete="new-password" required value={newPassword} onChange={(e) => setNext(e.target.value)} maxLength={128} />}
          </Field>
          <ErrorMessage error={form.error} />
          <button type="submit" disabled={form.pending}>
            {t('account.settings.passwordSubmit')}
          </button>
        </form>
      </FormErrorsProvider>
    </section>
  );
}

function ChangeEmail() {
  const { t } = useTranslation();
  const [newEmail, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useAccountForm({ newEmail, password }, async () => {
    await request(CHANGE_EMAIL, { newEmail: newEmail.trim(), password, language: mailLanguage() });
    setPassword('');
  });
  return (
    <section aria-labelledby="change-email">
      <h2 id="change-email">{t('account.settings.emailTitle')}</h2>
      {form.done && <Notice>{t('account.settings.emailSent', { email: newEmail.trim() })}</Notice>}
      <FormErrorsProvider value={form.errors}>
        <form onSubmit={form.submit} className="form" noValidate>
          <ErrorSummary />
          <Field label={t('account.settings.newEmail')} required name="newEmail">
            {(p) => <input {...p} type="email" autoComplete="email" required value={newEmail} onChange={(e) => setEmail(e.target.value)} maxLength={254} />}
          </Field>
          <Field label={t('fields.password')} required name="password">
            {(p) => <input {...p} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} maxLength={128} />}
          </Field>
          <ErrorMessage error={form.error} />
          <button type="submit" disabled={form.pending}>
            {t('account.settings.emailSubmit')}
          </button>
        </form>
      </FormErrorsProvider>
    </section>
  );
}

/** Account settings: a new password, a new address; a student's own data. */
export function AccountPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('account.settings.title')}</PageHeading>
      <ChangePassword />
      <ChangeEmail />
      {viewer?.student && <MyData studentId={viewer.student.id} />}
      <PrivacyNote />
    </section>
  );
}
