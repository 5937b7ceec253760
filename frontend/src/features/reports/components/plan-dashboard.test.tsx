import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const YEAR = new Date().getFullYear();
const PLAN = 'b1c2d3e4-0000-4000-8000-000000000001';

const PLANS = {
  items: [{ id: PLAN, organizationId: 'o', organizationName: 'Trung tâm', reference: '01/KH', title: 'Kế hoạch năm', placeCode: '22', placeName: 'Tỉnh Quảng Ninh', year: YEAR, version: 0 }],
  page: 0,
  size: 100,
  total: 1,
  actions: [],
};

function item(code: string, name: string, extra: Record<string, unknown>) {
  return {
    targetId: `t-${code}`,
    indicatorCode: code,
    indicatorNameVi: name,
    indicatorNameEn: name,
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    placeCode: '22',
    placeName: 'Tỉnh Quảng Ninh',
    placeApplied: true,
    period: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, label: String(YEAR) },
    target: 100,
    trend: [
      { month: `${YEAR}-01`, numerator: 3, denominator: 4, value: 75, status: 'MEASURED' },
      { month: `${YEAR}-02`, numerator: 0, denominator: 0, value: null, status: 'NO_DENOMINATOR' },
    ],
    ...extra,
  };
}

const PROGRESS = {
  planId: PLAN,
  title: 'Kế hoạch năm',
  year: YEAR,
  scope: 'ORGANIZATION',
  threshold: null,
  items: [
    item('VERIFIED_WITHIN_3_DAYS', 'Tỷ lệ xác minh trong 3 ngày', { actual: 87.5, achievement: 87.5, numerator: 7, denominator: 8, status: 'MEASURED' }),
    item('RESIDENTS_REACHED', 'Tỷ lệ người dân được tiếp cận', { target: 50, actual: null, achievement: null, numerator: 120, denominator: 0, status: 'NO_DENOMINATOR' }),
  ],
};

describe('the plans dashboard', { timeout: 20_000 }, () => {
  it('shows each target against its actual, with numerator and denominator, and a missing denominator in words', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      'GET /api/v1/plans': json(PLANS),
      [`GET /api/v1/plans/${PLAN}/progress`]: json(PROGRESS),
    });
    renderApp({ route: '/plans' });
    const table = within(await screen.findByRole('region', { name: 'Các chỉ tiêu' })).getByRole('table');
    const verified = within(table).getByRole('row', { name: /Tỷ lệ xác minh trong 3 ngày/ });
    expect(verified).toHaveTextContent('100 %');
    expect(verified).toHaveTextContent('87,5 %');
    expect(verified).toHaveTextContent('7 / 8');
    expect(within(table).getByRole('row', { name: /Tỷ lệ người dân được tiếp cận/ })).toHaveTextContent('Chưa có mẫu số');
    expect(screen.getByRole('figure', { name: 'Biểu đồ chỉ tiêu so với kết quả thực hiện' })).toBeInTheDocument();
    const [request] = network.to('GET', '/api/v1/plans');
    expect(new URL(request!.url).searchParams.get('year')).toBe(String(YEAR));
  });

  it('shows the trend of the first target, then of the one chosen', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['analyst'])),
      'GET /api/v1/plans': json(PLANS),
      [`GET /api/v1/plans/${PLAN}/progress`]: json({ ...PROGRESS, scope: 'ALL', threshold: 5 }),
    });
    const { user } = renderApp({ route: '/plans' });
    expect(await screen.findByText(/các số nhỏ hơn 5 được ẩn/)).toBeInTheDocument();
    const rows = screen.getAllByRole('button', { name: 'Xem theo tháng' });
    expect(screen.getByRole('heading', { name: new RegExp(`Tỷ lệ xác minh trong 3 ngày \\(${YEAR}\\)`) })).toBeInTheDocument();
    await user.click(rows[1]!);
    expect(await screen.findByRole('heading', { name: new RegExp(`Tỷ lệ người dân được tiếp cận \\(${YEAR}\\)`) })).toBeInTheDocument();
    expect(rows[1]).toHaveAttribute('aria-pressed', 'true');
  });

  it('says when a year has no plans', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/plans': json({ ...PLANS, items: [], total: 0 }),
    });
    renderApp({ route: '/plans?year=2024' });
    expect(await screen.findByText('Chưa có kế hoạch nào của năm 2024.')).toBeInTheDocument();
  });
});
