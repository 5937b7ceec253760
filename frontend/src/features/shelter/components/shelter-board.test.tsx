import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID } from '@/testing/case-fixtures';
import { me } from '@/testing/fixtures';
import { json, mockFetch, pending, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { OTHER_CASE_ID, occupancy } from '@/testing/shelter-fixtures';

const OCCUPANCY = '/api/v1/shelter/occupancy';

function setup(roles: string[], board: unknown = occupancy()) {
  return mockFetch({
    'GET /api/v1/me': json(me(roles)),
    'GET /api/v1/organizations': json({ items: [] }),
    [`GET ${OCCUPANCY}`]: board instanceof Promise || board instanceof Response ? board : json(board),
  });
}

/** The value shown beside a total's label. */
function total(label: string) {
  const totals = screen.getByRole('region', { name: 'Tổng quan các phòng' });
  return within(totals).getByText(label).nextElementSibling?.textContent;
}

describe('shelter board', { timeout: 20_000 }, () => {
  it('shows the totals and each room with its places, its status and who is staying', async () => {
    setup(['social-worker']);
    renderApp({ route: '/shelter' });
    const full = await screen.findByRole('article', { name: 'Phòng 1' });

    expect(total('Số phòng')).toBe('3 (2 đang hoạt động)');
    expect(total('Tổng số chỗ')).toBe('5');
    expect(total('Đang lưu trú')).toBe('2');
    expect(total('Còn trống')).toBe('3');

    // The full room says so in words, and offers no check-in.
    expect(within(full).getByText('2/2 chỗ có người')).toBeInTheDocument();
    expect(within(full).getByText('Hết chỗ')).toBeInTheDocument();
    expect(within(full).getByText('Chỗ trống: 0')).toBeInTheDocument();
    expect(within(full).queryByRole('button', { name: 'Tiếp nhận vào Phòng 1' })).not.toBeInTheDocument();

    const stays = within(full).getAllByRole('listitem');
    expect(stays).toHaveLength(2);
    expect(within(stays[0]!).getByText('Trần Thị Mai')).toBeInTheDocument();
    expect(within(stays[0]!).getByRole('link', { name: 'QN-2026-000123' })).toHaveAttribute('href', `/cases/${CASE_ID}`);
    expect(within(stays[1]!).getByText('Lò Thị Hoa')).toBeInTheDocument();
    expect(within(stays[1]!).getByRole('link', { name: 'QN-2026-000087' })).toHaveAttribute('href', `/cases/${OTHER_CASE_ID}`);
    // Only the stay whose expected check-out has passed is flagged.
    expect(within(stays[1]!).getByText('Quá ngày dự kiến rời')).toBeInTheDocument();
    expect(within(stays[0]!).queryByText('Quá ngày dự kiến rời')).not.toBeInTheDocument();

    const open = screen.getByRole('article', { name: 'Phòng 2' });
    expect(within(open).getByText('0/3 chỗ có người')).toBeInTheDocument();
    expect(within(open).getByText('Chỗ trống: 3')).toBeInTheDocument();
    expect(within(open).queryByText('Hết chỗ')).not.toBeInTheDocument();
    expect(within(open).getByText('Chưa có ai lưu trú.')).toBeInTheDocument();
    expect(within(open).getByRole('button', { name: 'Tiếp nhận vào Phòng 2' })).toBeInTheDocument();

    const closed = screen.getByRole('article', { name: 'Phòng 3' });
    expect(within(closed).getByText('Đã đóng')).toBeInTheDocument();
    expect(within(closed).getByText('Phòng đã đóng, không tiếp nhận người vào.')).toBeInTheDocument();
    expect(within(closed).queryByText('Hết chỗ')).not.toBeInTheDocument();
    expect(within(closed).queryByRole('button')).not.toBeInTheDocument();
    expect(within(closed).getByRole('link', { name: 'Lịch sử lưu trú của Phòng 3' })).toHaveAttribute(
      'href',
      expect.stringContaining('/shelter/stays?roomId='),
    );
  });

  it.each([
    [['social-worker'], ['Tiếp nhận vào phòng', 'Cho Trần Thị Mai rời phòng', 'Cho Lò Thị Hoa rời phòng', 'Tiếp nhận vào Phòng 2'], []],
    [
      ['supervisor'],
      ['Tiếp nhận vào phòng', 'Cho Trần Thị Mai rời phòng', 'Cho Lò Thị Hoa rời phòng', 'Tiếp nhận vào Phòng 2'],
      ['Quản lý phòng'],
    ],
  ])('offers %s only the actions of their role', async (roles, buttons, adminLinks) => {
    setup(roles);
    renderApp({ route: '/shelter' });
    await screen.findByRole('article', { name: 'Phòng 1' });
    const main = screen.getByRole('main');
    // Everyone who may open the board sees who is staying.
    expect(within(main).getByText('Trần Thị Mai')).toBeInTheDocument();
    expect(within(main).queryAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(buttons);
    expect(within(main).queryAllByRole('link', { name: 'Quản lý phòng' }).map((l) => l.textContent)).toEqual(adminLinks);
  });

  it('keeps hotline operators off the board: it tells who stays in which room', async () => {
    const network = setup(['hotline-operator']);
    renderApp({ route: '/shelter' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('Trần Thị Mai')).not.toBeInTheDocument();
    expect(network.requests.filter((r) => r.url.includes('/api/v1/shelter'))).toHaveLength(0);
  });

  it('says when the organization has no rooms, and leads a supervisor to add one', async () => {
    setup(['supervisor'], { rooms: [], totals: { rooms: 0, activeRooms: 0, capacity: 0, occupied: 0, free: 0 } });
    renderApp({ route: '/shelter' });
    expect(await screen.findByText('Cơ quan bạn chưa có phòng tạm lánh nào.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Thêm phòng' })).toHaveAttribute('href', '/shelter/rooms');
    expect(screen.queryByRole('button', { name: 'Tiếp nhận vào phòng' })).not.toBeInTheDocument();
  });

  it('shows that the board is loading', async () => {
    setup(['social-worker'], pending());
    renderApp({ route: '/shelter' });
    expect(await screen.findByText('Đang tải tình hình các phòng…')).toBeInTheDocument();
  });

  it('shows a failure with a retry that reads the board again', async () => {
    let calls = 0;
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      [`GET ${OCCUPANCY}`]: () => (++calls === 1 ? problem(500, { code: 'internal', title: 'Internal error' }) : json(occupancy())),
    });
    const { user } = renderApp({ route: '/shelter' });
    expect(await screen.findByText('Máy chủ gặp lỗi. Hãy thử lại sau.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('article', { name: 'Phòng 1' })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('keeps roles without shelter work out of the board', async () => {
    const network = setup(['analyst']);
    renderApp({ route: '/shelter' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(network.to('GET', OCCUPANCY)).toHaveLength(0);
  });
});
