import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const tuanChau = {
  id: '00000000-0000-4000-a000-000000000010',
  nameVi: 'Câu lạc bộ phường Tuần Châu',
  placeName: 'Phường Tuần Châu',
  members: 10,
  meetingsHeld: 11,
  monthsWithoutMeeting: 1,
  thisMonth: { id: 'm-1', meetingDate: '2026-12-01', status: 'PLANNED', actions: [] },
};

describe('the province overview', { timeout: 20_000 }, () => {
  it('lists the clubs with the months they missed and counts the meetings per month', async () => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `2026-${String(i + 1).padStart(2, '0')}`,
      clubsMet: i === 7 ? 4 : 5,
      meetingsHeld: i === 7 ? 4 : 5,
      attendances: 40,
    }));
    mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      'GET /api/v1/clubs': json(page([tuanChau])),
      'GET /api/v1/clubs/overview': json({ year: 2026, clubs: 5, months, membersByGroup: { VICTIM: 5, AT_RISK: 10 }, members: 15 }),
    });
    renderApp({ route: '/clubs' });
    const row = await screen.findByRole('row', { name: /Tuần Châu/ });
    expect(within(row).getByText('11')).toBeInTheDocument();
    expect(await screen.findByText('5 câu lạc bộ, 15 thành viên đang sinh hoạt.')).toBeInTheDocument();
    const august = screen.getByRole('row', { name: /2026-08/ });
    expect(within(august).getByText('4/5')).toBeInTheDocument();
    expect(august).toHaveClass('row--overdue');
    expect(screen.getByText('Người có nguy cơ')).toBeInTheDocument();
  });
});
