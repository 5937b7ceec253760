import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const RATES = '/api/v1/cash-rates';
const RATE_ID = '5e6f7a8b-0000-4000-a000-000000000031';

const provinces = page([
  { code: '01', nameVi: 'Thành phố Hà Nội', nameEn: 'Ha Noi City', unitType: 'CITY' },
  { code: '22', nameVi: 'Tỉnh Quảng Ninh', nameEn: 'Quang Ninh Province', unitType: 'PROVINCE' },
]);

function rate(overrides: Record<string, unknown> = {}) {
  return {
    id: RATE_ID,
    provinceCode: '22',
    supportType: 'ESSENTIAL_NEEDS',
    amountVnd: 50_000,
    unit: 'PER_DAY',
    effectiveFrom: '2025-07-01',
    effectiveTo: undefined,
    legalBasis: 'Nghị quyết 12/2025/NQ-HĐND tỉnh Quảng Ninh',
    version: 3,
    ...overrides,
  };
}

function setup(roles: string[], routes: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/v1/me': json(me(roles)),
    'GET /api/v1/places': json(provinces),
    'GET /api/v1/cash-rates': json({ items: [rate()] }),
    ...routes,
  });
}

async function row(name: RegExp) {
  const table = await screen.findByRole('table', { name: 'Mức hỗ trợ bằng tiền của tỉnh' });
  return within(table).getByRole('row', { name });
}

