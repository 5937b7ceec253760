import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const CATALOG = {
  items: [
    { name: 'cases-received', title: 'Cases received', dimensions: ['channel', 'sex', 'month'], placeFilter: true },
    { name: 'club-members', title: 'Club members by group', dimensions: ['targetGroup', 'sex', 'club'], placeFilter: true },
  ],
};

function report(suppressed: boolean) {
  return {
    report: 'cases-received',
    title: 'Cases received',
    period: { from: '2026-01-01', to: '2026-03-31', label: '2026Q1' },
    groupBy: ['sex'],
    scope: suppressed ? 'ALL' : 'ORGANIZATION',
    zeros: false,
    cells: [
      { key: { sex: 'FEMALE' }, value: 12, suppressed: false },
      { key: { sex: 'MALE' }, value: suppressed ? null : 3, suppressed },
      ...(suppressed ? [{ key: { sex: 'UNKNOWN' }, value: null, suppressed: true }] : []),
    ],
    total: 15,
    labels: {},
    suppression: suppressed ? { threshold: 5, primary: 1, complementary: 1 } : null,
  };
}

describe('the report explorer', { timeout: 20_000 }, () => {
  it('asks for the report chosen in the address and shows its cells and total', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      'GET /api/reports': json(CATALOG),
      'GET /api/reports/cases-received': json(report(false)),
    });
    renderApp({ route: '/reports?report=cases-received&period=2026Q1&by1=sex' });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('row', { name: /FEMALE 12/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Tổng cộng 15/ })).toBeInTheDocument();
    const [request] = network.to('GET', '/api/reports/cases-received');
    const url = new URL(request!.url);
    expect(url.searchParams.get('period')).toBe('2026Q1');
    expect(url.searchParams.get('groupBy')).toBe('sex');
    expect(url.searchParams.get('format')).toBe('json');
  });

  it('says which cells are withheld for an analyst', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['analyst'])),
      'GET /api/reports': json(CATALOG),
      'GET /api/reports/cases-received': json(report(true)),
    });
    renderApp({ route: '/reports?report=cases-received&period=2026Q1&by1=sex' });
    expect(await screen.findByText(/Các số nhỏ hơn 5 được ẩn/)).toBeInTheDocument();
    expect(screen.getAllByText('Ẩn')).toHaveLength(2);
  });

  it('asks to choose a report and a period first, and offers the dimensions of the chosen report', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['analyst'])),
      'GET /api/reports': json(CATALOG),
    });
    const { user } = renderApp({ route: '/reports' });
    expect(await screen.findByText('Chọn một báo cáo và một kỳ để xem số liệu.')).toBeInTheDocument();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Báo cáo' }), 'club-members');
    const first = screen.getByRole('combobox', { name: 'Nhóm theo (1)' });
    expect(within(first).getByRole('option', { name: 'Nhóm đối tượng' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Nhóm theo (2)' })).toBeDisabled();
    expect(network.to('GET', '/api/reports/club-members')).toHaveLength(0);
  });

  it('makes a large file in the background, shows its progress, then its link', async () => {
    const job = { id: 'e1', report: 'cases-received', format: 'xlsx', progress: 0, createdAt: '2026-03-01T00:00:00Z' };
    let polls = 0;
    const network = mockFetch({
      'GET /api/v1/me': json(me(['analyst'])),
      'GET /api/reports': json(CATALOG),
      'GET /api/reports/cases-received': json({ ...report(false), amountUnit: 'VND', totalAmount: 1500000, cells: [{ key: { sex: 'FEMALE' }, value: 12, suppressed: false, amount: 1500000 }] }),
      'POST /api/reports/exports': json({ ...job, status: 'QUEUED' }, { status: 202 }),
      'GET /api/reports/exports/e1': () =>
        json(
          ++polls < 2
            ? { ...job, status: 'RUNNING', progress: 50 }
            : { ...job, status: 'READY', progress: 100, downloadUrl: 'http://api.test/api/reports/exports/e1/file?key=abc' },
        ),
    });
    const { user } = renderApp({ route: '/reports?report=cases-received&period=2026Q1&by1=sex' });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Giá trị (đồng)' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /FEMALE 12 1500000/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tạo file Excel lớn (chạy nền)' }));
    const link = await screen.findByRole('link', { name: /Tải file đã tạo/ }, { timeout: 5000 });
    expect(link).toHaveAttribute('href', 'http://api.test/api/reports/exports/e1/file?key=abc');
    const [posted] = network.to('POST', '/api/reports/exports');
    expect(JSON.parse(await posted!.clone().text())).toMatchObject({ report: 'cases-received', period: '2026Q1', groupBy: 'sex', format: 'xlsx' });
  });
  it('filters by a place chosen by its name, the province then the commune', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      'GET /api/reports': json(CATALOG),
      'GET /api/reports/cases-received': json(report(false)),
      'GET /api/v1/places': (request) =>
        json(
          new URL(request.url).searchParams.get('parent') === '22'
            ? { items: [{ code: '06685', nameVi: 'Phường Hồng Gai', level: 'COMMUNE', parentCode: '22' }], page: 0, size: 50, total: 1 }
            : { items: [{ code: '22', nameVi: 'Tỉnh Quảng Ninh', level: 'PROVINCE' }], page: 0, size: 200, total: 1 },
        ),
      'GET /api/v1/places/:code': (_request, params) =>
        json(params.code === '22' ? { code: '22', nameVi: 'Tỉnh Quảng Ninh', level: 'PROVINCE' }
          : { code: '06685', nameVi: 'Phường Hồng Gai', level: 'COMMUNE', parentCode: '22' }),
    });
    const { user } = renderApp({ route: '/reports?report=cases-received&period=2026Q1&by1=sex' });
    await screen.findByRole('table');
    const province = await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' });
    await within(province).findByRole('option', { name: 'Tỉnh Quảng Ninh' });
    await user.selectOptions(province, 'Tỉnh Quảng Ninh');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Xã, phường, đặc khu' }),
      await screen.findByRole('option', { name: 'Phường Hồng Gai' }));
    await user.click(screen.getByRole('button', { name: 'Xem báo cáo' }));
    await screen.findByRole('table');
    const last = new URL(network.to('GET', '/api/reports/cases-received').at(-1)!.url);
    expect(last.searchParams.get('place')).toBe('06685');
  });
});
