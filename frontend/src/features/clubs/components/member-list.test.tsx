import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const CLUB = '00000000-0000-4000-a000-000000000008';
const MEMBERS = `/api/v1/clubs/${CLUB}/members`;

const hanh = {
  id: 'm-1',
  clubId: CLUB,
  fullName: 'Phạm Thị Hạnh',
  sex: 'FEMALE',
  birthYear: 2004,
  targetGroup: 'PROSPECTIVE_MIGRANT_WORKER',
  joinedOn: '2024-01-10',
  erased: false,
  actions: ['EDIT', 'LEAVE', 'ERASE'],
  version: 0,
};

describe('club members', { timeout: 20_000 }, () => {
  it('lists the members with their group and filters by group', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['club-coordinator'])), [`GET ${MEMBERS}`]: json(page([hanh])) });
    const { user } = renderApp({ route: `/clubs/${CLUB}/members` });
    const row = (await screen.findByText('Phạm Thị Hạnh')).closest('li')!;
    expect(within(row).getByText(/Người có nhu cầu đi làm việc ở nước ngoài · Tham gia/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nhóm' }), 'VICTIM');
    await screen.findByText('Phạm Thị Hạnh');
    expect(network.to('GET', MEMBERS).some((r) => new URL(r.url).searchParams.get('group') === 'VICTIM')).toBe(true);
  });

  it('records a member only with the consent ticked', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET ${MEMBERS}`]: json(page([])),
      [`POST ${MEMBERS}`]: async (request) => json({ ...hanh, ...(await request.json()) }, { status: 201 }),
    });
    const { user } = renderApp({ route: `/clubs/${CLUB}/members` });
    await user.click(await screen.findByRole('button', { name: 'Thêm thành viên' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm thành viên' });
    await user.type(within(dialog).getByRole('textbox', { name: /Họ và tên/ }), 'Phạm Thị Hạnh');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(network.to('POST', MEMBERS)).toHaveLength(0);
    expect(within(dialog).getAllByText(/Không có sự đồng ý thì không ghi thông tin/).length).toBeGreaterThan(0);

    await user.click(within(dialog).getByRole('checkbox', { name: /đồng ý để câu lạc bộ lưu thông tin/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã thêm Phạm Thị Hạnh.')).toBeInTheDocument();
    const post = network.to('POST', MEMBERS)[0]!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await post.json();
    expect(body).toMatchObject({ fullName: 'Phạm Thị Hạnh', sex: 'FEMALE', targetGroup: 'AT_RISK', consent: { givenBy: 'SELF' } });
  });
});
