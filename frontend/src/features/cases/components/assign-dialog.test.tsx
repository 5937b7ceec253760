import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CASE_ID, caseView } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = `/cases/${CASE_ID}`;
const LAN = { subject: 'sub-lan', username: 'worker', name: 'Nguyễn Thị Lan', roles: ['social-worker'] };
const MINH = { subject: 'sub-minh', username: 'worker2', name: 'Lê Văn Minh', roles: ['social-worker'] };
const HUONG = { subject: 'sub-huong', username: 'supervisor', name: 'Phạm Thị Hương', roles: ['supervisor'] };

function assigned(subject: string) {
  const member = [LAN, MINH, HUONG].find((m) => m.subject === subject)!;
  return caseView({ assignedTo: { subject, name: member.name }, version: 5 });
}

function setup(roles: string[], assign = (body: { assigneeSubject: string }) => json(assigned(body.assigneeSubject))) {
  return mockFetch({
    'GET /api/v1/me': json(me(roles)),
    'GET /api/v1/organizations': json(page([organization()])),
    'GET /api/v1/cases/:id': json(caseView({ assignedTo: { subject: LAN.subject, name: LAN.name }, version: 4 }), {
      headers: { ETag: '"4"' },
    }),
    'GET /api/v1/staff': json({ items: [MINH, LAN, HUONG] }),
    'POST /api/v1/cases/:id/assign': async (request) => assign(await request.json()),
  });
}

describe('assigning a case', { timeout: 20_000 }, () => {
  it('lets a supervisor choose a colleague from the staff list and sends If-Match', async () => {
    const network = setup(['supervisor']);
    renderApp({ route: ROUTE });
    await userEvent.click(await screen.findByRole('button', { name: 'Phân công' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân công hồ sơ' });
    const select = await within(dialog).findByLabelText(/Người phụ trách/);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Chọn người…',
      'Lê Văn Minh',
      'Nguyễn Thị Lan (đang phụ trách)',
      'Phạm Thị Hương · trưởng nhóm',
    ]);
    await userEvent.selectOptions(select, 'sub-minh');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Phân công' }));

    expect(await screen.findByText('Đã giao hồ sơ cho Lê Văn Minh.')).toBeInTheDocument();
    const [call] = network.to('POST', `/api/v1/cases/${CASE_ID}/assign`);
    expect(call!.headers.get('If-Match')).toBe('"4"');
    expect(await call!.json()).toEqual({ assigneeSubject: 'sub-minh' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the refusal of the server in the dialog', async () => {
    setup(['supervisor'], () =>
      problem(422, {
        code: 'validation.failed',
        errors: [{ field: 'assigneeSubject', message: 'is not a social worker or supervisor of your organization' }],
      }),
    );
    renderApp({ route: ROUTE });
    await userEvent.click(await screen.findByRole('button', { name: 'Phân công' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.selectOptions(await within(dialog).findByLabelText(/Người phụ trách/), 'sub-minh');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Phân công' }));
    expect(await within(dialog).findAllByText(/is not a social worker or supervisor/)).not.toHaveLength(0);
  });

  it('is not offered to a social worker', async () => {
    setup(['social-worker']);
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Nguyễn Thị Lan')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Phân công' })).not.toBeInTheDocument();
  });
});
