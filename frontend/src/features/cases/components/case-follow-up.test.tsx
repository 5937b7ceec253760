import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, caseView } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import type { FollowUpVisit } from '../api/care-types';
import type { CaseStatus } from '../types';

const ROUTE = `/cases/${CASE_ID}?tab=followUp`;
const CASE_PATH = `/api/v1/cases/${CASE_ID}`;
const VISITS = `${CASE_PATH}/follow-up-visits`;
const TIMELINE_KEY = ['cases', 'timeline', CASE_ID, { page: 0, size: 20 }];
const HANDOVER = {
  receiver: 'FAMILY' as const,
  receiverName: 'Trần Văn Bình (bố)',
  documentNumber: 'BBBG-09/2026',
  handedOverAt: '2026-03-10T09:00:00+07:00',
};

function visit(overrides: Partial<FollowUpVisit> = {}): FollowUpVisit {
  return {
    id: 'v1',
    caseId: CASE_ID,
    visitedAt: '2026-04-10T09:00:00+07:00',
    visitedBy: 'Đỗ Thị Mai (CLB phường Hồng Gai)',
    situation: 'Đã đi làm tại xưởng may, gia đình hòa thuận',
    reintegrationScore: 3,
    nextVisitDue: '2099-05-10',
    recordedByName: 'Nguyễn Thị Lan',
    ...overrides,
  };
}

interface Setup {
  visits?: FollowUpVisit[];
  status?: CaseStatus;
  /** The answer to the POST, instead of recording it. */
  post?: Response;
}

function setup({ visits = [], status = 'HANDED_OVER', post }: Setup = {}) {
  let items = visits;
  return mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(page([organization()])),
    'GET /api/v1/cases/:id': json(caseView({ status, handover: status === 'SUPPORTING' ? undefined : HANDOVER }), {
      headers: { ETag: '"4"' },
    }),
    'GET /api/v1/cases/:id/follow-up-visits': () => json({ items }),
    'POST /api/v1/cases/:id/follow-up-visits': async (request) => {
      if (post) return post;
      const body = await request.json();
      items = [visit({ id: 'v-new', ...body, recordedByName: 'Nguyễn Thị Lan' }), ...items];
      return json(items[0], { status: 201 });
    },
  });
}

