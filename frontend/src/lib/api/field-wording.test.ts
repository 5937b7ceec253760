import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { ApiProblem } from './problem';

function unprocessable(errors: object[]): Response {
  return new Response(JSON.stringify({ status: 422, title: 'The request is not valid', code: 'validation.failed', errors }), {
    status: 422,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

const STORAGE = (language: string) =>
  ({ getItem: () => language, setItem: () => {}, removeItem: () => {}, clear: () => {}, key: () => null, length: 0 }) as Storage;

describe('field errors in the reader’s language', () => {
  it('words each error of a 422 by its code and parameters, in Vietnamese', async () => {
    createI18n(STORAGE('vi'));
    const problem = await ApiProblem.fromResponse(
      unprocessable([
        { field: 'person.fullName', message: 'must not be blank', code: 'required' },
        { field: 'nameVi', message: 'size must be between 0 and 200', code: 'size', params: { min: '0', max: '200' } },
        { field: 'placeCode', message: 'is not a known administrative unit', code: 'unknown-place' },
        { field: 'endsOn', message: 'must not be before startsOn', code: 'not-before', params: { other: 'startsOn' } },
        { field: 'q', message: 'only a case number here', code: 'invalid' },
        { field: 'legacy', message: 'an older server says this' },
      ]),
    );
    expect(problem.errors.map((e) => e.message)).toEqual([
      'Bắt buộc nhập.',
      'Độ dài hoặc số lượng phải từ 0 đến 200.',
      'Không phải đơn vị hành chính đã biết: hãy chọn trong danh sách.',
      'Không được trước startsOn.',
      'Không hợp lệ (only a case number here).',
      'an older server says this',
    ]);
    expect(problem.errors[0]!.code).toBe('required');
  });

  it('words them in English when the reader chose English', async () => {
    createI18n(STORAGE('en'));
    const problem = await ApiProblem.fromResponse(unprocessable([{ field: 'nationality', message: 'must be an ISO code', code: 'country' }]));
    expect(problem.errors[0]!.message).toBe('Not a country code: choose from the list.');
  });
});
