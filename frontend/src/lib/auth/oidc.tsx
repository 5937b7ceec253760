import { useQueryClient } from '@tanstack/react-query';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider, useAuth } from 'react-oidc-context';
import type { RuntimeConfig } from '@/config/runtime-config';
import { SessionProvider, type Session } from './session';
import { forgetLocalData } from './forget-local-data';

export const CALLBACK_PATH = '/auth/callback';

interface SignInState {
  returnTo?: string;
}

/**
 * Authorization code + PKCE against the realm. Tokens stay in session storage (gone when the tab
 * closes) and are renewed in the background with the refresh token before they expire.
 */
export function createUserManager(config: RuntimeConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    // Keycloak's session iframe needs third-party cookies; refresh tokens do without.
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** After the callback, drop ?code=&state= from the address and go where sign-in started. */
function onSigninCallback(user: User | undefined | void): void {
  const returnTo = (user?.state as SignInState | undefined)?.returnTo;
  const target = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  window.history.replaceState({}, document.title, target);
}

function OidcSessionBridge({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const signedIn = auth.isAuthenticated && !!auth.user && !auth.user.expired;
  const status: Session['status'] = auth.isLoading && !signedIn ? 'loading' : signedIn ? 'signed-in' : 'signed-out';
  const { signinRedirect, signoutRedirect, removeUser } = auth;
  const queryClient = useQueryClient();
  const session = useMemo<Session>(
    () => ({
      status,
      error: auth.error ?? undefined,
      // The realm's login page speaks the language the user chose here.
      signIn: (returnTo) => signinRedirect({ state: { returnTo } satisfies SignInState, ui_locales: language }),
      signOut: async () => {
        // Nothing of the session stays in this browser: cached answers, stored values.
        forgetLocalData(queryClient);
        try {
          await signoutRedirect();
        } catch {
          // The realm is unreachable: forget the tokens here at least.
          await removeUser();
        }
      },
    }),
    [status, auth.error, language, signinRedirect, signoutRedirect, removeUser, queryClient],
  );
  return <SessionProvider session={session}>{children}</SessionProvider>;
}

export function OidcSessionProvider({ userManager, children }: { userManager: UserManager; children: ReactNode }) {
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <OidcSessionBridge>{children}</OidcSessionBridge>
    </AuthProvider>
  );
}
