import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CASE_ID, caseView } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import type { CaseView } from '../types';

const HANDED_OVER: Partial<CaseView> = {
  status: 'HANDED_OVER',
  handover: {
    receiver: 'FAMILY',
    receiverName: 'Trần Thị Bích (mẹ)',
    handedOverAt: '2026-03-02T09:00:00+07:00',
    placeCode: '06685',
  },
};

function setup(view: CaseView, minutes: () => Response = () => new Response('%PDF-1.7 biên bản', { headers: { 'Content-Type': 'application/pdf' } })) {
  return mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(page([organization()])),
    'GET /api/v1/places/:code': json({ code: '06685', nameVi: 'Phường Hạ Long', level: 'COMMUNE', parentCode: '22' }),
    'GET /api/v1/cases/:id': json(view, { headers: { ETag: '"4"' } }),
    'GET /api/v1/cases/:id/handover-minutes': minutes,
    'GET /api/v1/cases/:id/receipt-record': () => new Response('%PDF-1.7 tiếp nhận', { headers: { 'Content-Type': 'application/pdf' } }),
  });
}

function captureSaves() {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://localhost/p1');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

describe('printing a case’s records', () => {
  it('prints the handover minutes of a handed-over case under the case’s number, the token in the header', async () => {
    const network = setup(caseView(HANDED_OVER));
    const saved = captureSaves();
    const { user } = renderApp({ route: `/cases/${CASE_ID}` });
    await user.click(await screen.findByRole('button', { name: 'In biên bản bàn giao' }));
    await waitFor(() => expect(saved).toEqual(['bien-ban-ban-giao-QN-2026-000123.pdf']));
    const [request] = network.to('GET', `/api/v1/cases/${CASE_ID}/handover-minutes`);
    expect(request!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(request!.headers.get('Accept')).toBe('*/*');
  });

  it('offers the receipt record always and the handover minutes only once the person is handed over', async () => {
    setup(caseView());
    renderApp({ route: `/cases/${CASE_ID}` });
    expect(await screen.findByRole('button', { name: 'In biên bản tiếp nhận' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'In biên bản bàn giao' })).not.toBeInTheDocument();
  });

  it('says why a print failed and saves nothing', async () => {
    setup(caseView(HANDED_OVER), () => problem(409, { code: 'case.not-handed-over', title: 'Conflict' }));
    const saved = captureSaves();
    const { user } = renderApp({ route: `/cases/${CASE_ID}` });
    await user.click(await screen.findByRole('button', { name: 'In biên bản bàn giao' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/chưa được bàn giao|bàn giao/);
    expect(saved).toEqual([]);
  });
});
