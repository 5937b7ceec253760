import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LanguageSwitch } from '@/i18n/language-switch';
import { CALLBACK_PATH } from '@/lib/auth/oidc';
import { useSession } from '@/lib/auth/session';

/** What a signed-out visitor sees: the app's name, the language switch and one sign-in button. */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const returnTo = location.pathname.startsWith(CALLBACK_PATH) ? '/' : `${location.pathname}${location.search}`;
  return (
    <div className="sign-in">
      <header className="sign-in__header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="sign-in__main" id="main">
        <h1>{t('auth.welcome')}</h1>
        <p>{t('app.tagline')}</p>
        <p className="muted">{t('auth.signInHint')}</p>
        {session.error && (
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{t('auth.signInFailed')}</p>
            <p className="alert__detail">{session.error.message}</p>
          </div>
        )}
        <button type="button" className="button button--primary button--large" onClick={() => void session.signIn(returnTo)}>
          {t('auth.signIn')}
        </button>
      </main>
    </div>
  );
}
