import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const leaflets = {
  id: 'c-1',
  title: 'Tờ rơi Ngôi nhà Bình yên',
  channel: 'LEAFLET',
  placeCode: '06685',
  placeName: 'Phường Hồng Gai',
  startsOn: '2022-06-01',
  endsOn: '2022-12-31',
  materialsCount: 40000,
  countingMethod: 'COPIES_DISTRIBUTED',
  reach: [],
  reached: 40000,
  reachedPercent: 64.5,
  actions: ['EDIT'],
  version: 0,
};

function places(url: URL) {
  return url.searchParams.get('parent')
    ? json(page([{ code: '06658', nameVi: 'Phường Cao Xanh', unitType: 'WARD', parentCode: '22' }]))
    : json(page([{ code: '22', nameVi: 'Tỉnh Quảng Ninh', unitType: 'PROVINCE' }]));
}

describe('information campaigns', { timeout: 20_000 }, () => {
  it('shows the people reached against the population', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['analyst'])), 'GET /api/v1/campaigns': json(page([leaflets])) });
    renderApp({ route: '/prevention/campaigns' });
    const row = await screen.findByRole('row', { name: /Tờ rơi Ngôi nhà Bình yên/ });
    expect(within(row).getByText('Tờ rơi')).toBeInTheDocument();
    expect(within(row).getByText('64,5 %')).toBeInTheDocument();
    // Analysts read; only the organizer's staff record.
    expect(screen.queryByRole('button', { name: 'Ghi nhận đợt truyền thông' })).not.toBeInTheDocument();
  });

  it('records a campaign in a commune chosen by name and says when the reach exceeds its population', async () => {
    let refuse = true;
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/campaigns': json(page([])),
      'GET /api/v1/places': (request) => places(new URL(request.url)),
      'POST /api/v1/campaigns': async (request) =>
        refuse
          ? problem(422, { code: 'prevention.reach-exceeds-population', title: 'More people reached than live there' })
          : json({ ...leaflets, ...(await request.json()) }, { status: 201 }),
    });
    const { user } = renderApp({ route: '/prevention/campaigns' });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận đợt truyền thông' }));
    const dialog = screen.getByRole('dialog', { name: 'Ghi nhận đợt truyền thông' });
    await user.type(within(dialog).getByRole('textbox', { name: /Tên đợt truyền thông/ }), 'Họp dân khu 5');
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: /Tỉnh, thành phố/ }), '22');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Xã, phường/ }), await within(dialog).findByRole('option', { name: 'Phường Cao Xanh' }));
    await user.type(within(dialog).getByLabelText(/Từ ngày/), '2026-03-01');
    await user.type(within(dialog).getByLabelText(/Đến ngày/), '2026-03-01');
    const women = within(dialog).getByRole('spinbutton', { name: 'Nữ, người lớn' });
    await user.clear(women);
    await user.type(women, '80');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Số người được tiếp cận nhiều hơn dân số của xã, phường. Hãy kiểm tra lại số liệu.')).toBeInTheDocument();

    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã ghi nhận “Họp dân khu 5”.')).toBeInTheDocument();
    const body = await network.to('POST', '/api/v1/campaigns')[1]!.json();
    expect(body).toMatchObject({ title: 'Họp dân khu 5', channel: 'MEETING', placeCode: '06658', reach: [{ sex: 'FEMALE', ageGroup: 'ADULTS', count: 80 }] });
  });
});
