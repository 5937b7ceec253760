import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditEvent, CASE_ID } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = '/audit';

function setup(roles: string[], verification: object) {
  return mockFetch({
    'GET /api/v1/me': json(me(roles)),
    'GET /api/v1/organizations': json(page([organization()])),
    'GET /api/v1/audit': json(
      page([auditEvent(), auditEvent({ id: 40, action: 'CONSENT_WITHDRAWN', recordType: 'CONSENT', recordId: 'c-1', fieldGroups: undefined, reason: 'Người đó đổi ý' })], {
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

  it('lists events and filters them by record, actor, action and time', async () => {
    const network = setup(['supervisor'], { valid: true, checked: 0 });
    const { user } = renderApp({ route: ROUTE });
    const table = await screen.findByRole('table');
    const [, read, withdrawn] = within(table).getAllByRole('row');
    expect(within(read!).getByText('CASE_READ')).toBeInTheDocument();
    expect(within(read!).getByText('Nhân thân, Diễn biến sự việc')).toBeInTheDocument();
    expect(await within(read!).findByText('Trung tâm Công tác xã hội tỉnh Quảng Ninh')).toBeInTheDocument();
    // A supervisor may open the case the event is about.
    expect(within(read!).getByRole('link', { name: CASE_ID })).toHaveAttribute('href', `/cases/${CASE_ID}`);
    expect(within(withdrawn!).getByText('Người đó đổi ý')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Loại bản ghi' }), 'CASE');
    await user.type(screen.getByRole('textbox', { name: 'Mã bản ghi' }), CASE_ID);
    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập người thực hiện' }), 'worker');
    await user.type(screen.getByRole('textbox', { name: 'Hành động' }), 'CASE_READ');
    await user.type(screen.getByLabelText('Từ thời điểm'), '2026-03-01T00:00');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));

    const last = new URL(network.to('GET', '/api/v1/audit').at(-1)!.url).searchParams;
    expect(last.get('recordType')).toBe('CASE');
    expect(last.get('recordId')).toBe(CASE_ID);
    expect(last.get('actor')).toBe('worker');
    expect(last.get('action')).toBe('CASE_READ');
    expect(new Date(last.get('from')!).getTime()).toBe(new Date('2026-03-01T00:00').getTime());
    expect(last.has('to')).toBe(false);
  });

  it('keeps social workers out', async () => {
    const network = setup(['social-worker'], { valid: true, checked: 0 });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(network.to('GET', '/api/v1/audit')).toHaveLength(0);
  });
});
