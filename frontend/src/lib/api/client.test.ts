import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { API_URL, json, mockFetch, problem } from '@/testing/mock-fetch';
import { createApiClient } from './client';
import { ApiProblem, assignFieldErrors } from './problem';
import { describeProblem } from './problem-message';
import { createQueryClient } from './query-client';

const client = () => createApiClient({ baseUrl: API_URL, getAccessToken: () => 'token-123', getLanguage: () => 'vi' });

async function failure(call: Promise<unknown>): Promise<ApiProblem> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiProblem);
    return error as ApiProblem;
  }
  throw new Error('the call did not fail');
}

describe('API client', () => {
  it('sends the bearer token and the language', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json({ subject: 's', username: 'worker', roles: [] }) });
    const { data } = await client().GET('/api/v1/me');
    expect(data?.username).toBe('worker');
    const [request] = network.requests;
    expect(request!.headers.get('Authorization')).toBe('Bearer token-123');
    expect(request!.headers.get('Accept-Language')).toBe('vi');
  });

  it('turns a 422 into an ApiProblem carrying its field errors', async () => {
    mockFetch({
      'POST /api/v1/organizations': problem(422, {
        code: 'validation.failed',
        title: 'The request is not valid',
        detail: '2 field(s) are not valid',
        errors: [
          { field: 'nameVi', message: 'must not be blank' },
          { field: 'contacts[0].email', message: 'must be a well-formed email address' },
        ],
      }),
    });
    const error = await failure(
      client().POST('/api/v1/organizations', { body: { nameVi: '', kind: 'NGO' } }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation.failed');
    expect(error.errors).toEqual([
      { field: 'nameVi', message: 'must not be blank' },
      { field: 'contacts[0].email', message: 'must be a well-formed email address' },
    ]);
    expect(describeProblem(error, createI18n(undefined)).message).toBe(
      'Một số thông tin chưa hợp lệ. Hãy sửa các trường được đánh dấu.',
    );
  });

  it('turns a 412 into a "someone else changed this record" message', async () => {
    mockFetch({
      'PUT /api/v1/organizations/:id': problem(412, {
        code: 'precondition.stale',
        title: 'The record was changed by someone else',
      }),
    });
    const error = await failure(
      client().PUT('/api/v1/organizations/{id}', {
        params: { path: { id: 'x' }, header: { 'If-Match': '"1"' } },
        body: { nameVi: 'A', kind: 'NGO' },
      }),
    );
    expect(error.status).toBe(412);
    const i18n = createI18n(undefined);
    expect(describeProblem(error, i18n).message).toMatch(/Người khác vừa thay đổi bản ghi này/);
    await i18n.changeLanguage('en');
    expect(describeProblem(error, i18n).message).toMatch(/^Someone else changed this record/);
  });

  it('turns a 429 into a wait-and-retry message with the seconds of Retry-After, and does not retry it', async () => {
    const network = mockFetch({
      'GET /api/v1/me': () => {
        const response = problem(429, { code: 'rate-limit.exceeded', title: 'Too many requests' });
        response.headers.set('Retry-After', '7');
        return response;
      },
    });
    const error = await failure(client().GET('/api/v1/me'));
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(7);
    const i18n = createI18n(undefined);
    expect(describeProblem(error, i18n).message).toBe(
      'Có quá nhiều yêu cầu từ tài khoản này trong thời gian ngắn. Hãy đợi 7 giây rồi thử lại.',
    );
    await i18n.changeLanguage('en');
    expect(describeProblem(error, i18n).message).toMatch(/Wait 7 seconds, then try again/);
    expect(network.to('GET', '/api/v1/me')).toHaveLength(1);
    expect(createQueryClient().getDefaultOptions().queries?.retry).toBeTypeOf('function');
    const retry = createQueryClient().getDefaultOptions().queries?.retry as (count: number, error: unknown) => boolean;
    expect(retry(0, error)).toBe(false);
  });

  it('turns a 401 into a sign-in-again message, even without a code', async () => {
    mockFetch({ 'GET /api/v1/me': new Response(null, { status: 401, statusText: 'Unauthorized' }) });
    const error = await failure(client().GET('/api/v1/me'));
    expect(error.status).toBe(401);
    expect(error.code).toBeUndefined();
    expect(describeProblem(error, createI18n(undefined)).message).toBe('Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.');
  });

  it('turns a network failure into an ApiProblem with status 0', async () => {
    const network = mockFetch({});
    network.fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const error = await failure(client().GET('/api/v1/me'));
    expect(error.isNetworkError).toBe(true);
    expect(error.code).toBe('network.unreachable');
    expect(describeProblem(error, createI18n(undefined)).message).toMatch(/Không kết nối được với máy chủ/);
  });

  it('reads a non-JSON error page by its status', async () => {
    mockFetch({
      'GET /api/v1/me': new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    });
    const error = await failure(client().GET('/api/v1/me'));
    expect(error.status).toBe(502);
    expect(describeProblem(error, createI18n(undefined)).message).toBe('Máy chủ gặp lỗi. Hãy thử lại sau.');
  });

  it('shows the server title and detail for a code the UI does not know', async () => {
    mockFetch({
      'DELETE /api/v1/services/:id': problem(409, {
        code: 'service.in-use',
        title: 'Conflict',
        detail: 'The service has open referrals',
      }),
    });
    const error = await failure(
      client().DELETE('/api/v1/services/{id}', { params: { path: { id: 'x' }, header: { 'If-Match': '"1"' } } }),
    );
    expect(describeProblem(error, createI18n(undefined))).toEqual({
      message: 'Conflict',
      detail: 'The service has open referrals',
    });
  });
});

describe('assignFieldErrors', () => {
  it('puts each error on the most specific field and keeps the rest apart', () => {
    const { byField, other } = assignFieldErrors(
      [
        { field: 'contacts[0].email', message: 'bad email' },
        { field: 'email', message: 'bad org email' },
        { field: 'create.request.nameVi', message: 'blank' },
        { field: 'hotlines[3]', message: 'too long' },
        { field: 'somethingElse', message: '?' },
      ],
      ['nameVi', 'email', 'hotlines', 'contacts[0].email'],
    );
    expect(byField).toEqual({
      'contacts[0].email': ['bad email'],
      email: ['bad org email'],
      nameVi: ['blank'],
      hotlines: ['too long'],
    });
    expect(other).toEqual([{ field: 'somethingElse', message: '?' }]);
  });
});
