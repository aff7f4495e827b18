import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { useMutationFormErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { PrivacyNote } from '../../components/PrivacyNote';
import { SubmitForm } from '../../components/SubmitForm';
import type { TypedDocumentString } from '../../api/__generated__/graphql';

/**
 * Registering, for students and organisations alike: the account is made, then signed in with the
 * address and password just given, and its first page opens with `state` (a welcome). A failed
 * sign-in is shown on the form (the account exists by then).
 */
export function useRegistration<T, V>(mutation: TypedDocumentString<T, V>, home: { to: string; state: object }) {
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const register = useMutation(mutation);
  const [signInError, setSignInError] = useState<unknown>();
  const errors = useMutationFormErrors(register.error);
  const run = async (variables: V, email: string, password: string) => {
    if (!(await register.run(variables))) return;
    try {
      await signIn(email, password);
      navigate(home.to, { state: home.state });
    } catch (err) {
      setSignInError(err);
    }
  };
  return { errors, pending: register.pending, signInError, run };
}

/** A registration page: heading, lead, the form with the privacy note, and the way to sign in instead. */
export function RegisterForm({
  title,
  lead,
  submit,
  registration,
  onSubmit,
  children,
}: {
  title: string;
  lead: string;
  submit: string;
  registration: Pick<ReturnType<typeof useRegistration>, 'errors' | 'pending' | 'signInError'>;
  onSubmit(event: FormEvent): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{title}</PageHeading>
      <p className="lead">{lead}</p>
      <SubmitForm errors={registration.errors} onSubmit={onSubmit} otherError={registration.signInError} pending={registration.pending} submit={submit}>
        {children}
        <PrivacyNote />
      </SubmitForm>
      <p>
        {t('registerStudent.haveAccount')} <Link to="/signin">{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}
