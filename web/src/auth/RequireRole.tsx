import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useAuth, type Role } from './AuthContext';

/**
 * Sends a visitor without a session to sign in (and back afterwards); a wrong role sees why not.
 * Without `role`, any signed-in account may see the page (account settings).
 */
export function RequireRole({ role, children }: { role?: Role; children: ReactNode }) {
  const { viewer, checking } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (checking) return <Loading />;
  if (!viewer) return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  if (role && viewer.role !== role) {
    return (
      <section aria-labelledby="page-title">
        <PageHeading>{t('errors.FORBIDDEN.title')}</PageHeading>
        <p>{t('auth.wrongRole', { role: t(`enums.role.${role}`) })}</p>
      </section>
    );
  }
  return <>{children}</>;
}
