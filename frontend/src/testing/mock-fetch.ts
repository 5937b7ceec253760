import { vi } from 'vitest';

type Reply = Response | Promise<Response> | ((request: Request, params: Record<string, string>) => Response | Promise<Response>);

export const API_URL = 'http://api.test';

/** A JSON answer; `headers` adds to it (e.g. ETag). */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

/** An RFC 9457 answer as the backend sends it. */
export function problem(
  status: number,
  body: { code?: string; title?: string; detail?: string; errors?: { field: string; message: string }[] } = {},
): Response {
  return new Response(
    JSON.stringify({
      type: body.code ? `urn:safereturn:problem:${body.code}` : undefined,
      title: body.title ?? `Status ${status}`,
      status,
      ...body,
    }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** An answer that never comes, to see loading states. */
export function pending(): Promise<Response> {
  return new Promise<Response>(() => {});
}

function match(pattern: string, path: string): Record<string, string> | null {
  const a = pattern.split('/');
  const b = path.split('/');
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.startsWith(':')) params[a[i]!.slice(1)] = decodeURIComponent(b[i]!);
    else if (a[i] !== b[i]) return null;
  }
  return params;
}

/**
 * Replaces the global fetch (the network, not the code under test) with routes such as
 * `'GET /api/v1/organizations/:id'`. Unrouted calls answer 404 and are recorded like the rest.
 */
export function mockFetch(routes: Record<string, Reply>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const url = new URL(request.url);
    for (const [key, reply] of Object.entries(routes)) {
      const [method, pattern] = key.split(' ') as [string, string];
      if (method !== request.method) continue;
      const params = match(pattern, url.pathname);
      if (!params) continue;
      const response = typeof reply === 'function' ? await reply(request, params) : await reply;
      return response.clone();
    }
    return problem(404, { code: 'resource.not-found', title: 'Not found' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    requests,
    /** Requests to one path, e.g. `to('GET', '/api/v1/organizations')`. */
    to: (method: string, path: string) =>
      requests.filter((r) => r.method === method && new URL(r.url).pathname === path),
  };
}
