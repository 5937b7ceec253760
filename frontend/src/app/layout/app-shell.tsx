import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { LanguageSwitch } from '@/i18n/language-switch';
import { isApiProblem } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/get-me';
import { hasAnyRole, isRole } from '@/lib/auth/roles';
import { useSession } from '@/lib/auth/session';
import { COUNT_ROLES } from '@/features/home/roles';
import { useCounts } from '@/features/home/api/get-counts';
import { currentItem, NAVIGATION } from '../navigation';

/** Header (name, user, organization, language, sign-out), role-based navigation and the page. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const me = useMe();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // A new page opens at its top with focus on its content, as a full page load would (a case
  // opened after an intake shows its notice and next step), and closes the phone menu.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A page that put the focus on its own first field keeps it (a new call's form).
    if (!main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [location.pathname]);

  const roles = me.data?.roles ?? [];
  const organization = me.data?.organization;
  const organizationName =
    organization && (i18n.resolvedLanguage === 'en' && organization.nameEn ? organization.nameEn : organization.nameVi);
  const sections = NAVIGATION.map((section) => ({
    ...section,
    items: section.items.filter((item) => hasAnyRole(roles, item.roles)),
  })).filter((section) => section.items.length > 0);
  const roleNames = roles.filter(isRole).map((role) => t(`auth.roles.${role}`));
  const counts = useCounts(hasAnyRole(roles, COUNT_ROLES));
  const current = currentItem(
    sections.flatMap((section) => section.items),
    location.pathname,
  );
  const home = location.pathname === '/';
  const title = home ? t('home.nav') : current ? t(current.label) : undefined;

  // The tab says where the reader is.
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={menuOpen ? 'shell__header shell__header--menu-open' : 'shell__header'}>
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <button
          type="button"
          className="button button--small shell__menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>
        <div className="shell__user" role="group" aria-label={t('auth.account')}>
          {me.data && (
            <p className="user">
              <span className="user__name">{me.data.name || me.data.username}</span>
              <span className="user__org">{organizationName || t('auth.noOrganization')}</span>
              {roleNames.length > 0 && <span className="user__roles">{roleNames.join(', ')}</span>}
            </p>
          )}
          <LanguageSwitch />
          <button type="button" className="button button--small" onClick={() => void session.signOut()}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <div className="shell__body">
        <nav id="main-nav" className={menuOpen ? 'shell__nav shell__nav--open' : 'shell__nav'} aria-label={t('nav.label')}>
          <ul className="nav-section">
            <li>
              <Link to="/" className={home ? 'nav-link active' : 'nav-link'} aria-current={home ? 'page' : undefined}>
                {t('home.nav')}
              </Link>
            </li>
          </ul>
          {sections.map((section) => (
            <div key={section.label} className="nav-section">
              <h2 className="nav-section__title">{t(section.label)}</h2>
              <ul>
                {section.items.map((item) => {
                  const active = item === current;
                  const waiting = item.badge ? (counts.data?.[item.badge] ?? 0) : 0;
                  return (
                    <li key={item.to}>
                      <Link to={item.to} className={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
                        {t(item.label)}
                      </Link>
                      {waiting > 0 && (
                        <span className="nav-badge" role="status">
                          <span aria-hidden="true">{waiting}</span>
                          <span className="visually-hidden">{t('home.badge', { count: waiting })}</span>
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" className="shell__main" ref={main} tabIndex={-1}>
          {isApiProblem(me.error) && me.error.status === 401 ? (
            <ProblemAlert error={me.error}>
              <button
                type="button"
                className="button button--small"
                onClick={() => void session.signIn(`${location.pathname}${location.search}`)}
              >
                {t('problem.signInAgain')}
              </button>
            </ProblemAlert>
          ) : (
            <Outlet />
          )}
        </main>
      </div>
    </div>
  );
}
