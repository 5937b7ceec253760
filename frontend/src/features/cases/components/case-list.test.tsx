import { formatDateTime } from '@/i18n/use-format';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseSummary } from '@/testing/case-fixtures';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, pending, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = '/cases';
/** The search a request sent, read from its body as the address's parameters would read. */
const params = async (request: Request) => {
  const body = (await request.clone().json()) as Record<string, unknown>;
  return new URLSearchParams(
    Object.entries(body)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, String(v)]),
  );
};

describe('cases list', () => {
  it('says it is loading while the list is on its way', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['social-worker'])), 'POST /api/v1/cases/search': pending() });
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Đang tải danh sách…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when nothing matches, in words fit for the tab', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['social-worker'])), 'POST /api/v1/cases/search': json(page([])) });
    const { user } = renderApp({ route: ROUTE });
    expect(await screen.findByText('Không có hồ sơ nào khớp với tìm kiếm.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Quá hạn xác minh' }));
    expect(await screen.findByText('Không có hồ sơ nào quá hạn xác minh.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says "more than" and keeps Next open when the server stopped counting', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'POST /api/v1/cases/search': async (request: Request) =>
        json(page([caseSummary()], { page: Number((await params(request)).get('page') ?? 0), total: 1000, totalExact: false })),
    });
    const { user } = renderApp({ route: ROUTE });
    expect(await screen.findByText('Tổng số: hơn 1000')).toBeInTheDocument();
    expect(screen.getByText('Trang 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(await screen.findByText('Trang 2')).toBeInTheDocument();
    expect((await params(network.requests.at(-1)!)).get('page')).toBe('1');
  });

  it('shows a readable error and retries on request', async () => {
    let calls = 0;
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'POST /api/v1/cases/search': () =>
        ++calls === 1 ? problem(503, { code: 'internal', title: 'Unavailable' }) : json(page([caseSummary()])),
    });
    const { user } = renderApp({ route: ROUTE });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ gặp lỗi. Hãy thử lại sau.');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'QN-2026-000123' })).toBeInTheDocument();
  });

  it("lists a social worker's own cases with the verification due time and flags the overdue ones", async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'POST /api/v1/cases/search': json(
        page(
          [
            caseSummary(),
            caseSummary({
              id: '11111111-2222-4333-8444-555555555555',
              caseNumber: 'QN-2026-000101',
              personName: 'Lò Thị Sinh',
              status: 'UNDER_VERIFICATION',
              category: 'VICTIM',
              verificationDueAt: '2026-02-20T08:00:00+07:00',
              verificationOverdue: true,
              assignedToName: undefined,
            }),
          ],
          { total: 42 },
        ),
      ),
    });
    const { user } = renderApp({ route: ROUTE });

    const table = await screen.findByRole('table');
    const [, onTime, late] = within(table).getAllByRole('row');
    expect(within(onTime!).getByRole('link', { name: 'QN-2026-000123' })).toHaveAttribute(
      'href',
      '/cases/6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    );
    expect(within(onTime!).getByText('Mới tiếp nhận')).toBeInTheDocument();
    expect(within(onTime!).queryByText('Quá hạn xác minh')).not.toBeInTheDocument();
    // As Vietnamese forms write it: the time, then the day (in the device's time zone).
    const due = formatDateTime('vi-VN', new Date('2026-03-05T09:15:00+07:00'));
    expect(due).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/2026$/);
    expect(within(onTime!).getByText(due)).toHaveAttribute('datetime', '2026-03-05T09:15:00+07:00');

    expect(within(late!).getByText('Quá hạn xác minh')).toHaveClass('badge--overdue');
    expect(within(late!).getByText('Đang xác minh')).toBeInTheDocument();
    expect(within(late!).getByText('Nạn nhân')).toBeInTheDocument();
    expect(within(late!).getByText('Chưa phân công')).toBeInTheDocument();
    expect(screen.getByText('Tổng số: 42')).toBeInTheDocument();
    expect(screen.getByText('Trang 1 / 3')).toBeInTheDocument();

    // A social worker starts with their own cases, newest first.
    expect(screen.getByRole('tab', { name: 'Hồ sơ của tôi' })).toHaveAttribute('aria-selected', 'true');
    const first = (await params(network.to('POST', '/api/v1/cases/search')[0]!));
    expect(first.get('view')).toBe('mine');
    expect(first.get('sort')).toBe('receivedAt,desc');
    expect(first.has('overdue')).toBe(false);

    await user.click(screen.getByRole('tab', { name: 'Quá hạn xác minh' }));
    await user.type(screen.getByRole('searchbox', { name: 'Từ khóa' }), 'QN-2026-000101');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trạng thái' }), 'Đang xác minh');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Phân loại người được tiếp nhận' }), 'Nạn nhân');

    const last = (await params(network.to('POST', '/api/v1/cases/search').at(-1)!));
    expect(Object.fromEntries(last)).toMatchObject({
      view: 'organization',
      overdue: 'true',
      q: 'QN-2026-000101',
      status: 'UNDER_VERIFICATION',
      category: 'VICTIM',
      page: '0',
    });
  });

  it('lists the cases whose follow-up visit is due, soonest first, and flags the past ones', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'POST /api/v1/cases/search': json(
        page([
          caseSummary({ id: 'a', caseNumber: 'QN-2026-000201', status: 'FOLLOW_UP', nextVisitDue: '2020-01-10' }),
          caseSummary({ id: 'b', caseNumber: 'QN-2026-000202', status: 'HANDED_OVER', nextVisitDue: '2999-01-10' }),
        ]),
      ),
    });
    renderApp({ route: `${ROUTE}?view=visitDue` });
    const late = (await screen.findByRole('link', { name: 'QN-2026-000201' })).closest('tr')!;
    expect(within(late).getByText(/2020/).closest('time')).toHaveAttribute('dateTime', '2020-01-10');
    expect(within(late).getByText('Quá hạn thăm')).toHaveClass('badge--overdue');
    const later = screen.getByRole('link', { name: 'QN-2026-000202' }).closest('tr')!;
    expect(within(later).queryByText('Quá hạn thăm')).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Hạn thăm theo dõi' })).toBeInTheDocument();
    expect(Object.fromEntries((await params(network.to('POST', '/api/v1/cases/search')[0]!)))).toMatchObject({
      view: 'organization',
      visitDue: 'true',
      sort: 'nextVisitDue,asc',
    });
  });

  it("starts supervisors on their organization's cases, and moves between tabs with the arrow keys", async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['supervisor'])), 'POST /api/v1/cases/search': json(page([])) });
    const { user } = renderApp({ route: ROUTE });
    const tab = await screen.findByRole('tab', { name: 'Hồ sơ của đơn vị' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect((await params(network.to('POST', '/api/v1/cases/search')[0]!)).get('view')).toBe('organization');

    tab.focus();
    await user.keyboard('{ArrowRight}');
    const overdue = screen.getByRole('tab', { name: 'Quá hạn xác minh' });
    expect(overdue).toHaveFocus();
    expect(overdue).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Quá hạn xác minh');
  });

  it('keeps roles without case access out', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['analyst'])) });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(network.to('POST', '/api/v1/cases/search')).toHaveLength(0);
  });
});
