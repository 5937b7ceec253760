import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { nextStatus } from './attendance-page';

const CLUB = '00000000-0000-4000-a000-000000000008';
const MEETING = '11111111-2222-4333-8444-555555555555';
const PATH = `/api/v1/clubs/${CLUB}/meetings/${MEETING}`;

function meeting(overrides: Record<string, unknown> = {}) {
  return {
    id: MEETING,
    clubId: CLUB,
    meetingDate: '2026-12-01',
    status: 'PLANNED',
    topics: ['SAFE_MIGRATION'],
    attendance: { present: 0, late: 0, excused: 0, absent: 0 },
    guestsTotal: 0,
    guests: [],
    members: [
      { memberId: 'm-1', fullName: 'Phạm Thị Hạnh', targetGroup: 'AT_RISK' },
      { memberId: 'm-2', fullName: 'Lê Văn Nam', targetGroup: 'RELATIVE_OF_VICTIM' },
    ],
    actions: ['EDIT', 'RECORD_ATTENDANCE'],
    version: 2,
    ...overrides,
  };
}

describe('recording a club meeting', { timeout: 20_000 }, () => {
  it('cycles a member through present, late, excused and absent', () => {
    expect(nextStatus('PRESENT')).toBe('LATE');
    expect(nextStatus('LATE')).toBe('EXCUSED');
    expect(nextStatus('EXCUSED')).toBe('ABSENT');
    expect(nextStatus('ABSENT')).toBe('PRESENT');
  });

  it('saves every member and the guests in one request with the meeting version', async () => {
    let saved = false;
    const held = { status: 'HELD', attendance: { present: 1, late: 0, excused: 0, absent: 1 }, guestsTotal: 2, version: 3 };
    const network = mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET /api/v1/clubs/${CLUB}/documents`]: json({ items: [] }),
      // Read again after the save, with its new version: the page still says it was saved.
      [`GET ${PATH}`]: () => json(meeting(saved ? held : {})),
      [`PUT ${PATH}/attendance`]: () => {
        saved = true;
        return json(meeting(held));
      },
    });
    const { user } = renderApp({ route: `/clubs/${CLUB}/meetings/${MEETING}/attendance` });
    expect(await screen.findByRole('heading', { level: 1, name: /Điểm danh buổi sinh hoạt/ })).toBeInTheDocument();
    const nam = screen.getByRole('button', { name: 'Lê Văn Nam: Có mặt' });
    for (let i = 0; i < 3; i++) await user.click(nam);
    expect(screen.getByRole('button', { name: 'Lê Văn Nam: Vắng' })).toBeInTheDocument();
    expect(screen.getByText('1 có mặt · 0 đến muộn · 0 có phép · 1 vắng')).toBeInTheDocument();
    const guests = screen.getByRole('spinbutton', { name: 'Người có nguy cơ · Nữ' });
    await user.clear(guests);
    await user.type(guests, '2');
    await user.click(screen.getByRole('button', { name: 'Lưu điểm danh' }));

    expect(await screen.findByText('Đã lưu điểm danh: 1 có mặt, 2 khách.')).toBeInTheDocument();
    const put = network.to('PUT', `${PATH}/attendance`)[0]!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({
      members: [
        { memberId: 'm-1', status: 'PRESENT' },
        { memberId: 'm-2', status: 'ABSENT' },
      ],
      guests: [{ sex: 'FEMALE', targetGroup: 'AT_RISK', count: 2 }],
    });
  });

  it('takes no attendance for a meeting still to come', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET /api/v1/clubs/${CLUB}/documents`]: json({ items: [] }),
      [`GET ${PATH}`]: json(meeting({ meetingDate: '2027-01-01', actions: ['EDIT'] })),
    });
    renderApp({ route: `/clubs/${CLUB}/meetings/${MEETING}/attendance` });
    expect(await screen.findByText('Buổi sinh hoạt này chưa diễn ra nên chưa thể điểm danh.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu điểm danh' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Phạm Thị Hạnh: Có mặt' })).toBeDisabled();
    expect(network.to('PUT', `${PATH}/attendance`)).toHaveLength(0);
  });

  it('says in Vietnamese when someone listed is not a member', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['club-coordinator'])),
      [`GET /api/v1/clubs/${CLUB}/documents`]: json({ items: [] }),
      [`GET ${PATH}`]: json(meeting()),
      [`PUT ${PATH}/attendance`]: problem(422, { code: 'club.not-a-member', title: 'Not a member' }),
    });
    const { user } = renderApp({ route: `/clubs/${CLUB}/meetings/${MEETING}/attendance` });
    await user.click(await screen.findByRole('button', { name: 'Lưu điểm danh' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/không phải thành viên của câu lạc bộ/)).toBeInTheDocument();
  });
});
