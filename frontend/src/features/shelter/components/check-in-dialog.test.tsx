import { fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CASE_ID, CHILD_ID, PERSON_ID, caseSummary, caseView } from '@/testing/case-fixtures';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { OTHER_CASE_ID, ROOM_2, occupancy } from '@/testing/shelter-fixtures';

const STAYS = '/api/v1/shelter/stays';
const OCCUPANCY = '/api/v1/shelter/occupancy';
const withChild = caseView({
  accompanyingChildren: [
    {
      id: CHILD_ID,
      fullName: 'Trần Minh An',
      sex: 'MALE',
      birthDate: '2022-05-01',
      otherNames: [],
      stateless: false,
      idDocumentType: 'NONE',
      languages: [],
    },
  ],
});
const closedCase = caseSummary({ id: OTHER_CASE_ID, caseNumber: 'QN-2025-000042', personName: 'Trần Thị Mai', status: 'CLOSED' });

function setup(checkIn: (request: Request) => Response | Promise<Response> = async (request) => {
  const body = await request.json();
  const personName = body.personId === CHILD_ID ? 'Trần Minh An' : 'Trần Thị Mai';
  return json({ id: 'stay-new', ...body, roomName: 'Phòng 2', personName, current: true }, { status: 201 });
}) {
  return mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(page([])),
    [`GET ${OCCUPANCY}`]: json(occupancy()),
    'POST /api/v1/cases/search': json(page([caseSummary({ status: 'SUPPORTING' }), closedCase])),
    'GET /api/v1/cases/:id': json(withChild, { headers: { ETag: '"4"' } }),
    [`POST ${STAYS}`]: checkIn,
  });
}

async function openDialog(user: UserEvent, from = 'Tiếp nhận vào phòng') {
  await screen.findByRole('article', { name: 'Phòng 1' });
  await user.click(screen.getByRole('button', { name: from }));
  return screen.getByRole('dialog', { name: 'Tiếp nhận vào phòng tạm lánh' });
}

async function findCase(user: UserEvent, dialog: HTMLElement, option = 'QN-2026-000123 – Trần Thị Mai (Đang hỗ trợ)') {
  await user.type(within(dialog).getByRole('searchbox', { name: /Tìm hồ sơ/ }), 'Mai{Enter}');
  await user.click(await within(dialog).findByRole('radio', { name: option }));
}

