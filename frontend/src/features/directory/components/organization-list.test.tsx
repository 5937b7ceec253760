import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, pending, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = '/directory/organizations';

describe('organizations list', () => {
  it('says it is loading while the list is on its way', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['social-worker'])), 'GET /api/v1/organizations': pending() });
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Đang tải danh sách…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['social-worker'])), 'GET /api/v1/organizations': json(page([])) });
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Không có cơ quan, tổ chức nào khớp với tìm kiếm.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a readable error and retries on request', async () => {
    let calls = 0;
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': () =>
        ++calls === 1
          ? problem(500, { code: 'internal', title: 'Internal error', detail: 'quote incident 42' })
          : json(page([organization()])),
    });
    const { user } = renderApp({ route: ROUTE });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ gặp lỗi. Hãy thử lại sau.');
    expect(alert).toHaveTextContent('quote incident 42');

    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh' })).toBeInTheDocument();
  });

  it('lists organizations with translated kinds, the total and paging', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': json(
        page(
          [
            organization(),
            organization({
              id: '00000000-0000-4000-a000-000000000003',
              nameVi: 'Công an tỉnh Quảng Ninh',
              nameEn: undefined,
              kind: 'POLICE',
              phone: undefined,
            }),
          ],
          { total: 45 },
        ),
      ),
    });
    const { user } = renderApp({ route: ROUTE });

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh' })).toHaveAttribute(
      'href',
      '/directory/organizations/00000000-0000-4000-a000-000000000001',
    );
    expect(within(rows[2]!).getByRole('cell', { name: 'Công an' })).toBeInTheDocument();
    expect(screen.getByText('Tổng số: 45')).toBeInTheDocument();
    expect(screen.getByText('Trang 1 / 3')).toBeInTheDocument();
    // A social worker may read the directory but not add to it.
    expect(screen.queryByRole('link', { name: 'Thêm cơ quan, tổ chức' })).not.toBeInTheDocument();

    const first = network.to('GET', '/api/v1/organizations')[0]!;
    expect(new URL(first.url).searchParams.get('sort')).toBe('nameVi,asc');
    expect(new URL(first.url).searchParams.get('page')).toBe('0');

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await user.type(screen.getByLabelText('Từ khóa'), 'quang ninh');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));
    await user.selectOptions(screen.getByLabelText('Loại hình'), 'Công an');

    const urls = network.to('GET', '/api/v1/organizations').map((r) => new URL(r.url).searchParams);
    expect(urls.some((p) => p.get('page') === '1')).toBe(true);
    const last = urls.at(-1)!;
    expect(last.get('q')).toBe('quang ninh');
    expect(last.get('kind')).toBe('POLICE');
    expect(last.get('page')).toBe('0');
  });

  it('offers admins the add button', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['admin'])), 'GET /api/v1/organizations': json(page([organization()])) });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('link', { name: 'Thêm cơ quan, tổ chức' })).toHaveAttribute(
      'href',
      '/directory/organizations/new',
    );
  });
});
