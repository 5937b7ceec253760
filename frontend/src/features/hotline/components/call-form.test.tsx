import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/fixtures';
import { categories, line, ticket, TICKET_ID } from '@/testing/hotline-fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const LAZY = { timeout: 10_000 };

function network(overrides: Record<string, Parameters<typeof mockFetch>[0][string]> = {}) {
  let version = 0;
  return mockFetch({
    'GET /api/v1/me': json(me(['hotline-operator'])),
    'GET /api/v1/hotline/lines': json([line(), line({ id: 'retired', code: 'OLD', active: false })]),
    'GET /api/v1/hotline/categories': json(categories()),
    'POST /api/v1/hotline/caller-lookup': json({
      contacts: [],
      total: 2,
      flags: [{ id: 'f1', kind: 'AT_RISK', note: 'Con gái mất tích', expiresAt: '2027-01-01T00:00:00Z' }],
    }),
    'POST /api/v1/hotline/tickets': () => json(ticket({ version: 0 }), { status: 201, headers: { ETag: '"0"' } }),
    'PUT /api/v1/hotline/tickets/:id': () => {
      version += 1;
      return json(ticket({ version }), { headers: { ETag: `"${version}"` } });
    },
    'GET /api/v1/hotline/tickets/:id': json(ticket(), { headers: { ETag: '"0"' } }),
    ...overrides,
  });
}

describe('the call form', () => {
  it('creates the ticket on the first autosave and updates it with If-Match after, with the keyboard shortcuts', async () => {
    const net = network();
    const { user } = renderApp({ route: '/hotline/tickets/new' });
    const name = await screen.findByRole('textbox', { name: 'Họ tên người gọi' }, LAZY);
    await user.type(name, 'Nguyễn Thị Mai');
    fireEvent.keyDown(name, { key: '¡', code: 'Digit1', altKey: true });
    fireEvent.keyDown(name, { key: '´', code: 'KeyE', altKey: true });
    expect(screen.getByRole('checkbox', { name: /Nghi mua bán người/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Khẩn cấp' })).toBeChecked();
    await screen.findByText(/Đã lưu nháp lúc .* — phiếu HL-51/, undefined, LAZY);
    const created = net.to('POST', '/api/v1/hotline/tickets');
    expect(created).toHaveLength(1);
    expect(created[0]!.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await created[0]!.json();
    expect(body).toMatchObject({ lineId: line().id, channel: 'PHONE', urgency: 'EMERGENCY', categories: ['TRAFFICKING_SUSPECTED'] });

    await user.type(screen.getByRole('textbox', { name: 'Nội dung cuộc gọi' }), 'Mất liên lạc');
    await waitFor(() => expect(net.to('PUT', `/api/v1/hotline/tickets/${TICKET_ID}`)).toHaveLength(1), LAZY);
    const update = net.to('PUT', `/api/v1/hotline/tickets/${TICKET_ID}`)[0]!;
    expect(update.headers.get('If-Match')).toBe('"0"');
    expect((await update.json()).summary).toBe('Mất liên lạc');
    // Only lines in service are offered for a new call.
    expect(screen.queryByRole('option', { name: /OLD/ })).toBeNull();
  });

  it("starts on the operator's own line, listed first, with the focus on the first field and shortcuts in Vietnamese", async () => {
    const national = line({ id: 'national', code: 'VN-111', number: '111', nameVi: 'Tổng đài quốc gia 111', organizationId: '00000000-0000-4000-a000-000000000077' });
    const net = network({ 'GET /api/v1/hotline/lines': json([national, line()]) });
    const { user } = renderApp({ route: '/hotline/tickets/new' });
    const lineField = await screen.findByRole('combobox', { name: /Đường dây/ }, LAZY);
    await waitFor(() => expect(lineField).toHaveValue(line().id));
    expect(screen.getAllByRole('option', { name: /18001769|111/ }).map((o) => o.textContent)).toEqual([
      '18001769 — Đường dây tư vấn miễn phí 18001769',
      '111 — Tổng đài quốc gia 111',
    ]);
    expect(lineField).toHaveFocus();
    // Alt+T: Thấp (low), by its Vietnamese name.
    fireEvent.keyDown(lineField, { key: '†', code: 'KeyT', altKey: true });
    expect(screen.getByRole('radio', { name: 'Thấp' })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Họ tên người gọi' }), 'Mai');
    await waitFor(() => expect(net.to('POST', '/api/v1/hotline/tickets')).toHaveLength(1), LAZY);
    expect(await net.to('POST', '/api/v1/hotline/tickets')[0]!.json()).toMatchObject({ lineId: line().id, urgency: 'LOW' });
  });

  it('shows the flags and earlier contacts of the number being typed', async () => {
    network();
    const { user } = renderApp({ route: '/hotline/tickets/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Số điện thoại' }, LAZY), '0912345678');
    expect(await screen.findByText('Số này đã liên hệ 2 lần trước.', undefined, LAZY)).toBeInTheDocument();
    expect(screen.getByText('Có nguy cơ')).toBeInTheDocument();
  });

  it('puts the server’s field errors at the fields', async () => {
    network({
      'POST /api/v1/hotline/tickets': problem(422, {
        code: 'validation.failed',
        title: 'The request is not valid',
        errors: [{ field: 'caller.phone', message: 'must be a phone number (digits, optionally + and spaces)' }],
      }),
    });
    const { user } = renderApp({ route: '/hotline/tickets/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Họ tên người gọi' }, LAZY), 'Mai');
    expect(await screen.findByText(/must be a phone number/, undefined, LAZY)).toBeInTheDocument();
    expect(screen.getByText('Chưa lưu được. Thay đổi tiếp theo sẽ thử lại.')).toBeInTheDocument();
  });
});
