import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { homeOf, useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary, FormErrorsProvider, useFormErrors } from '../../components/FormErrors';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';

export function SignInPage() {
  const { t } = useTranslation();
  const { viewer, signIn, sessionExpired } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string; registered?: boolean } | null)?.from;
  const { registered, passwordReset } = (location.state as { registered?: boolean; passwordReset?: boolean } | null) ?? {};
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const errors = useFormErrors();
  if (viewer && !pending) return <Navigate to={from ?? homeOf(viewer.role)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.checkRequired({ email, password })) return;
    setPending(true);
    setError(undefined);
    try {
      const signedIn = await signIn(email.trim(), password);
      navigate(from ?? homeOf(signedIn.role), { replace: true });
    } catch (err) {
      setError(err);
      errors.show(err);
    } finally {
      setPending(false);
    }
  };
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('signIn.title')}</PageHeading>
      {sessionExpired && <Notice tone="warning">{t('signIn.expired')}</Notice>}
      {registered && <Notice>{t('signIn.registered')}</Notice>}
      {passwordReset && <Notice>{t('account.reset.done')}</Notice>}
      <FormErrorsProvider value={errors}>
      <form onSubmit={submit} className="form" noValidate>
        <ErrorSummary />
        <Field label={t('fields.email')} required name="email">
          {(p) => <input {...p} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} />}
        </Field>
        <Field label={t('fields.password')} required name="password">
          {(p) => <input {...p} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} maxLength={128} />}
        </Field>
        <ErrorMessage error={error && errors.otherError} />
        <button type="submit" disabled={pending}>
          {pending ? t('signIn.pending') : t('signIn.submit')}
        </button>
      </form>
      </FormErrorsProvider>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/register/student">{t('nav.registerStudent')}</Link> · <Link to="/register/company">{t('nav.registerCompany')}</Link>
      </p>
    </section>
  );
}
