import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditEvent, CASE_ID } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = '/audit';

function setup(roles: string[], verification: object, extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    ...extra,
    'GET /api/v1/me': json(me(roles)),
    'GET /api/v1/organizations': json(page([organization()])),
    'GET /api/v1/audit': json(
      page([auditEvent(), auditEvent({ id: 40, action: 'CONSENT_WITHDRAWN', recordType: 'CONSENT', recordId: 'c-1', recordLabel: undefined, actorName: undefined, fieldGroups: undefined, reason: 'Người đó đổi ý' })], {
        total: 2,
      }),
    ),
    'GET /api/v1/audit/verification': json(verification),
  });
}

describe('audit log', { timeout: 20_000 }, () => {
  it('says the chain is intact, with how many events were checked', async () => {
    const network = setup(['admin'], { valid: true, checked: 1289, firstBrokenEventId: null });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Kiểm tra tính toàn vẹn' }));
    const result = await screen.findByText(/^Chuỗi nhật ký toàn vẹn/);
    expect(result).toHaveTextContent('Chuỗi nhật ký toàn vẹn: đã kiểm tra 1289 sự kiện, không sự kiện nào bị sửa hoặc xóa.');
    expect(result).toHaveAttribute('role', 'status');
    expect(network.to('GET', '/api/v1/audit/verification')).toHaveLength(1);
  });

  it('says where the chain breaks when an event was tampered with', async () => {
    setup(['supervisor'], { valid: false, checked: 57, firstBrokenEventId: 38 });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Kiểm tra tính toàn vẹn' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Chuỗi nhật ký bị phá vỡ tại sự kiện số 38: nhật ký đã bị sửa hoặc xóa từ sự kiện đó. Đã kiểm tra 57 sự kiện.',
    );
    expect(screen.queryByText(/^Chuỗi nhật ký toàn vẹn/)).not.toBeInTheDocument();
  });

  it('tells each event as a sentence: who, what, which record by its number, which information', async () => {
    setup(['supervisor'], { valid: true, checked: 0 });
    renderApp({ route: ROUTE });
    const table = await screen.findByRole('table', { name: 'Nhật ký truy cập' });
    const [, read, withdrawn] = within(table).getAllByRole('row');
    expect(read).toHaveTextContent('Nguyễn Thị Lan xem hồ sơ QN-2026-000003 — nhóm thông tin: nhân thân, diễn biến sự việc');
    expect(within(read!).queryByText('CASE_READ')).not.toBeInTheDocument();
    expect(await within(read!).findByText('Trung tâm Công tác xã hội tỉnh Quảng Ninh')).toBeInTheDocument();
    // A supervisor may open the case the event is about, by its number.
    expect(within(read!).getByRole('link', { name: 'QN-2026-000003' })).toHaveAttribute('href', `/cases/${CASE_ID}`);
    // An older event without the actor's name still names the actor by user name.
    expect(withdrawn).toHaveTextContent('worker ghi nhận rút lại sự đồng ý');
    expect(within(withdrawn!).getByText('Người đó đổi ý')).toBeInTheDocument();
  });

  it('filters by action, staff member, case and days, all picked rather than typed', async () => {
    const network = setup(['supervisor'], { valid: true, checked: 0 }, {
      'GET /api/v1/staff': json({
        items: [
          { subject: 's-2', username: 'worker', name: 'Nguyễn Thị Lan', roles: ['social-worker'] },
          { subject: 's-1', username: 'supervisor', name: 'Trần Văn Minh', roles: ['supervisor'] },
        ],
      }),
      'POST /api/v1/cases/search': json(page([{ id: CASE_ID, caseNumber: 'QN-2026-000003', personName: 'Hoàng Thị Hoa' }])),
    });
    const { user } = renderApp({ route: ROUTE });
    await screen.findByRole('table', { name: 'Nhật ký truy cập' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hành động' }), 'in biên bản của hồ sơ');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Người thực hiện' }), 'Nguyễn Thị Lan');
    await user.type(screen.getByRole('searchbox', { name: /Tìm hồ sơ theo số hoặc họ tên/ }), 'Hoa');
    await user.click(await screen.findByRole('button', { name: 'QN-2026-000003 — Hoàng Thị Hoa' }));
    expect(screen.getByText(/Chỉ hồ sơ QN-2026-000003/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Từ ngày'), '2026-03-01');
    await user.type(screen.getByLabelText('Đến ngày'), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));

    const last = new URL(network.to('GET', '/api/v1/audit').at(-1)!.url).searchParams;
    expect(last.get('action')).toBe('CASE_PRINTED');
    expect(last.get('actor')).toBe('worker');
    expect(last.get('recordType')).toBe('CASE');
    expect(last.get('recordId')).toBe(CASE_ID);
    expect(new Date(last.get('from')!).getTime()).toBe(new Date(2026, 2, 1).getTime());
    // The last day counts whole: the end is the next day's start.
    expect(new Date(last.get('to')!).getTime()).toBe(new Date(2026, 3, 1).getTime());
  });

  it('keeps social workers out', async () => {
    const network = setup(['social-worker'], { valid: true, checked: 0 });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(network.to('GET', '/api/v1/audit')).toHaveLength(0);
  });
});
