import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { homeOf, useAuth } from '../../auth/AuthContext';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { AccountForm, EmailField, PasswordField } from '../account/AccountForm';
import { useAccountForm } from '../account/useAccountForm';

export function SignInPage() {
  const { t } = useTranslation();
  const { viewer, signIn, sessionExpired } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string; registered?: boolean } | null)?.from;
  const { registered, passwordReset } = (location.state as { registered?: boolean; passwordReset?: boolean } | null) ?? {};
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useAccountForm({ email, password }, async () => {
    const signedIn = await signIn(email.trim(), password);
    navigate(from ?? homeOf(signedIn.role), { replace: true });
  });
  if (viewer && !form.pending) return <Navigate to={from ?? homeOf(viewer.role)} replace />;

  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('signIn.title')}</PageHeading>
      {sessionExpired && <Notice tone="warning">{t('signIn.expired')}</Notice>}
      {registered && <Notice>{t('signIn.registered')}</Notice>}
      {passwordReset && <Notice>{t('account.reset.done')}</Notice>}
      <AccountForm form={form} submit={form.pending ? t('signIn.pending') : t('signIn.submit')}>
        <EmailField label={t('fields.email')} name="email" autoComplete="username" value={email} onChange={setEmail} />
        <PasswordField label={t('fields.password')} name="password" autoComplete="current-password" value={password} onChange={setPassword} />
      </AccountForm>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/register/student">{t('nav.registerStudent')}</Link> · <Link to="/register/company">{t('nav.registerCompany')}</Link>
      </p>
    </section>
  );
}
