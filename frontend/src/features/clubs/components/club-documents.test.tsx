import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const CLUB = '00000000-0000-4000-a000-000000000008';
const MEETING = '11111111-2222-4333-8444-555555555555';
const ROUTE = `/clubs/${CLUB}/meetings/${MEETING}/attendance`;
const DOCUMENTS = `/api/v1/clubs/${CLUB}/documents`;

function meeting(actions: string[]) {
  return {
    id: MEETING,
    clubId: CLUB,
    meetingDate: '2026-12-01',
    status: 'HELD',
    topics: [],
    attendance: { present: 0, late: 0, excused: 0, absent: 0 },
    guestsTotal: 0,
    guests: [],
    members: [],
    actions,
    version: 1,
  };
}

const SLIDES = {
  id: 'd-1',
  clubId: CLUB,
  meetingId: MEETING,
  kind: 'MEETING_MATERIAL',
  fileName: 'di-cu-an-toan.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 2048,
  uploadedByName: 'Vũ Thị Mai',
  createdAt: '2026-12-01T09:00:00+07:00',
  actions: ['DOWNLOAD', 'REMOVE'],
};

function setup(actions: string[]) {
  const stored = [SLIDES];
  return mockFetch({
    'GET /api/v1/me': json(me(['club-coordinator'])),
    [`GET /api/v1/clubs/${CLUB}/meetings/${MEETING}`]: json(meeting(actions)),
    [`GET ${DOCUMENTS}`]: () => json({ items: stored }),
    [`POST ${DOCUMENTS}`]: () => {
      const created = { ...SLIDES, id: 'd-2', fileName: 'danh sach.png', mediaType: 'image/png' };
      stored.unshift(created);
      return json(created, { status: 201 });
    },
  });
}

describe("a meeting's materials", { timeout: 20_000 }, () => {
  it('lists them and uploads a new file as the body, with its type, the meeting and its name in a header', async () => {
    const network = setup(['EDIT', 'RECORD_ATTENDANCE', 'ADD_MATERIAL']);
    const { user } = renderApp({ route: ROUTE });
    expect(await screen.findByText('di-cu-an-toan.pdf')).toBeInTheDocument();
    expect(new URL(network.to('GET', DOCUMENTS)[0]!.url).searchParams.get('meetingId')).toBe(MEETING);

    await user.upload(screen.getByLabelText('Thêm tệp (PDF, JPEG hoặc PNG)'), new File(['\u0089PNG'], 'danh sach.png', { type: 'image/png' }));

    expect(await screen.findByText('Đã lưu danh sach.png.')).toBeInTheDocument();
    const [request] = network.to('POST', DOCUMENTS);
    const url = new URL(request!.url);
    expect(url.searchParams.get('kind')).toBe('MEETING_MATERIAL');
    expect(url.searchParams.get('meetingId')).toBe(MEETING);
    expect(decodeURIComponent(request!.headers.get('SafeReturn-File-Name')!)).toBe('danh sach.png');
    expect(request!.headers.get('Content-Type')).toBe('image/png');
    expect(await screen.findByText('danh sach.png')).toBeInTheDocument();
  });

  it('refuses a file over the limit before sending it', async () => {
    const network = setup(['EDIT', 'ADD_MATERIAL']);
    const { user } = renderApp({ route: ROUTE });
    await screen.findByText('di-cu-an-toan.pdf');
    await user.upload(
      screen.getByLabelText('Thêm tệp (PDF, JPEG hoặc PNG)'),
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'lon.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp lớn hơn 10 MB.');
    expect(network.to('POST', DOCUMENTS)).toHaveLength(0);
  });

  it('offers no upload when the meeting does not allow it', async () => {
    setup([]);
    renderApp({ route: ROUTE });
    expect(await screen.findByText('di-cu-an-toan.pdf')).toBeInTheDocument();
    expect(screen.queryByLabelText('Thêm tệp (PDF, JPEG hoặc PNG)')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xoá' })).toBeInTheDocument();
  });
});
