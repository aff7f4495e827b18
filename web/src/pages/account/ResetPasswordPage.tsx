import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { request } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { ErrorSummary, FormErrorsProvider } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
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
      <FormErrorsProvider value={form.errors}>
        <form onSubmit={form.submit} className="form" noValidate>
          <ErrorSummary />
          <Field label={t('account.reset.password')} hint={t('fields.passwordHint')} required name="password">
            {(p) => <input {...p} type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} maxLength={128} />}
          </Field>
          <ErrorMessage error={form.error} />
          <button type="submit" disabled={form.pending}>
            {t('account.reset.submit')}
          </button>
        </form>
      </FormErrorsProvider>
      <p>
        <Link to="/forgot-password">{t('account.reset.newLink')}</Link>
      </p>
    </section>
  );
}
