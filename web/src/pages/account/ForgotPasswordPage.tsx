import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api/client';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { AccountForm, EmailField } from './AccountForm';
import { REQUEST_PASSWORD_RESET } from './queries';
import { useAccountForm } from './useAccountForm';
import { apiLanguage } from '../../i18n';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const form = useAccountForm({ email }, async () => {
    await request(REQUEST_PASSWORD_RESET, { email: email.trim(), language: apiLanguage() });
  });
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('account.forgot.title')}</PageHeading>
      <p>{t('account.forgot.intro')}</p>
      {form.done && <Notice>{t('account.forgot.sent')}</Notice>}
      <AccountForm form={form} submit={t('account.forgot.submit')}>
        <EmailField label={t('fields.email')} name="email" autoComplete="username" value={email} onChange={setEmail} />
      </AccountForm>
      <p>
        <Link to="/signin">{t('account.backToSignIn')}</Link>
      </p>
    </section>
  );
}
