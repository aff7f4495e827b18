import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, setToken } from '../../api/client';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { PrivacyNote } from '../../components/PrivacyNote';
import { useAuth } from '../../auth/AuthContext';
import { AccountForm, EmailField, PasswordField } from './AccountForm';
import { MyData } from './MyData';
import { CHANGE_EMAIL, CHANGE_PASSWORD } from './queries';
import { useAccountForm } from './useAccountForm';
import { apiLanguage } from '../../i18n';

function ChangePassword() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNext] = useState('');
  const form = useAccountForm({ currentPassword, newPassword }, async () => {
    const { changePassword } = await request(CHANGE_PASSWORD, { currentPassword, newPassword });
    // Every other session ended; this one goes on with the fresh token.
    setToken(changePassword.token);
    setCurrent('');
    setNext('');
  });
  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">{t('account.settings.passwordTitle')}</h2>
      {form.done && <Notice>{t('account.settings.passwordChanged')}</Notice>}
      <AccountForm form={form} submit={t('account.settings.passwordSubmit')}>
        <PasswordField label={t('account.settings.currentPassword')} name="currentPassword" autoComplete="current-password" value={currentPassword} onChange={setCurrent} />
        <PasswordField label={t('account.settings.newPassword')} hint={t('fields.passwordHint')} name="newPassword" autoComplete="new-password" value={newPassword} onChange={setNext} />
      </AccountForm>
    </section>
  );
}

function ChangeEmail() {
  const { t } = useTranslation();
  const [newEmail, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useAccountForm({ newEmail, password }, async () => {
    await request(CHANGE_EMAIL, { newEmail: newEmail.trim(), password, language: apiLanguage() });
    setPassword('');
  });
  return (
    <section aria-labelledby="change-email">
      <h2 id="change-email">{t('account.settings.emailTitle')}</h2>
      {form.done && <Notice>{t('account.settings.emailSent', { email: newEmail.trim() })}</Notice>}
      <AccountForm form={form} submit={t('account.settings.emailSubmit')}>
        <EmailField label={t('account.settings.newEmail')} name="newEmail" value={newEmail} onChange={setEmail} />
        <PasswordField label={t('fields.password')} name="password" autoComplete="current-password" value={password} onChange={setPassword} />
      </AccountForm>
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
