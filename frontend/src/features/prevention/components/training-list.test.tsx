import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const programme = {
  id: 't-1',
  topic: 'Tập huấn phòng, chống mua bán người cho cán bộ xã',
  startsOn: '2022-04-01',
  endsOn: '2022-11-30',
  organizerName: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh',
  classes: 30,
  totals: { named: 0, attended: 0, counted: 2700, trained: 2700 },
  participants: [],
  counts: [],
  actions: [],
  version: 0,
};

describe('trainings', { timeout: 20_000 }, () => {
  it('lists the trainings with the people trained, and records one counted by unit', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/trainings': json(page([programme])),
      'POST /api/v1/trainings': async (request) => json({ ...programme, ...(await request.json()), id: 't-2' }, { status: 201 }),
    });
    const { user } = renderApp({ route: '/prevention/trainings' });
    const row = await screen.findByRole('row', { name: /Tập huấn phòng, chống mua bán người/ });
    expect(within(row).getByText('2700')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ghi nhận lớp tập huấn' }));
    const dialog = screen.getByRole('dialog', { name: 'Ghi nhận lớp tập huấn' });
    await user.type(within(dialog).getByRole('textbox', { name: /Nội dung tập huấn/ }), 'Nhận diện nạn nhân');
    await user.type(within(dialog).getByLabelText(/Từ ngày/), '2026-11-10');
    await user.type(within(dialog).getByLabelText(/Đến ngày/), '2026-11-11');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm đơn vị' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Đơn vị' }), 'Cán bộ 5 xã');
    await user.type(within(dialog).getByRole('textbox', { name: 'Số người' }), '120');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã ghi nhận lớp “Nhận diện nạn nhân”.')).toBeInTheDocument();
    const body = await network.to('POST', '/api/v1/trainings')[0]!.json();
    expect(body).toMatchObject({
      topic: 'Nhận diện nạn nhân',
      startsOn: '2026-11-10',
      endsOn: '2026-11-11',
      classes: 1,
      participants: [],
      counts: [{ unitName: 'Cán bộ 5 xã', staffRole: 'COMMUNE_OFFICIAL', count: 120 }],
    });
  });
});
