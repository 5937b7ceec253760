import { useRef, useState } from 'react';
import { BrowserRouter } from 'react-router';
import type { RuntimeConfig } from '@/config/runtime-config';
import { Loading } from '@/components/ui/loading';
import { createI18n } from '@/i18n/i18n';
import { createApiClient } from '@/lib/api/client';
import { createQueryClient } from '@/lib/api/query-client';
import { createUserManager, OidcSessionProvider } from '@/lib/auth/oidc';
import { useSession } from '@/lib/auth/session';
import { AppRoutes } from './app-routes';
import { AppProviders } from './providers';

/**
 * The router starts once sign-in has settled, so that it reads the address the sign-in callback
 * leaves behind (the page where sign-in started), not the callback's.
 */
function RouterWhenReady() {
  const session = useSession();
  const ready = useRef(false);
  if (session.status !== 'loading') ready.current = true;
  if (!ready.current) return <Loading />;
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || undefined}>
      <AppRoutes />
    </BrowserRouter>
  );
}

export function App({ config }: { config: RuntimeConfig }) {
  const [services] = useState(() => {
    const i18n = createI18n();
    const userManager = createUserManager(config);
    const apiClient = createApiClient({
      baseUrl: config.apiUrl,
      getAccessToken: async () => (await userManager.getUser())?.access_token,
      getLanguage: () => i18n.resolvedLanguage,
    });
    return { i18n, userManager, apiClient, queryClient: createQueryClient() };
  });
  return (
    <AppProviders i18n={services.i18n} queryClient={services.queryClient} apiClient={services.apiClient}>
      <OidcSessionProvider userManager={services.userManager}>
        <RouterWhenReady />
      </OidcSessionProvider>
    </AppProviders>
  );
}
