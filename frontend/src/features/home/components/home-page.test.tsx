import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseSummary } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { COUNTS_REFRESH_MS } from '../api/get-counts';

const COUNTS = {
  newReferrals: 3,
  overdueReferrals: 1,
  overdueVerifications: 2,
  visitsDue: 0,
  emergencyTickets: 1,
  myOpenTickets: 4,
};

describe('home page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a worker what waits, each count a link to its list, and their own cases by deadline', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/me/counts': json(COUNTS),
      'POST /api/v1/cases/search': json(
        page([
          caseSummary({ caseNumber: 'QN-2026-000003', personName: 'Trần Thị Hoa', verificationOverdue: true }),
          caseSummary({ id: '00000000-0000-4000-d000-000000000099', caseNumber: 'QN-2026-000007', personName: 'Lò Văn Nam', verificationOverdue: false, verificationDueAt: '2026-12-04T18:29:00' }),
        ]),
      ),
    });
    renderApp({ route: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Việc của tôi' })).toBeInTheDocument();
    const overdue = await screen.findByRole('link', { name: /Hồ sơ quá hạn xác minh/ });
    expect(overdue).toHaveAttribute('href', '/cases?view=overdue');
    expect(overdue).toHaveTextContent('2');
    expect(screen.getByRole('link', { name: /Chuyển tuyến đến chờ trả lời/ })).toHaveAttribute('href', '/referrals?direction=incoming&status=SENT');
    expect(screen.getByRole('link', { name: /Cuộc gọi KHẨN CẤP đang mở/ })).toHaveAttribute('href', '/hotline/tickets?view=open&urgency=EMERGENCY');
    expect(screen.getByRole('link', { name: /Lượt thăm đến hạn/ })).toHaveTextContent('Không có');

    const mine = screen.getByRole('region', { name: 'Hồ sơ tôi phụ trách đang chờ xác minh, theo hạn' });
    const items = await within(mine).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('QN-2026-000003 — Trần Thị Hoa');
    expect(items[0]).toHaveTextContent('Quá hạn');
    // Vietnamese forms write the time, then the day: 18:29 04/12/2026.
    expect(items[1]).toHaveTextContent('Hạn xác minh 18:29 04/12/2026');
    const [search] = network.to('POST', '/api/v1/cases/search');
    expect(await search!.json()).toMatchObject({ view: 'mine', awaitingVerification: true, sort: 'verificationDueAt,asc', size: 10 });
  });

  it('asks nothing it may not: an analyst gets the ways to plans and reports, no counts', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['analyst'])) });
    renderApp({ route: '/' });
    expect(await screen.findByRole('link', { name: 'Xem chỉ tiêu và kết quả thực hiện' })).toHaveAttribute('href', '/plans');
    expect(network.to('GET', '/api/v1/me/counts')).toHaveLength(0);
    expect(network.to('POST', '/api/v1/cases/search')).toHaveLength(0);
  });

  it('shows an admin the inactive organizations', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['admin'])),
      'GET /api/v1/organizations': json(page([organization({ nameVi: 'Câu lạc bộ Hà Lầm', status: 'INACTIVE' })])),
    });
    renderApp({ route: '/' });
    const section = await screen.findByRole('region', { name: 'Cơ quan, tổ chức đang ngừng hoạt động' });
    expect(await within(section).findByRole('link', { name: 'Câu lạc bộ Hà Lầm' })).toBeInTheDocument();
    expect(new URL(network.to('GET', '/api/v1/organizations')[0]!.url).searchParams.get('status')).toBe('INACTIVE');
  });

  it('counts new referrals beside the menu item and follows them without a reload', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let waiting = 1;
    const network = mockFetch({
      'GET /api/v1/me': json(me(['partner'])),
      'GET /api/v1/me/counts': () => json({ newReferrals: waiting, overdueReferrals: 0 }),
    });
    renderApp({ route: '/' });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await screen.findByRole('link', { name: /Chuyển tuyến đến chờ trả lời/ })).toBeInTheDocument();
    // Beside the item, not in its name: the link keeps its name, the count is announced as it changes.
    expect(await within(nav).findByText('1 đang chờ')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Chuyển tuyến' })).toBeInTheDocument();
    const asked = network.to('GET', '/api/v1/me/counts').length;
    waiting = 4;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(COUNTS_REFRESH_MS);
    });
    await waitFor(() => expect(within(nav).getByText('4 đang chờ')).toBeInTheDocument());
    expect(network.to('GET', '/api/v1/me/counts').length).toBeGreaterThan(asked);
  });
});
