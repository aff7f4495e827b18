import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { ErrorSummary, FormErrorsProvider } from '../../components/FormErrors';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { REQUEST_PASSWORD_RESET } from './queries';
import { mailLanguage, useAccountForm } from './useAccountForm';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const form = useAccountForm({ email }, async () => {
    await request(REQUEST_PASSWORD_RESET, { email: email.trim(), language: mailLanguage() });
  });
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('account.forgot.title')}</PageHeading>
      <p>{t('account.forgot.intro')}</p>
      {form.done && <Notice>{t('account.forgot.sent')}</Notice>}
      <FormErrorsProvider value={form.errors}>
        <form onSubmit={form.submit} className="form" noValidate>
          <ErrorSummary />
          <Field label={t('fields.email')} required name="email">
            {(p) => <input {...p} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} />}
          </Field>
          <ErrorMessage error={form.error} />
          <button type="submit" disabled={form.pending}>
            {t('account.forgot.submit')}
          </button>
        </form>
      </FormErrorsProvider>
      <p>
        <Link to="/signin">{t('account.backToSignIn')}</Link>
      </p>
    </section>
  );
}
