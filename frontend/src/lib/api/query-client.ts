import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from './problem';

/** Retries only what may succeed on a second try: network failures and server errors. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiProblem(error) || error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
