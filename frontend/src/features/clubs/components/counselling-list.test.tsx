import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const CLUB = '00000000-0000-4000-a000-000000000008';
const COUNSELLING = `/api/v1/clubs/${CLUB}/counselling`;
const due = {
  id: 'k-1',
  memberId: 'm-1',
  memberName: 'Phạm Thị Hạnh',
  counselledOn: '2026-11-20',
  topic: 'LOAN_AND_CREDIT',
  note: 'Cần vốn mở tiệm may',
  followUpOn: '2026-11-27',
  followUpDue: true,
  actions: ['RECORD_FOLLOW_UP', 'REFER'],
  version: 0,
};

describe('livelihood counselling', { timeout: 20_000 }, () => {
  it('shows the follow-ups due, records one and refers the member to a service without their name', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET ${COUNSELLING}`]: json(page([due])),
      [`POST ${COUNSELLING}/k-1/follow-up`]: json({ ...due, followUpDue: false, followedUpOn: '2026-12-05', actions: ['REFER'] }),
      [`POST ${COUNSELLING}/k-1/referral`]: json({ ...due, referralId: 'r-1', actions: [] }),
      'GET /api/v1/organizations': json(page([{ id: 'o-11', nameVi: 'Tổ chức Rồng Xanh', kind: 'NGO', status: 'ACTIVE' }])),
    });
    const { user } = renderApp({ route: `/clubs/${CLUB}/counselling?due=true` });
    const row = (await screen.findByText('Phạm Thị Hạnh')).closest('li')!;
    expect(within(row).getByText(/Đến hạn theo dõi/)).toBeInTheDocument();
    expect(network.to('GET', COUNSELLING).some((r) => new URL(r.url).searchParams.get('due') === 'true')).toBe(true);

    await user.click(within(row).getByRole('button', { name: 'Đã theo dõi' }));
    expect(await screen.findByText('Đã ghi nhận lần theo dõi.')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Chuyển tuyến' }));
    const dialog = screen.getByRole('dialog', { name: 'Chuyển tuyến Phạm Thị Hạnh đến dịch vụ' });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: /Chuyển đến/ }), 'o-11');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Dịch vụ cần/ }), 'VOCATIONAL_AND_JOB');
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do chuyển tuyến/ }), 'Học nghề may');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi chuyển tuyến' }));
    expect(await screen.findByText('Đã gửi chuyển tuyến.')).toBeInTheDocument();
    const body = await network.to('POST', `${COUNSELLING}/k-1/referral`)[0]!.json();
    expect(body).toMatchObject({ receiverOrganizationId: 'o-11', serviceType: 'VOCATIONAL_AND_JOB', shareIdentity: false, reason: 'Học nghề may' });
    expect(body).not.toHaveProperty('consentToShare');
  });

  it('corrects a counselling with its version, keeping the member', async () => {
    const recorded = { ...due, followUpDue: false, actions: ['EDIT', 'RECORD_FOLLOW_UP', 'REFER'], version: 2 };
    const network = mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET ${COUNSELLING}`]: json(page([recorded])),
      [`GET /api/v1/clubs/${CLUB}/members`]: json(page([{ id: 'm-1', fullName: 'Phạm Thị Hạnh', targetGroup: 'VICTIM' }])),
      [`PUT ${COUNSELLING}/k-1`]: async (request) => json({ ...recorded, ...(await request.json()), version: 3 }),
    });
    const { user } = renderApp({ route: `/clubs/${CLUB}/counselling` });
    await user.click(await screen.findByRole('button', { name: 'Sửa' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa' });
    expect(within(dialog).getByRole('combobox', { name: /Thành viên/ })).toBeDisabled();
    const note = within(dialog).getByRole('textbox', { name: /Ghi chú/ });
    await user.clear(note);
    await user.type(note, 'Vay vốn qua Ngân hàng Chính sách xã hội');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu thay đổi của buổi tư vấn.')).toBeInTheDocument();
    const [put] = network.to('PUT', `${COUNSELLING}/k-1`);
    expect(put!.headers.get('If-Match')).toBe('"2"');
    expect(await put!.json()).toMatchObject({ memberId: 'm-1', note: 'Vay vốn qua Ngân hàng Chính sách xã hội', topic: 'LOAN_AND_CREDIT' });
  });
});
