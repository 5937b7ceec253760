import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { BLUE_DRAGON_ID, REFERRAL_ID, referralSummary } from '@/testing/referral-fixtures';
import { renderApp } from '@/testing/render-app';

const REFERRALS = '/api/v1/referrals';
const LAZY = { timeout: 10_000 };
const partner = () => me(['partner'], { name: 'Hoàng Anh Dũng', organization: { id: BLUE_DRAGON_ID, nameVi: 'Blue Dragon', kind: 'NGO' } });
const lastQuery = (network: ReturnType<typeof mockFetch>) => new URL(network.to('GET', REFERRALS).at(-1)!.url).searchParams;

describe('referral inbox and outbox', { timeout: 20_000 }, () => {
  it("shows a partner the referrals sent to its organization, an overdue one flagged, each opening its page", async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(partner()),
      [`GET ${REFERRALS}`]: json(
        page(
          [
            referralSummary({ overdue: true, urgency: 'EMERGENCY' }),
            referralSummary({ id: 'r2', caseNumber: 'QN-2026-000124', status: 'ACCEPTED', serviceType: 'SHELTER_STAY', answerDueAt: undefined }),
          ],
          { total: 2 },
        ),
      ),
    });
    renderApp({ route: '/referrals' });
    const table = await screen.findByRole('table', { name: 'Chuyển tuyến đến tổ chức của bạn' }, LAZY);
    expect(screen.getByRole('tab', { name: 'Chuyển tuyến đến' })).toHaveAttribute('aria-selected', 'true');

    const overdue = within(table).getByRole('row', { name: /QN-2026-000123/ });
    expect(within(overdue).getByRole('link', { name: 'QN-2026-000123' })).toHaveAttribute('href', `/referrals/${REFERRAL_ID}`);
    expect(within(overdue).getByText('Quá hạn')).toHaveClass('badge--overdue');
    expect(within(overdue).getByText('Khẩn cấp')).toHaveAttribute('data-urgency', 'EMERGENCY');
    expect(within(overdue).getByText('Đã gửi')).toHaveAttribute('data-status', 'SENT');
    expect(within(overdue).getByText('Trung tâm Công tác xã hội tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(overdue).toHaveClass('row--overdue');

    const accepted = within(table).getByRole('row', { name: /QN-2026-000124/ });
    expect(within(accepted).queryByText('Quá hạn')).not.toBeInTheDocument();
    expect(within(accepted).getByText('Đã chấp nhận')).toBeInTheDocument();
    expect(within(accepted).getByText('Lưu trú tạm thời')).toBeInTheDocument();

    expect(lastQuery(network).get('direction')).toBe('incoming');
    expect(screen.getByText('Tổng số: 2')).toBeInTheDocument();
  });

  it('filters by status and overdue, sorts and pages, all in the address; the outbox names the receiver', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      [`GET ${REFERRALS}`]: (request) => {
        const pageNumber = Number(new URL(request.url).searchParams.get('page') ?? 0);
        return json(page([referralSummary({ status: 'DRAFT', sentAt: undefined, answerDueAt: undefined })], { page: pageNumber, total: 45 }));
      },
    });
    const { user } = renderApp({ route: '/referrals?direction=outgoing' });
    const table = await screen.findByRole('table', { name: 'Chuyển tuyến tổ chức của bạn đã tạo' }, LAZY);
    expect(within(table).getByText("Tổ chức Rồng Xanh (Blue Dragon Children's Foundation)")).toBeInTheDocument();
    expect(within(table).getByText('Nháp')).toBeInTheDocument();
    expect(lastQuery(network).get('direction')).toBe('outgoing');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Trạng thái' }), 'Nháp');
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ hiện chuyển tuyến quá hạn trả lời' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sắp xếp' }), 'Hạn trả lời gần nhất trước');
    await user.click(await screen.findByRole('button', { name: 'Trang sau' }));
    expect(await screen.findByText('Trang 2 / 3')).toBeInTheDocument();
    const query = lastQuery(network);
    expect(query.get('status')).toBe('DRAFT');
    expect(query.get('overdue')).toBe('true');
    expect(query.get('sort')).toBe('answerDueAt,asc');
    expect(query.get('page')).toBe('1');

    // Drafts never reach an inbox: switching to it drops that filter.
    await user.click(screen.getByRole('tab', { name: 'Chuyển tuyến đến' }));
    await screen.findByRole('table', { name: 'Chuyển tuyến đến tổ chức của bạn' });
    expect(lastQuery(network).get('direction')).toBe('incoming');
    expect(lastQuery(network).get('status')).toBeNull();
    expect(lastQuery(network).get('overdue')).toBe('true');
  });

  it('says when the inbox is empty, and when nothing matches the filters', async () => {
    mockFetch({ 'GET /api/v1/me': json(partner()), [`GET ${REFERRALS}`]: json(page([])) });
    const { user } = renderApp({ route: '/referrals' });
    expect(await screen.findByText('Chưa có chuyển tuyến nào gửi đến tổ chức của bạn.', {}, LAZY)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ hiện chuyển tuyến quá hạn trả lời' }));
    expect(await screen.findByText('Không có chuyển tuyến nào khớp với bộ lọc.')).toBeInTheDocument();
  });

  it('explains a failure and tries again', async () => {
    let fail = true;
    mockFetch({
      'GET /api/v1/me': json(partner()),
      [`GET ${REFERRALS}`]: () => (fail ? problem(500, { code: 'internal', title: 'Internal error', detail: 'incident 42' }) : json(page([referralSummary()]))),
    });
    const { user } = renderApp({ route: '/referrals' });
    const alert = await screen.findByRole('alert', {}, LAZY);
    expect(alert).toHaveTextContent('Máy chủ gặp lỗi. Hãy thử lại sau.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'QN-2026-000123' })).toBeInTheDocument();
  });

  it('keeps roles without referrals out', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['hotline-operator'])) });
    renderApp({ route: '/referrals' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(network.to('GET', REFERRALS)).toHaveLength(0);
  });
});
