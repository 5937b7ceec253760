import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const CLUB = '00000000-0000-4000-a000-000000000008';
const OUTREACH = `/api/v1/clubs/${CLUB}/outreach-contacts`;

describe('the outreach log', { timeout: 20_000 }, () => {
  it('records a contact with the least data, and a name only once the consent is ticked', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET ${OUTREACH}`]: json(page([])),
      [`POST ${OUTREACH}`]: async (request) => json({ id: 'c-1', actions: ['INVITE'], ...(await request.json()) }, { status: 201 }),
    });
    const { user } = renderApp({ route: `/clubs/${CLUB}/outreach` });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận lượt tiếp cận' }));
    const dialog = screen.getByRole('dialog', { name: 'Ghi nhận lượt tiếp cận' });
    await user.type(within(dialog).getByRole('textbox', { name: /Tên gọi hoặc chữ cái đầu/ }), 'H.');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Nhóm/ }), 'PROSPECTIVE_MIGRANT_WORKER');
    expect(within(dialog).queryByRole('textbox', { name: /Họ và tên/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã ghi nhận lượt tiếp cận với H..')).toBeInTheDocument();
    const first = await network.to('POST', OUTREACH)[0]!.json();
    expect(first).toMatchObject({ alias: 'H.', targetGroup: 'PROSPECTIVE_MIGRANT_WORKER', sex: 'FEMALE' });
    expect(first).not.toHaveProperty('fullName');
    expect(first).not.toHaveProperty('consent');

    await user.click(screen.getByRole('button', { name: 'Ghi nhận lượt tiếp cận' }));
    const again = screen.getByRole('dialog', { name: 'Ghi nhận lượt tiếp cận' });
    await user.type(within(again).getByRole('textbox', { name: /Tên gọi hoặc chữ cái đầu/ }), 'Hoa');
    await user.click(within(again).getByRole('checkbox', { name: /đồng ý cho ghi họ tên/ }));
    await user.type(within(again).getByRole('textbox', { name: /Họ và tên/ }), 'Phạm Thị Hoa');
    await user.click(within(again).getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã ghi nhận lượt tiếp cận với Hoa.');
    const second = await network.to('POST', OUTREACH)[1]!.json();
    expect(second).toMatchObject({ fullName: 'Phạm Thị Hoa', consent: { givenBy: 'SELF' } });
  });

  it('corrects a contact with its version, and unticking the consent sends no name or phone', async () => {
    const contact = {
      id: 'c-7',
      clubId: CLUB,
      contactedOn: '2026-12-01',
      alias: 'Trang',
      sex: 'FEMALE',
      ageBand: 'AGE_18_20',
      targetGroup: 'PROSPECTIVE_MIGRANT_WORKER',
      topics: ['SAFE_MIGRATION'],
      leaflets: 2,
      consentGivenOn: '2026-12-01',
      consentGivenBy: 'SELF',
      fullName: 'Nguyễn Thị Thu Trang',
      phone: '0987 654 321',
      actions: ['EDIT', 'INVITE', 'REFER'],
      version: 3,
    };
    const network = mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET ${OUTREACH}`]: json(page([contact])),
      [`PUT ${OUTREACH}/c-7`]: async (request) => json({ ...contact, ...(await request.json()), version: 4 }),
    });
    const { user } = renderApp({ route: `/clubs/${CLUB}/outreach` });
    await user.click(await screen.findByRole('button', { name: 'Sửa' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa' });
    expect(within(dialog).getByRole('textbox', { name: /Họ và tên/ })).toHaveValue('Nguyễn Thị Thu Trang');
    await user.click(within(dialog).getByRole('checkbox', { name: /đồng ý cho ghi họ tên/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu thay đổi của lượt tiếp cận với Trang.')).toBeInTheDocument();
    const [put] = network.to('PUT', `${OUTREACH}/c-7`);
    expect(put!.headers.get('If-Match')).toBe('"3"');
    const body = await put!.json();
    expect(body).toMatchObject({ alias: 'Trang', topics: ['SAFE_MIGRATION'], leaflets: 2 });
    expect(body).not.toHaveProperty('consent');
    expect(body).not.toHaveProperty('fullName');
    expect(body).not.toHaveProperty('phone');
  });
});