// Forms typed key by key: more than the default 5 s on a slow machine.
describe('cash rates', { timeout: 20_000 }, () => {
  it('lists the rates for a social worker, read only, and filters them by province in the address', async () => {
    const network = setup(['social-worker']);
    const { user } = renderApp({ route: '/cash-rates' });
    const line = await row(/Hỗ trợ nhu cầu thiết yếu/);
    expect(await within(line).findByText('Tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(within(line).getByText('50.000 ₫')).toBeInTheDocument();
    expect(within(line).getByText('Theo ngày')).toBeInTheDocument();
    expect(within(line).getByText('01/07/2025 – không thời hạn')).toBeInTheDocument();
    expect(within(line).getByText('Nghị quyết 12/2025/NQ-HĐND tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm mức hỗ trợ' })).not.toBeInTheDocument();
    expect(within(line).queryByRole('button')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }), 'Thành phố Hà Nội');
    await waitFor(() => {
      const last = network.to('GET', RATES).at(-1)!;
      expect(new URL(last.url).searchParams.get('provinceCode')).toBe('01');
    });
    expect(new URL(network.to('GET', RATES)[0]!.url).search).toBe('');
  });

  it('says when no rate matches', async () => {
    setup(['supervisor'], { 'GET /api/v1/cash-rates': json({ items: [] }) });
    renderApp({ route: '/cash-rates?supportType=LOAN' });
    expect(await screen.findByText('Không có mức hỗ trợ nào khớp với bộ lọc.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Chế độ hỗ trợ' })).toHaveValue('LOAN');
  });

  it('keeps the page from a role that may not read the rates', async () => {
    const network = setup(['hotline-operator']);
    renderApp({ route: '/cash-rates' });
    expect(await screen.findByRole('heading', { name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(network.to('GET', RATES)).toHaveLength(0);
  });

  it('lets the admin add a rate, checking it first', async () => {
    let items = [rate()];
    const network = setup(['admin'], {
      'GET /api/v1/cash-rates': () => json({ items }),
      'POST /api/v1/cash-rates': async (request) => {
        const created = { id: 'new-rate', ...(await request.json()), version: 0 };
        items = [...items, created];
        return json(created, { status: 201, headers: { ETag: '"0"' } });
      },
    });
    const { user } = renderApp({ route: '/cash-rates' });
    await user.click(await screen.findByRole('button', { name: 'Thêm mức hỗ trợ' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm mức hỗ trợ bằng tiền' });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByRole('combobox', { name: /Tỉnh, thành phố/ })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(within(dialog).getByRole('textbox', { name: /Căn cứ pháp lý/ })).toHaveAccessibleDescription(/Trường này là bắt buộc\./);
    expect(network.to('POST', RATES)).toHaveLength(0);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Tỉnh, thành phố/ }), 'Thành phố Hà Nội');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }), 'Trợ cấp khó khăn ban đầu');
    await user.type(within(dialog).getByRole('textbox', { name: /Mức tiền/ }), '2.000.000');
    expect(within(dialog).getByRole('textbox', { name: /Mức tiền/ })).toHaveAccessibleDescription(/^2\.000\.000\s₫/);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Đơn vị tính/ }), 'Một lần');
    await user.type(within(dialog).getByLabelText(/Hiệu lực từ ngày/), '2026-01-01');
    await user.type(within(dialog).getByLabelText(/Hiệu lực đến ngày/), '2025-12-31');
    await user.type(within(dialog).getByRole('textbox', { name: /Căn cứ pháp lý/ }), 'Nghị quyết 05/2025/NQ-HĐND Hà Nội');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByLabelText(/Hiệu lực đến ngày/)).toHaveAccessibleDescription(
      /Ngày hết hiệu lực không được trước ngày bắt đầu\./,
    );
    expect(network.to('POST', RATES)).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText(/Hiệu lực đến ngày/));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã thêm mức hỗ trợ.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await network.to('POST', RATES)[0]!.json()).toEqual({
      provinceCode: '01',
      supportType: 'INITIAL_HARDSHIP_ALLOWANCE',
      amountVnd: 2_000_000,
      unit: 'ONE_OFF',
      effectiveFrom: '2026-01-01',
      legalBasis: 'Nghị quyết 05/2025/NQ-HĐND Hà Nội',
    });
    const added = await row(/Trợ cấp khó khăn ban đầu/);
    expect(within(added).getByText('2.000.000 ₫')).toBeInTheDocument();
  });

  it('says in words that a new period overlaps another rate', async () => {
    setup(['admin'], {
      'POST /api/v1/cash-rates': problem(409, {
        code: 'cash-rate.overlap',
        title: 'Conflict',
        detail: 'Another rate of this province and support covers part of this period; end it first',
      }),
    });
    const { user } = renderApp({ route: '/cash-rates' });
    await row(/Hỗ trợ nhu cầu thiết yếu/);
    await user.click(screen.getByRole('button', { name: 'Thêm mức hỗ trợ' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Tỉnh, thành phố/ }), 'Tỉnh Quảng Ninh');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }), 'Hỗ trợ nhu cầu thiết yếu');
    await user.type(within(dialog).getByRole('textbox', { name: /Mức tiền/ }), '60000');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Đơn vị tính/ }), 'Theo ngày');
    await user.type(within(dialog).getByLabelText(/Hiệu lực từ ngày/), '2026-01-01');
    await user.type(within(dialog).getByRole('textbox', { name: /Căn cứ pháp lý/ }), 'Nghị quyết mới');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Tỉnh này đã có mức hỗ trợ khác cho chế độ này trùng một phần thời gian hiệu lực. Hãy kết thúc mức cũ trước.',
    );
  });

  it('lets the admin edit a rate with its version in If-Match', async () => {
    let current = rate();
    const network = setup(['admin'], {
      'GET /api/v1/cash-rates': () => json({ items: [current] }),
      'PUT /api/v1/cash-rates/:id': async (request) => {
        current = { ...current, ...(await request.json()), version: 4 };
        return json(current, { headers: { ETag: '"4"' } });
      },
    });
    const { user } = renderApp({ route: '/cash-rates' });
    const line = await row(/Hỗ trợ nhu cầu thiết yếu/);
    await user.click(
      await within(line).findByRole('button', { name: 'Sửa mức hỗ trợ Hỗ trợ nhu cầu thiết yếu, Tỉnh Quảng Ninh' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Sửa mức hỗ trợ: Hỗ trợ nhu cầu thiết yếu, Tỉnh Quảng Ninh' });
    expect(within(dialog).getByRole('combobox', { name: /Tỉnh, thành phố/ })).toHaveValue('22');
    expect(within(dialog).getByRole('combobox', { name: /Đơn vị tính/ })).toHaveValue('PER_DAY');
    const amount = within(dialog).getByRole('textbox', { name: /Mức tiền/ });
    expect(amount).toHaveValue('50000');
    await user.clear(amount);
    await user.type(amount, '55000');
    await user.type(within(dialog).getByLabelText(/Hiệu lực đến ngày/), '2026-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    const [request] = network.to('PUT', `${RATES}/${RATE_ID}`);
    expect(request!.headers.get('If-Match')).toBe('"3"');
    expect(await request!.json()).toEqual({
      provinceCode: '22',
      supportType: 'ESSENTIAL_NEEDS',
      amountVnd: 55_000,
      unit: 'PER_DAY',
      effectiveFrom: '2025-07-01',
      effectiveTo: '2026-12-31',
      legalBasis: 'Nghị quyết 12/2025/NQ-HĐND tỉnh Quảng Ninh',
    });
    expect(await within(await row(/Hỗ trợ nhu cầu thiết yếu/)).findByText('55.000 ₫')).toBeInTheDocument();
  });

  it('after a stale save, reloads the rate and saves again with the new version', async () => {
    let current = rate();
    let puts = 0;
    const network = setup(['admin'], {
      'GET /api/v1/cash-rates': () => json({ items: [current] }),
      'PUT /api/v1/cash-rates/:id': async (request) => {
        if (++puts === 1) {
          // Someone else changed the amount meanwhile.
          current = { ...current, amountVnd: 52_000, version: 4 };
          return problem(412, { code: 'precondition.stale', title: 'The record was changed by someone else' });
        }
        current = { ...current, ...(await request.json()), version: 5 };
        return json(current);
      },
    });
    const { user } = renderApp({ route: '/cash-rates' });
    const line = await row(/Hỗ trợ nhu cầu thiết yếu/);
    await user.click(await within(line).findByRole('button', { name: /Sửa mức hỗ trợ/ }));
    let dialog = screen.getByRole('dialog');
    await user.clear(within(dialog).getByRole('textbox', { name: /Mức tiền/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Mức tiền/ }), '55000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/Người khác vừa thay đổi bản ghi này/);
    await user.click(within(alert).getByRole('button', { name: 'Tải lại bản mới nhất' }));
    dialog = screen.getByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /Mức tiền/ })).toHaveValue('52000'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    const [first, second] = network.to('PUT', `${RATES}/${RATE_ID}`);
    expect(first!.headers.get('If-Match')).toBe('"3"');
    expect(second!.headers.get('If-Match')).toBe('"4"');
    expect(await second!.json()).toMatchObject({ amountVnd: 52_000 });
  });
});
