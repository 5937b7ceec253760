import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '@/app/app-routes';
import { AppProviders } from '@/app/providers';
import { createI18n } from '@/i18n/i18n';
import { createApiClient } from '@/lib/api/client';
import { SessionProvider, type Session } from '@/lib/auth/session';
import { API_URL } from './mock-fetch';

export function fakeSession(overrides: Partial<Session> = {}): Session {
  return {
    status: 'signed-in',
    signIn: vi.fn(async () => {}),
    signOut: vi.fn(async () => {}),
    ...overrides,
  };
}

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/**
 * The whole app at `route`, with the real API client (global fetch is what tests replace), real
 * i18n (language from localStorage) and a stub session instead of the OIDC redirect dance.
 */
export function renderApp({ route = '/', session = fakeSession() }: { route?: string; session?: Session } = {}) {
  const i18n = createI18n(localStorage);
  const queryClient = testQueryClient();
  const apiClient = createApiClient({
    baseUrl: API_URL,
    getAccessToken: () => 'test-token',
    getLanguage: () => i18n.resolvedLanguage,
  });
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} queryClient={queryClient} apiClient={apiClient}>
      <SessionProvider session={session}>
        <MemoryRouter initialEntries={[route]}>
          <AppRoutes />
        </MemoryRouter>
      </SessionProvider>
    </AppProviders>,
  );
  return { ...view, user, i18n, queryClient, session };
}
