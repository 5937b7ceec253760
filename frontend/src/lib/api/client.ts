import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiProblem } from './problem';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl: string;
  /** The current access token; called for every request so a silently renewed token is used. */
  getAccessToken: () => string | undefined | null | Promise<string | undefined | null>;
  getLanguage?: () => string | undefined;
}

/** Bearer token and language on the way out; problem details (or a network failure) thrown as ApiProblem on the way back. */
function middleware({ getAccessToken, getLanguage }: ApiClientOptions): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept', 'application/json, application/problem+json');
      const language = getLanguage?.();
      if (language) request.headers.set('Accept-Language', language);
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok) throw await ApiProblem.fromResponse(response.clone());
      return undefined;
    },
    onError({ error }) {
      if (error instanceof ApiProblem) return error;
      if (error instanceof Error && error.name === 'AbortError') return error;
      return ApiProblem.network(error);
    },
  };
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    // Looked up per call, not captured, so tests and polyfills that replace fetch are honoured.
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(middleware(options));
  return client;
}

/** The body of a successful call (the middleware has already thrown for failures). */
export function dataOf<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiProblem({ status: result.response.status, title: 'Empty response', code: 'response.empty' });
  }
  return result.data;
}

/** The ETag the server sent, or the quoted version when the header is not readable. */
export function etagOf(response: Response, version: number | undefined): string {
  return response.headers.get('ETag') ?? `"${version ?? 0}"`;
}
