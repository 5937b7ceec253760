import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/fixtures';
import { ticket, TICKET_ID } from '@/testing/hotline-fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const LAZY = { timeout: 10_000 };

describe('an intake opened from a hotline ticket', () => {
  it('starts from the ticket, keeps no draft in the browser and names the ticket when sent', async () => {
    const net = mockFetch({
      'GET /api/v1/me': json(me(['hotline-operator'])),
      'GET /api/v1/hotline/tickets/:id': json(ticket(), { headers: { ETag: '"0"' } }),
      'GET /api/v1/hotline/tickets/:id/intake-prefill': json({
        hotlineTicketId: TICKET_ID,
        channel: 'HOTLINE',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        category: 'PRESUMED_VICTIM',
        person: { fullName: 'Trần Thị Hoa', sex: 'FEMALE', estimatedAge: 16 },
        narrative: 'Con gái đi làm bên kia biên giới, mất liên lạc.',
      }),
      'POST /api/v1/intakes': json({ id: 'case-1', caseNumber: 'QN-2026-000123', possibleDuplicates: [] }, { status: 201, headers: { ETag: '"0"' } }),
      'GET /api/v1/cases/:id': json({ id: 'case-1', caseNumber: 'QN-2026-000123', status: 'OPEN', version: 0 }),
    });
    const { user } = renderApp({ route: `/hotline/tickets/${TICKET_ID}/intake` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mở tiếp nhận từ phiếu HL-51' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
    const next = screen.getByRole('button', { name: 'Tiếp theo' });
    await user.click(next);
    expect(await screen.findByRole('textbox', { name: 'Họ và tên' })).toHaveValue('Trần Thị Hoa');
    expect(screen.getByRole('textbox', { name: 'Tuổi ước tính' })).toHaveValue('16');
    await user.click(screen.getByRole('button', { name: 'Tiếp theo' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp theo' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp theo' }));
    await user.click(await screen.findByRole('button', { name: 'Gửi tiếp nhận' }));
    await waitFor(() => expect(net.to('POST', '/api/v1/intakes')).toHaveLength(1));
    const body = await net.to('POST', '/api/v1/intakes')[0]!.json();
    expect(body).toMatchObject({ channel: 'HOTLINE', category: 'PRESUMED_VICTIM', hotlineTicketId: TICKET_ID, person: { fullName: 'Trần Thị Hoa', estimatedAge: 16 } });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('safereturn.intakeDraft'))).toEqual([]);
  });
});
