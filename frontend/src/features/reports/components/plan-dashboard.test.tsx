import { screen, waitFor, within } from '@testing-library/react';
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

const PLAN_VIEW = {
  id: PLAN,
  title: 'Kế hoạch năm',
  year: YEAR,
  placeCode: '22',
  version: 3,
  actions: ['UPDATE', 'DELETE', 'ADD_TARGET', 'VIEW_PROGRESS'],
  targets: [
    { id: 't-VERIFIED_WITHIN_3_DAYS', indicatorCode: 'VERIFIED_WITHIN_3_DAYS', period: String(YEAR), placeCode: '22', target: 100, version: 2, actions: ['UPDATE', 'REMOVE'] },
    { id: 't-RESIDENTS_REACHED', indicatorCode: 'RESIDENTS_REACHED', period: String(YEAR), placeCode: '22', target: 50, version: 0, actions: ['UPDATE', 'REMOVE'] },
  ],
};

const INDICATORS = {
  items: [
    { code: 'VERIFIED_WITHIN_3_DAYS', nameVi: 'Tỷ lệ xác minh trong 3 ngày', unit: 'PERCENT' },
    { code: 'CASES_RECEIVED', nameVi: 'Số người được tiếp nhận', unit: 'COUNT' },
  ],
  actions: [],
};

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
      [`GET /api/v1/plans/${PLAN}`]: json(PLAN_VIEW),
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
      [`GET /api/v1/plans/${PLAN}`]: json({ ...PLAN_VIEW, actions: ['VIEW_PROGRESS'], targets: PLAN_VIEW.targets.map((t) => ({ ...t, actions: [] })) }),
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

  it('lets a supervisor add a target and change one with its version', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      'GET /api/v1/plans': json({ ...PLANS, actions: ['CREATE'] }),
      [`GET /api/v1/plans/${PLAN}/progress`]: json(PROGRESS),
      [`GET /api/v1/plans/${PLAN}`]: json(PLAN_VIEW),
      'GET /api/v1/indicators': json(INDICATORS),
      [`POST /api/v1/plans/${PLAN}/targets`]: json({ id: 't-new', version: 0 }, { status: 201 }),
      [`PUT /api/v1/plans/${PLAN}/targets/t-VERIFIED_WITHIN_3_DAYS`]: json({ id: 't-VERIFIED_WITHIN_3_DAYS', version: 3 }),
    });
    const { user } = renderApp({ route: '/plans' });
    expect(await screen.findByRole('button', { name: 'Thêm kế hoạch' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Thêm chỉ tiêu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm chỉ tiêu' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chỉ số/ }), 'CASES_RECEIVED');
    await user.clear(within(dialog).getByRole('textbox', { name: /Kỳ/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Kỳ/ }), `${YEAR}Q2`);
    await user.type(within(dialog).getByRole('textbox', { name: /^Chỉ tiêu/ }), '40');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(network.to('POST', `/api/v1/plans/${PLAN}/targets`)).toHaveLength(1));
    const [added] = network.to('POST', `/api/v1/plans/${PLAN}/targets`);
    expect(JSON.parse(await added!.clone().text())).toEqual({ indicatorCode: 'CASES_RECEIVED', period: `${YEAR}Q2`, target: 40 });

    await user.click(screen.getByRole('button', { name: `Sửa: Tỷ lệ xác minh trong 3 ngày ${YEAR}` }));
    const edit = await screen.findByRole('dialog', { name: 'Sửa chỉ tiêu' });
    const value = within(edit).getByRole('textbox', { name: /^Chỉ tiêu/ });
    await user.clear(value);
    await user.type(value, '95');
    await user.click(within(edit).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(network.to('PUT', `/api/v1/plans/${PLAN}/targets/t-VERIFIED_WITHIN_3_DAYS`)).toHaveLength(1));
    const [changed] = network.to('PUT', `/api/v1/plans/${PLAN}/targets/t-VERIFIED_WITHIN_3_DAYS`);
    expect(changed!.headers.get('If-Match')).toBe('"2"');
  });
});