describe('check-in', { timeout: 20_000 }, () => {
  it('finds the case, takes its accompanying child into a room with free places and sends the check-in once', async () => {
    const network = setup();
    const { user } = renderApp({ route: '/shelter' });
    const dialog = await openDialog(user);

    await findCase(user, dialog);
    const sent = (await network.to('POST', '/api/v1/cases/search')[0]!.clone().json()) as Record<string, unknown>;
    const search = new Map(Object.entries(sent).map(([k, v]) => [k, String(v)]));
    expect(search.get('q')).toBe('Mai');
    expect(search.get('view')).toBe('organization');

    // The person of the case is chosen first; the worker picks the child instead.
    expect(await within(dialog).findByRole('radio', { name: 'Trần Thị Mai' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Trần Minh An (trẻ đi cùng)' }));

    // Only the active room with free places is offered: not the full one, not the closed one.
    const roomSelect = within(dialog).getByRole('combobox', { name: /Phòng/ });
    expect(within(roomSelect).getAllByRole('option').map((o) => o.textContent)).toEqual(['— Chọn phòng —', 'Phòng 2 (còn 3 chỗ)']);
    await user.selectOptions(roomSelect, 'Phòng 2 (còn 3 chỗ)');
    fireEvent.change(within(dialog).getByLabelText('Dự kiến rời phòng'), { target: { value: '2099-06-30T09:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận' }));

    expect(await screen.findByText('Đã tiếp nhận Trần Minh An vào Phòng 2.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const posts = network.to('POST', STAYS);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await posts[0]!.json();
    expect(body).toEqual({
      roomId: ROOM_2,
      caseId: CASE_ID,
      personId: CHILD_ID,
      checkedInAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/),
      expectedCheckOutAt: expect.stringMatching(/^2099-06-30T09:00:00[+-]\d{2}:\d{2}$/),
    });
    expect(new Date(body.checkedInAt).getTime()).toBeLessThanOrEqual(Date.now());
    // The board is read again to show the new stay.
    expect(network.to('GET', OCCUPANCY).length).toBeGreaterThan(1);
  });

  it('starts from the room of the card and checks the person of the case in', async () => {
    const network = setup();
    const { user } = renderApp({ route: '/shelter' });
    const dialog = await openDialog(user, 'Tiếp nhận vào Phòng 2');
    expect(within(dialog).getByRole('combobox', { name: /Phòng/ })).toHaveValue(ROOM_2);
    await findCase(user, dialog);
    await within(dialog).findByRole('radio', { name: 'Trần Thị Mai' });
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận' }));
    expect(await screen.findByText('Đã tiếp nhận Trần Thị Mai vào Phòng 2.')).toBeInTheDocument();
    const body = await network.to('POST', STAYS)[0]!.json();
    expect(body).toMatchObject({ roomId: ROOM_2, caseId: CASE_ID, personId: PERSON_ID });
    expect(body).not.toHaveProperty('expectedCheckOutAt');
  });

  it('asks for the case and the room, refuses a closed case, a future check-in and an expected check-out before it', async () => {
    const network = setup();
    const { user } = renderApp({ route: '/shelter' });
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận' }));
    expect(within(dialog).getByRole('searchbox', { name: /Tìm hồ sơ/ })).toHaveAccessibleDescription(
      expect.stringContaining('Hãy tìm rồi chọn một hồ sơ.'),
    );
    expect(within(dialog).getByRole('combobox', { name: /Phòng/ })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    const summary = within(dialog).getByText('Hãy sửa các trường sau:').parentElement!;
    expect(within(summary).getByRole('link', { name: 'Hồ sơ: Hãy tìm rồi chọn một hồ sơ.' })).toHaveAttribute('href', '#check-in-caseId');

    await findCase(user, dialog, 'QN-2025-000042 – Trần Thị Mai (Đã đóng)');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Phòng/ }), ROOM_2);
    fireEvent.change(within(dialog).getByLabelText(/Thời điểm vào phòng/), { target: { value: '2099-01-01T08:00' } });
    fireEvent.change(within(dialog).getByLabelText('Dự kiến rời phòng'), { target: { value: '2098-12-31T08:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận' }));

    expect(within(dialog).getByRole('searchbox', { name: /Tìm hồ sơ/ })).toHaveAccessibleDescription(
      expect.stringContaining('Hồ sơ này đã đóng. Hãy mở lại hồ sơ trước khi tiếp nhận vào phòng.'),
    );
    expect(within(dialog).getByLabelText(/Thời điểm vào phòng/)).toHaveAccessibleDescription('Không được là thời điểm trong tương lai.');
    expect(within(dialog).getByLabelText('Dự kiến rời phòng')).toHaveAccessibleDescription(
      expect.stringContaining('Phải sau thời điểm vào phòng.'),
    );
    expect(network.to('POST', STAYS)).toHaveLength(0);
  });

  it.each([
    ['shelter.full', 'Phòng đã hết chỗ. Hãy chọn phòng khác còn chỗ trống, hoặc cho một người rời phòng trước.'],
    [
      'shelter.already-staying',
      'Người này đang lưu trú ở một phòng tạm lánh. Hãy cho người đó rời phòng hiện tại trước khi tiếp nhận lại.',
    ],
    ['shelter.case-closed', 'Hồ sơ đã đóng. Hãy mở lại hồ sơ trước khi tiếp nhận người vào phòng.'],
    ['shelter.room-closed', 'Phòng này đã đóng nên không tiếp nhận người vào. Hãy chọn phòng khác.'],
  ])('explains the conflict %s and reads the board again', async (code, message) => {
    const network = setup(() => problem(409, { code, title: 'Conflict', detail: 'Shelter room Phòng 2 is full: 3 of 3 places are taken' }));
    const { user } = renderApp({ route: '/shelter' });
    const dialog = await openDialog(user, 'Tiếp nhận vào Phòng 2');
    await findCase(user, dialog);
    await within(dialog).findByRole('radio', { name: 'Trần Thị Mai' });
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(network.to('POST', STAYS)).toHaveLength(1);
    expect(network.to('GET', OCCUPANCY)).toHaveLength(2);
  });

  it('puts the server\'s field errors beside the fields', async () => {
    setup(() =>
      problem(422, {
        code: 'validation.failed',
        title: 'The request is not valid',
        errors: [{ field: 'checkedInAt', message: 'must not be in the future' }],
      }),
    );
    const { user } = renderApp({ route: '/shelter' });
    const dialog = await openDialog(user, 'Tiếp nhận vào Phòng 2');
    await findCase(user, dialog);
    await within(dialog).findByRole('radio', { name: 'Trần Thị Mai' });
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận' }));
    expect(await within(dialog).findByLabelText(/Thời điểm vào phòng/)).toHaveAccessibleDescription('must not be in the future');
  });

  it('says when no case matches', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      [`GET ${OCCUPANCY}`]: json(occupancy()),
      'POST /api/v1/cases/search': json(page([])),
    });
    const { user } = renderApp({ route: '/shelter' });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('searchbox', { name: /Tìm hồ sơ/ }), 'Không có');
    await user.click(within(dialog).getByRole('button', { name: 'Tìm' }));
    expect(await within(dialog).findByText('Không tìm thấy hồ sơ nào khớp với “Không có”.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
  });
});
