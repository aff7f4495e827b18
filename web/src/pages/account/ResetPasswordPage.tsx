import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { request } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { AccountForm, PasswordField } from './AccountForm';
import { RESET_PASSWORD } from './queries';
import { useAccountForm } from './useAccountForm';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const form = useAccountForm({ password }, async () => {
    await request(RESET_PASSWORD, { token, password });
    navigate('/signin', { replace: true, state: { passwordReset: true } });
  });
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('account.reset.title')}</PageHeading>
      <AccountForm form={form} submit={t('account.reset.submit')}>
        <PasswordField label={t('account.reset.password')} hint={t('fields.passwordHint')} name="password" autoComplete="new-password" value={password} onChange={setPassword} />
      </AccountForm>
      <p>
        <Link to="/forgot-password">{t('account.reset.newLink')}</Link>
      </p>
    </section>
  );
}