describe('follow-up tab', { timeout: 20_000 }, () => {
  it('shows the handover, the next visit due and the visits made', async () => {
    setup({
      visits: [visit(), visit({ id: 'v0', visitedAt: '2026-03-20T09:00:00+07:00', reintegrationScore: undefined, situation: 'Mới về nhà' })],
    });
    renderApp({ route: ROUTE });

    const handover = await screen.findByRole('region', { name: 'Bàn giao' });
    expect(within(handover).getByText('Trần Văn Bình (bố)')).toBeInTheDocument();
    expect(within(handover).getByText('BBBG-09/2026')).toBeInTheDocument();

    const next = await screen.findByRole('region', { name: 'Lần thăm tiếp theo' });
    expect(within(next).getByText(/2099/)).toHaveAttribute('dateTime', '2099-05-10');
    expect(within(next).queryByText('Quá hạn')).not.toBeInTheDocument();

    const rows = within(screen.getByRole('table', { name: 'Các lần thăm theo dõi' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Đỗ Thị Mai (CLB phường Hồng Gai)')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Đã đi làm tại xưởng may, gia đình hòa thuận')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('3/5: Tái hòa nhập một phần')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/Người ghi nhận: Nguyễn Thị Lan/)).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Mới về nhà')).toBeInTheDocument();
  });

  it('flags the next visit as overdue once its day has passed', async () => {
    setup({ status: 'FOLLOW_UP', visits: [visit({ nextVisitDue: '2020-01-10' })] });
    renderApp({ route: ROUTE });
    const next = await screen.findByRole('region', { name: 'Lần thăm tiếp theo' });
    expect(within(next).getByText('Quá hạn')).toHaveClass('badge--overdue');
  });

  it('says when no next visit is planned', async () => {
    setup({ visits: [visit({ nextVisitDue: undefined })] });
    renderApp({ route: ROUTE });
    const next = await screen.findByRole('region', { name: 'Lần thăm tiếp theo' });
    expect(within(next).getByText('Chưa hẹn lần thăm tiếp theo.')).toBeInTheDocument();
  });

  it('explains that visits start after the handover, and offers no form before it', async () => {
    setup({ status: 'SUPPORTING' });
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Chưa có lần thăm theo dõi nào.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Lần thăm theo dõi tái hòa nhập chỉ được ghi nhận sau khi bàn giao, khi hồ sơ ở trạng thái “Đã bàn giao” hoặc “Theo dõi tái hòa nhập”. Hồ sơ hiện ở trạng thái “Đang hỗ trợ”.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi nhận lần thăm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Bàn giao' })).not.toBeInTheDocument();
  });

  it('asks for who visited, the situation, and a next visit not before this one', async () => {
    const network = setup();
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận lần thăm' }));
    const dialog = screen.getByRole('dialog', { name: 'Ghi nhận lần thăm' });
    fireEvent.change(within(dialog).getByLabelText(/Thời điểm thăm/), { target: { value: '2026-04-10T09:00' } });
    fireEvent.change(within(dialog).getByLabelText(/Hẹn lần thăm tiếp theo/), { target: { value: '2026-04-09' } });
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận lần thăm' }));

    const required = 'Trường này là bắt buộc.';
    expect(within(dialog).getByRole('textbox', { name: /Người đi thăm/ })).toHaveAccessibleDescription(
      `Họ tên, và cơ quan hoặc câu lạc bộ của người đi thăm. ${required}`,
    );
    expect(within(dialog).getByRole('textbox', { name: /Tình hình/ })).toHaveAccessibleDescription(new RegExp(required));
    expect(within(dialog).getByLabelText(/Hẹn lần thăm tiếp theo/)).toHaveAccessibleDescription(
      /Ngày hẹn không được trước ngày thăm\./,
    );
    expect(network.to('POST', VISITS)).toHaveLength(0);
  });

  it('records a visit, lists it and fetches the case again (its next visit due changed)', async () => {
    const network = setup();
    const { user, queryClient } = renderApp({ route: ROUTE });
    queryClient.setQueryData(TIMELINE_KEY, { items: [], page: 0, size: 20, total: 0 });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận lần thăm' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Thời điểm thăm/), { target: { value: '2026-04-10T09:30' } });
    await user.type(within(dialog).getByRole('textbox', { name: /Người đi thăm/ }), ' Đỗ Thị Mai ');
    await user.type(within(dialog).getByRole('textbox', { name: /Tình hình/ }), 'Ổn định, đã có việc làm');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Mức độ tái hòa nhập/ }), '4/5: Tái hòa nhập phần lớn');
    fireEvent.change(within(dialog).getByLabelText(/Hẹn lần thăm tiếp theo/), { target: { value: '2099-07-01' } });
    const caseReads = network.to('GET', CASE_PATH).length;
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận lần thăm' }));

    expect(await screen.findByText('Đã ghi nhận lần thăm theo dõi.')).toBeInTheDocument();
    const [request] = network.to('POST', VISITS);
    expect(request!.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await request!.json();
    expect(body).toEqual({
      visitedAt: expect.stringMatching(/^2026-04-10T09:30:00[+-]\d{2}:\d{2}$/),
      visitedBy: 'Đỗ Thị Mai',
      situation: 'Ổn định, đã có việc làm',
      reintegrationScore: 4,
      nextVisitDue: '2099-07-01',
    });
    expect(await screen.findByText('Ổn định, đã có việc làm')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Lần thăm tiếp theo' });
    expect(within(next).getByText(/2099/)).toHaveAttribute('dateTime', '2099-07-01');
    await waitFor(() => expect(network.to('GET', CASE_PATH).length).toBeGreaterThan(caseReads));
    expect(queryClient.getQueryState(TIMELINE_KEY)?.isInvalidated).toBe(true);
  });

  it("shows the server's refusal when the case is no longer handed over", async () => {
    setup({
      post: problem(409, { code: 'case.not-handed-over', title: 'Conflict', detail: 'Follow-up visits start after the handover' }),
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận lần thăm' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Người đi thăm/ }), 'Đỗ Thị Mai');
    await user.type(within(dialog).getByRole('textbox', { name: /Tình hình/ }), 'Ổn định');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận lần thăm' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/Hồ sơ chưa được bàn giao \(hoặc đã đóng\)/);
    expect(within(alert).getByRole('button', { name: 'Tải lại hồ sơ' })).toBeInTheDocument();
  });
});
