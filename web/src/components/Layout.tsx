import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { InboxLink } from './InboxLink';
import { VerifyBanner } from '../pages/account/VerifyBanner';
import { LanguageSwitch } from './LanguageSwitch';

function Nav() {
  const { t } = useTranslation();
  const { viewer, signOut } = useAuth();
  const location = useLocation();
  // On a phone the links fold behind one button, so the page's content starts near the top.
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [location.pathname]);
  const links: Array<{ to: string; label: string; end?: boolean }> = [];
  if (!viewer) {
    links.push({ to: '/assignments', label: t('nav.search') }, { to: '/register/student', label: t('nav.registerStudent') }, { to: '/register/company', label: t('nav.registerCompany') });
  } else if (viewer.role === 'STUDENT') {
    links.push(
      { to: '/student', label: t('nav.forYou'), end: true },
      { to: '/assignments', label: t('nav.search') },
      { to: '/student/applications', label: t('nav.myApplications') },
      { to: '/student/profile', label: t('nav.profile') },
    );
  } else if (viewer.role === 'COMPANY') {
    links.push({ to: '/company', label: t('nav.ourAssignments'), end: true }, { to: '/company/assignments/new', label: t('nav.newAssignment') }, { to: '/company/profile', label: t('nav.organisationProfile') });
  } else {
    links.push({ to: '/staff', label: t('nav.goal'), end: true }, { to: '/staff/organisations', label: t('nav.organisations') }, { to: '/assignments', label: t('nav.search') });
  }
  const name = viewer?.student?.name ?? viewer?.company?.name ?? (viewer?.role === 'STAFF' ? t('enums.role.STAFF') : viewer?.accountId);
  return (
    <nav aria-label={t('nav.label')} className={`nav ${open ? 'nav-open' : ''}`}>
      <button type="button" className="menu-button button-secondary button-small" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">☰ </span>
        {t('nav.menu')}
      </button>
      <div className="nav-panel" id="site-menu">
      <ul className="nav-links">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
      <div className="nav-account">
        {viewer ? (
          <>
            {(viewer.role === 'STUDENT' || viewer.role === 'COMPANY') && <InboxLink />}
            <NavLink className="nav-name" to="/account">
              {t('nav.signedInAs', { name })}
            </NavLink>
            <button type="button" className="button-secondary button-small" onClick={signOut}>
              {t('nav.signOut')}
            </button>
          </>
        ) : (
          <Link className="button button-small" to="/signin">
            {t('nav.signIn')}
          </Link>
        )}
        <LanguageSwitch />
      </div>
      </div>
    </nav>
  );
}

/** Landmarks (banner, navigation, main, contentinfo), a skip link, and focus to the new page's h1. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById('page-title');
    (heading ?? document.getElementById('main'))?.focus();
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <span>
              <strong>{t('app.name')}</strong>
              <span className="brand-region">{t('app.region')}</span>
            </span>
          </Link>
          <Nav />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <VerifyBanner />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>
            <Link to="/privacy">{t('privacy.link')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
