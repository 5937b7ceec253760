import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { categories, line, ticket, TICKET_ID } from '@/testing/hotline-fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const LAZY = { timeout: 10_000 };
type Ticket = ReturnType<typeof ticket>;

function server(start: Ticket) {
  let state = start;
  const step = (from: Ticket['status'][], status: Ticket['status'], extra: (body: Record<string, unknown>) => Partial<Ticket> = () => ({})) =>
    async (request: Request) => {
      if (!from.includes(state.status)) return problem(409, { code: 'ticket.invalid-transition', title: 'Conflict' });
      if (request.headers.get('If-Match') !== `"${state.version}"`) return problem(412, { code: 'precondition.stale', title: 'Stale' });
      const body = await request.json();
      state = { ...state, ...extra(body), status, version: (state.version ?? 0) + 1 };
      return json(state, { headers: { ETag: `"${state.version}"` } });
    };
  return mockFetch({
    'GET /api/v1/me': json(me(['hotline-operator'])),
    'GET /api/v1/hotline/tickets/:id': () => json(state, { headers: { ETag: `"${state.version}"` } }),
    'GET /api/v1/hotline/tickets/:id/history': json(page([{ id: 1, type: 'CREATED', status: 'NEW', actorName: 'Lê Minh Tuấn', at: '2026-11-24T21:40:00+07:00' }])),
    'GET /api/v1/hotline/tickets/:id/caller-history': json({ contacts: [], total: 0, flags: [] }),
    'GET /api/v1/hotline/categories': json(categories()),
    'GET /api/v1/hotline/lines': json([line()]),
    'POST /api/v1/hotline/tickets/:id/resolve': step(['NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS'], 'RESOLVED', (b) => ({ outcome: b.outcome as Ticket['outcome'] })),
    'POST /api/v1/hotline/tickets/:id/close': step(['RESOLVED', 'ESCALATED'], 'CLOSED'),
  });
}

describe('the ticket page', () => {
  it('shows the contact and only the steps its status allows, with the intake link', async () => {
    server(ticket());
    renderApp({ route: `/hotline/tickets/${TICKET_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: /HL-51/ }, LAZY)).toBeInTheDocument();
    expect(screen.getByText('Nguyễn Thị Mai')).toBeInTheDocument();
    expect(screen.getByText('Trẻ em')).toBeInTheDocument();
    const actions = screen.getByRole('group', { name: 'Thông tin cuộc gọi' });
    expect(within(actions).getByRole('link', { name: 'Mở tiếp nhận' })).toHaveAttribute('href', `/hotline/tickets/${TICKET_ID}/intake`);
    expect(within(actions).queryByRole('button', { name: 'Đóng phiếu' })).toBeNull();
    expect(within(actions).getByRole('button', { name: 'Giải quyết' })).toBeInTheDocument();
  });

  it('resolves with an outcome and If-Match, then offers closing', async () => {
    const net = server(ticket());
    const { user } = renderApp({ route: `/hotline/tickets/${TICKET_ID}` });
    await user.click(await screen.findByRole('button', { name: 'Giải quyết' }, LAZY));
    const dialog = screen.getByRole('dialog', { name: 'Giải quyết' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(within(dialog).getByText('Trường này là bắt buộc.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Kết quả/ }), 'ADVICE_GIVEN');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const sent = net.to('POST', `/api/v1/hotline/tickets/${TICKET_ID}/resolve`);
    expect(sent[0]!.headers.get('If-Match')).toBe('"0"');
    expect(await screen.findByRole('button', { name: 'Đóng phiếu' })).toBeInTheDocument();
    expect(screen.getAllByText('Đã giải quyết').length).toBeGreaterThan(0);
  });

  it('offers a closed ticket only reopening, never escalation', async () => {
    server(ticket({ status: 'CLOSED' }));
    renderApp({ route: `/hotline/tickets/${TICKET_ID}` });
    const actions = await screen.findByRole('group', { name: 'Thông tin cuộc gọi' }, LAZY);
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Mở lại']);
    expect(within(actions).queryByRole('link', { name: 'Mở tiếp nhận' })).toBeNull();
  });
});
