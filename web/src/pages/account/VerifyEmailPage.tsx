import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { request } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { VERIFY_EMAIL } from './queries';

/** The link from the verification mail: it verifies once, on opening. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { viewer, refresh } = useAuth();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<{ done: boolean; error?: unknown }>({ done: false });
  const sent = useRef(false);
  useEffect(() => {
    // Once, also under React's double effects in development: the link works once.
    if (sent.current) return;
    sent.current = true;
    request(VERIFY_EMAIL, { token }).then(
      () => {
        setState({ done: true });
        void refresh();
      },
      (error: unknown) => setState({ done: true, error }),
    );
  }, [token, refresh]);
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('account.verify.title')}</PageHeading>
      {!state.done && <Loading />}
      {state.done && !state.error && <Notice>{t('account.verify.done')}</Notice>}
      <ErrorMessage error={state.error} />
      <p>{viewer ? <Link to="/account">{t('account.settings.title')}</Link> : <Link to="/signin">{t('account.backToSignIn')}</Link>}</p>
    </section>
  );
}
