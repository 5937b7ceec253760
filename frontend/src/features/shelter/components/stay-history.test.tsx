import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID } from '@/testing/case-fixtures';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { ROOM_1, ROOM_2, daysFromNow, room, stay } from '@/testing/shelter-fixtures';

const STAYS = '/api/v1/shelter/stays';

describe('stay history', { timeout: 20_000 }, () => {
  it("shows a room's stays from the address, filters by whether the person is staying and pages", async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/shelter/rooms': json(page([room(), room({ id: ROOM_2, name: 'Phòng 2' })])),
      [`GET ${STAYS}`]: (request) => {
        const pageNumber = Number(new URL(request.url).searchParams.get('page') ?? 0);
        return json(
          page(
            [
              stay({ expectedCheckOutAt: daysFromNow(-1) }),
              stay({
                id: 'ended',
                personName: 'Lò Thị Hoa',
                current: false,
                checkedOutAt: '2026-02-20T10:00:00+07:00',
                checkOutReason: 'Bàn giao cho gia đình',
              }),
            ],
            { page: pageNumber, size: 20, total: 45 },
          ),
        );
      },
    });
    const { user } = renderApp({ route: `/shelter/stays?roomId=${ROOM_1}` });

    const staying = await screen.findByRole('row', { name: /Trần Thị Mai/ });
    expect(within(staying).getByRole('link', { name: 'QN-2026-000123' })).toHaveAttribute('href', `/cases/${CASE_ID}`);
    expect(within(staying).getByText('Đang ở')).toBeInTheDocument();
    expect(within(staying).getByText('Quá ngày dự kiến rời')).toBeInTheDocument();
    const ended = screen.getByRole('row', { name: /Lò Thị Hoa/ });
    expect(within(ended).getByText('Bàn giao cho gia đình')).toBeInTheDocument();
    expect(within(ended).queryByText('Quá ngày dự kiến rời')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Phòng' })).toHaveValue(ROOM_1);
    expect(new URL(network.to('GET', STAYS)[0]!.url).searchParams.get('roomId')).toBe(ROOM_1);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tình trạng' }), 'Đang lưu trú');
    await screen.findByRole('row', { name: /Trần Thị Mai/ });
    const filtered = new URL(network.to('GET', STAYS).at(-1)!.url).searchParams;
    expect(filtered.get('current')).toBe('true');
    expect(filtered.get('roomId')).toBe(ROOM_1);

    expect(screen.getByText('Trang 1 / 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(await screen.findByText('Trang 2 / 3')).toBeInTheDocument();
    expect(new URL(network.to('GET', STAYS).at(-1)!.url).searchParams.get('page')).toBe('1');
  });

  it('says when there are no stays', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/shelter/rooms': json(page([room()])),
      [`GET ${STAYS}`]: json(page([])),
    });
    renderApp({ route: '/shelter/stays' });
    expect(await screen.findByText('Không có lượt lưu trú nào.')).toBeInTheDocument();
  });
});
