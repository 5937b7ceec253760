import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page, organization } from '@/testing/fixtures';
import { categories, line, LINE_ID } from '@/testing/hotline-fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const LAZY = { timeout: 10_000 };

describe('the hotline reference screen', () => {
  it('lets an admin take a line out of service over its version', async () => {
    const net = mockFetch({
      'GET /api/v1/me': json(me(['admin'])),
      'GET /api/v1/hotline/lines': json([line({ version: 3 })]),
      'GET /api/v1/hotline/categories': json(categories()),
      'GET /api/v1/organizations': json(page([organization()])),
      'PUT /api/v1/hotline/lines/:id': async (request) => json({ ...line(), ...(await request.json()), version: 4 }),
    });
    const { user } = renderApp({ route: '/hotline/reference' });
    await user.click(await screen.findByRole('button', { name: 'Sửa QN-18001769' }, LAZY));
    const dialog = screen.getByRole('dialog', { name: 'Sửa đường dây QN-18001769' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Đang dùng' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const sent = net.to('PUT', `/api/v1/hotline/lines/${LINE_ID}`)[0]!;
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(await sent.json()).toMatchObject({ code: 'QN-18001769', active: false });
  });

  it('shows a taken shortcut as the server says, and keeps the dialog open', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['admin'])),
      'GET /api/v1/hotline/lines': json([line()]),
      'GET /api/v1/hotline/categories': json(categories()),
      'PUT /api/v1/hotline/categories/:code': problem(409, {
        code: 'category.shortcut-taken',
        title: 'Conflict',
        detail: 'Another category uses the shortcut 1',
      }),
    });
    const { user } = renderApp({ route: '/hotline/reference' });
    await user.click(await screen.findByRole('button', { name: 'Thêm loại vấn đề' }, LAZY));
    const dialog = screen.getByRole('dialog', { name: 'Thêm loại vấn đề' });
    await user.type(within(dialog).getByRole('textbox', { name: /Mã/ }), 'sexual_exploitation');
    await user.type(within(dialog).getByRole('textbox', { name: /Tên tiếng Việt/ }), 'Bóc lột tình dục');
    await user.type(within(dialog).getByRole('textbox', { name: /Tên tiếng Anh/ }), 'Sexual exploitation');
    await user.type(within(dialog).getByRole('textbox', { name: /Phím tắt/ }), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
