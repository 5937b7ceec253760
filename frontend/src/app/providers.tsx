import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiClientProvider } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';

interface AppProvidersProps {
  i18n: I18n;
  queryClient: QueryClient;
  apiClient: ApiClient;
  children: ReactNode;
}

/** Everything but sign-in and routing, shared by the app and the tests. */
export function AppProviders({ i18n, queryClient, apiClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
