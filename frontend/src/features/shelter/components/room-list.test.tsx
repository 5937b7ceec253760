import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { ROOM_1, ROOM_2, room } from '@/testing/shelter-fixtures';

const ROOMS = '/api/v1/shelter/rooms';
const ROOM_PATH = `${ROOMS}/${ROOM_1}`;

describe('shelter rooms', { timeout: 20_000 }, () => {
  it('lists the rooms with their places for a supervisor', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      [`GET ${ROOMS}`]: json(page([room(), room({ id: ROOM_2, name: 'Phòng 2', status: 'CLOSED', occupied: 0, free: 0, note: undefined })])),
    });
    renderApp({ route: '/shelter/rooms' });
    const row = await screen.findByRole('row', { name: /Phòng 2/ });
    expect(within(row).getByText('Đã đóng')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Phòng 1/ })).getByText('Tầng 2')).toBeInTheDocument();
    expect(screen.getByText('Tổng số: 2')).toBeInTheDocument();
  });

  it('edits a room with its version in If-Match', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      [`GET ${ROOMS}`]: json(page([room({ occupied: 1, free: 1 })])),
      'PUT /api/v1/shelter/rooms/:id': async (request) => json(room({ ...(await request.json()), version: 4 })),
    });
    const { user } = renderApp({ route: '/shelter/rooms' });
    await user.click(await screen.findByRole('button', { name: 'Sửa Phòng 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa Phòng 1' });
    const capacity = within(dialog).getByRole('textbox', { name: /Sức chứa/ });
    expect(capacity).toHaveAccessibleDescription(
      'Từ 1 đến 100 chỗ. Đang có 1 người ở: không thể đóng phòng hay giảm sức chứa xuống dưới 1.',
    );
    await user.clear(capacity);
    await user.type(capacity, '4');
    await user.clear(within(dialog).getByRole('textbox', { name: /Ghi chú/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu Phòng 1.')).toBeInTheDocument();
    const put = network.to('PUT', ROOM_PATH)[0]!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    // A cleared note is left out, which clears it: the request replaces the room.
    expect(await put.json()).toEqual({ name: 'Phòng 1', capacity: 4, status: 'ACTIVE' });
  });

  it('offers to reload after someone else changed the room, then sends the new version', async () => {
    let version = 3;
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      [`GET ${ROOMS}`]: () => json(page([room({ version, name: version === 3 ? 'Phòng 1' : 'Phòng 1A' })])),
      'PUT /api/v1/shelter/rooms/:id': (request) =>
        request.headers.get('If-Match') === '"4"'
          ? json(room({ version: 5 }))
          : problem(412, { code: 'precondition.stale', title: 'The record was changed by someone else' }),
    });
    const { user } = renderApp({ route: '/shelter/rooms' });
    await user.click(await screen.findByRole('button', { name: 'Sửa Phòng 1' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lưu' }));

    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Người khác vừa thay đổi bản ghi này.');
    version = 4;
    await user.click(within(alert).getByRole('button', { name: 'Tải lại bản mới nhất' }));
    // The form starts over from the version just read.
    const dialog = await screen.findByRole('dialog', { name: 'Sửa Phòng 1A' });
    expect(within(dialog).getByRole('textbox', { name: /Tên phòng/ })).toHaveValue('Phòng 1A');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText(/Đã lưu/)).toBeInTheDocument();
    expect(network.to('PUT', ROOM_PATH).map((r) => r.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });

  it.each([
    [
      'shelter.room-occupied',
      'CLOSED',
      'Phòng đang có người ở nên chưa thể đóng. Hãy cho mọi người rời phòng trước khi đóng phòng.',
    ],
    [
      'shelter.capacity-below-occupancy',
      'ACTIVE',
      'Sức chứa không được nhỏ hơn số người đang ở trong phòng. Hãy nhập số lớn hơn, hoặc cho bớt người rời phòng trước.',
    ],
  ])('explains %s', async (code, status, message) => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      [`GET ${ROOMS}`]: json(page([room()])),
      'PUT /api/v1/shelter/rooms/:id': problem(409, { code, title: 'Conflict' }),
    });
    const { user } = renderApp({ route: '/shelter/rooms' });
    await user.click(await screen.findByRole('button', { name: 'Sửa Phòng 1' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Trạng thái/ }), status);
    if (status === 'ACTIVE') {
      await user.clear(within(dialog).getByRole('textbox', { name: /Sức chứa/ }));
      await user.type(within(dialog).getByRole('textbox', { name: /Sức chứa/ }), '1');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).queryByRole('button', { name: 'Tải lại bản mới nhất' })).not.toBeInTheDocument();
    expect(await network.to('PUT', ROOM_PATH)[0]!.json()).toMatchObject({ status });
  });

  it('adds a room once its capacity is between 1 and 100, sending an Idempotency-Key', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      [`GET ${ROOMS}`]: json(page([])),
      [`POST ${ROOMS}`]: async (request) => json(room({ ...(await request.json()), id: ROOM_2, occupied: 0 }), { status: 201 }),
    });
    const { user } = renderApp({ route: '/shelter/rooms' });
    expect(await screen.findByText('Chưa có phòng nào. Hãy thêm phòng đầu tiên.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm phòng' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm phòng tạm lánh' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByRole('textbox', { name: /Tên phòng/ })).toHaveAccessibleDescription('Trường này là bắt buộc.');

    await user.type(within(dialog).getByRole('textbox', { name: /Tên phòng/ }), 'Phòng 4');
    await user.type(within(dialog).getByRole('textbox', { name: /Sức chứa/ }), '101');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByRole('textbox', { name: /Sức chứa/ })).toHaveAccessibleDescription(
      expect.stringContaining('Hãy nhập số nguyên từ 1 đến 100.'),
    );
    expect(network.to('POST', ROOMS)).toHaveLength(0);

    await user.clear(within(dialog).getByRole('textbox', { name: /Sức chứa/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Sức chứa/ }), '3');
    await user.type(within(dialog).getByRole('textbox', { name: /Ghi chú/ }), 'Có phòng tắm riêng');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã thêm Phòng 4.')).toBeInTheDocument();
    const post = network.to('POST', ROOMS)[0]!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ name: 'Phòng 4', capacity: 3, status: 'ACTIVE', note: 'Có phòng tắm riêng' });
  });

  it('keeps a social worker out of the rooms administration', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['social-worker'])) });
    renderApp({ route: '/shelter/rooms' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(network.to('GET', ROOMS)).toHaveLength(0);
  });
});
