import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { STAY_ID, daysFromNow, occupancy, stay } from '@/testing/shelter-fixtures';

const CHECK_OUT = `/api/v1/shelter/stays/${STAY_ID}/check-out`;
const OCCUPANCY = '/api/v1/shelter/occupancy';

function setup(checkOut: (request: Request) => Response | Promise<Response>) {
  return mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(page([])),
    [`GET ${OCCUPANCY}`]: json(occupancy()),
    'POST /api/v1/shelter/stays/:id/check-out': checkOut,
  });
}

describe('check-out', { timeout: 20_000 }, () => {
  it('requires a reason, then ends the stay with the time and the reason', async () => {
    const network = setup(async (request) => {
      const body = await request.json();
      return json(stay({ ...body, current: false, checkOutReason: body.reason }));
    });
    const { user } = renderApp({ route: '/shelter' });
    await user.click(await screen.findByRole('button', { name: 'Cho Trần Thị Mai rời phòng' }));
    const dialog = screen.getByRole('dialog', { name: 'Cho Trần Thị Mai rời phòng' });
    expect(within(dialog).getByText(/Phòng 1, vào phòng lúc/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rời phòng' }));
    const reason = within(dialog).getByRole('textbox', { name: /Lý do rời phòng/ });
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Trường này là bắt buộc.'));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('link', { name: 'Lý do rời phòng: Trường này là bắt buộc.' })).toBeInTheDocument();
    expect(network.to('POST', CHECK_OUT)).toHaveLength(0);

    // Blanks are no reason.
    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rời phòng' }));
    expect(network.to('POST', CHECK_OUT)).toHaveLength(0);

    await user.type(reason, 'Bàn giao cho gia đình');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rời phòng' }));

    expect(await screen.findByText('Đã ghi nhận Trần Thị Mai rời Phòng 1.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const body = await network.to('POST', CHECK_OUT)[0]!.json();
    expect(body).toEqual({
      checkedOutAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/),
      reason: 'Bàn giao cho gia đình',
    });
  });

  it('refuses a check-out time before the check-in or in the future', async () => {
    const network = setup(() => json(stay()));
    const { user } = renderApp({ route: '/shelter' });
    await user.click(await screen.findByRole('button', { name: 'Cho Trần Thị Mai rời phòng' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do rời phòng/ }), 'Chuyển cơ sở khác');
    const time = within(dialog).getByLabelText(/Thời điểm rời phòng/);

    // The fixture checked her in five days ago.
    const before = new Date(daysFromNow(-6));
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T08:00`;
    fireEvent.change(time, { target: { value: local(before) } });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rời phòng' }));
    expect(time).toHaveAccessibleDescription(expect.stringMatching(/^Không được trước thời điểm vào phòng \(.+\)\.$/));

    fireEvent.change(time, { target: { value: '2099-01-01T08:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rời phòng' }));
    expect(time).toHaveAccessibleDescription('Không được là thời điểm trong tương lai.');
    expect(network.to('POST', CHECK_OUT)).toHaveLength(0);
  });

  it('explains that someone else ended the stay already, and reads the board again', async () => {
    const network = setup(() => problem(409, { code: 'shelter.already-checked-out', title: 'Conflict' }));
    const { user } = renderApp({ route: '/shelter' });
    await user.click(await screen.findByRole('button', { name: 'Cho Trần Thị Mai rời phòng' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do rời phòng/ }), 'Về với gia đình');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rời phòng' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Lượt lưu trú này đã kết thúc, có thể người khác vừa ghi nhận. Bảng phòng sẽ được tải lại.',
    );
    expect(network.to('GET', OCCUPANCY)).toHaveLength(2);
  });
});
