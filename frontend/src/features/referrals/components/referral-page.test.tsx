import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID } from '@/testing/case-fixtures';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { BLUE_DRAGON, BLUE_DRAGON_ID, REFERRAL_ID, referral, referralStep, service } from '@/testing/referral-fixtures';
import { renderApp } from '@/testing/render-app';

type Referral = ReturnType<typeof referral>;

const ROUTE = `/referrals/${REFERRAL_ID}`;
const PATH = `/api/v1/referrals/${REFERRAL_ID}`;
const LAZY = { timeout: 10_000 };
const partner = () =>
  me(['partner'], {
    name: 'Hoàng Anh Dũng',
    organization: { id: BLUE_DRAGON_ID, nameVi: BLUE_DRAGON.nameVi, nameEn: BLUE_DRAGON.nameEn, kind: 'NGO' },
  });
const withEtag = (body: Referral) => json(body, { headers: { ETag: `"${body.version}"` } });
/** What the receiver sees of a sent referral. */
const incoming = (overrides: Partial<Referral> = {}) => referral({ side: 'RECEIVER', ...overrides });

/**
 * A referral on a stateful fake server: a step not allowed from the current status is 409, one
 * with a stale If-Match 412; otherwise it moves the status and answers the referral. `race`
 * changes the referral behind the reader's back, as the other side would.
 */
function server(start: Referral, roles: 'partner' | 'social-worker' = 'partner') {
  let state = start;
  const step =
    (from: Referral['status'][], status: Referral['status'], extra: Partial<Referral> = {}) =>
    async (request: Request) => {
      if (!from.includes(state.status)) {
        return problem(409, { code: 'referral.invalid-transition', title: 'Conflict', detail: `A referral that is ${state.status} cannot do that` });
      }
      if (request.headers.get('If-Match') !== `"${state.version}"`) return problem(412, { code: 'precondition.stale', title: 'Stale' });
      const body = await request.json();
      state = { ...state, ...extra, status, version: (state.version ?? 0) + 1 };
      if (status === 'DECLINED') state = { ...state, declineReason: body.reason };
      if (status === 'COMPLETED') state = { ...state, outcome: body.outcome, outcomeNote: body.note };
      return withEtag(state);
    };
  const network = mockFetch({
    'GET /api/v1/me': json(roles === 'partner' ? partner() : me(['social-worker'])),
    'GET /api/v1/referrals/:id': () => withEtag(state),
    'GET /api/v1/referrals/:id/comments': json({ items: [] }),
    'GET /api/v1/services/:id': json(service()),
    'GET /api/v1/referrals': json(page([])),
    'POST /api/v1/referrals/:id/accept': step(['SENT'], 'ACCEPTED', { answeredAt: '2026-03-03T10:00:00+07:00' }),
    'POST /api/v1/referrals/:id/decline': step(['SENT'], 'DECLINED'),
    'POST /api/v1/referrals/:id/start': step(['ACCEPTED'], 'IN_PROGRESS'),
    'POST /api/v1/referrals/:id/complete': step(['ACCEPTED', 'IN_PROGRESS'], 'COMPLETED', { completedAt: '2026-03-04T16:00:00+07:00' }),
  });
  return {
    network,
    race: (changes: Partial<Referral>) => {
      state = { ...state, ...changes, version: (state.version ?? 0) + 1 };
    },
  };
}

async function actionButtons() {
  const group = await screen.findByRole('group', { name: 'Thao tác với chuyển tuyến' }, LAZY);
  return within(group)
    .getAllByRole('button')
    .map((button) => button.textContent);
}

describe('referral page', { timeout: 30_000 }, () => {
  it.each([
    ['partner', 'RECEIVER', 'SENT', false, ['Chấp nhận', 'Từ chối']],
    ['partner', 'RECEIVER', 'ACCEPTED', false, ['Bắt đầu thực hiện', 'Hoàn thành']],
    ['partner', 'RECEIVER', 'IN_PROGRESS', false, ['Hoàn thành']],
    ['social-worker', 'RECEIVER', 'SENT', true, ['Chấp nhận', 'Từ chối']],
    ['social-worker', 'SENDER', 'DRAFT', false, ['Gửi chuyển tuyến', 'Hủy chuyển tuyến']],
    ['social-worker', 'SENDER', 'SENT', false, ['Hủy chuyển tuyến']],
    ['social-worker', 'SENDER', 'SENT', true, ['Nhắc trả lời', 'Hủy chuyển tuyến']],
    ['social-worker', 'SENDER', 'IN_PROGRESS', false, ['Hủy chuyển tuyến']],
  ] as const)('offers a %s on the %s side of a %s referral (overdue: %s) %j', async (role, side, status, overdue, expected) => {
    server(referral({ side, status, overdue }), role);
    renderApp({ route: ROUTE });
    expect(await actionButtons()).toEqual(expected);
  });

  it.each([
    ['partner', 'RECEIVER', 'DECLINED'],
    ['social-worker', 'SENDER', 'COMPLETED'],
    ['social-worker', 'SENDER', 'CANCELLED'],
    // A partner of the sending organization answers, never sends.
    ['partner', 'SENDER', 'DRAFT'],
  ] as const)('offers a %s on the %s side of a %s referral nothing', async (role, side, status) => {
    server(referral({ side, status }), role);
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Chuyển tuyến hồ sơ QN-2026-000123' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Thao tác với chuyển tuyến' })).not.toBeInTheDocument();
  });

  it("walks the receiver's path: accept, start, complete with the outcome, each with If-Match and its own Idempotency-Key", async () => {
    const { network } = server(incoming({ version: 2 }));
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Chấp nhận' }, LAZY));
    expect(await screen.findByText('Đã cập nhật chuyển tuyến. Trạng thái: Đã chấp nhận.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bắt đầu thực hiện' }));
    expect(await screen.findByText('Đã cập nhật chuyển tuyến. Trạng thái: Đang thực hiện.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hoàn thành' }));
    const dialog = screen.getByRole('dialog', { name: 'Hoàn thành chuyển tuyến' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận hoàn thành' }));
    expect(within(dialog).getByRole('group', { name: /Kết quả/ })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    await user.click(within(dialog).getByRole('radio', { name: 'Cung cấp một phần' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Ghi chú kết quả' }), 'Đã tư vấn');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận hoàn thành' }));

    expect(await screen.findByText('Đã cập nhật chuyển tuyến. Trạng thái: Đã hoàn thành.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Thao tác với chuyển tuyến' })).not.toBeInTheDocument();
    const outcome = screen.getByRole('region', { name: 'Kết quả chuyển tuyến' });
    expect(outcome).toHaveTextContent('Cung cấp một phần');
    expect(outcome).toHaveTextContent('Đã tư vấn');

    const posts = network.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => new URL(r.url).pathname)).toEqual([`${PATH}/accept`, `${PATH}/start`, `${PATH}/complete`]);
    expect(posts.map((r) => r.headers.get('If-Match'))).toEqual(['"2"', '"3"', '"4"']);
    const keys = posts.map((r) => r.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).toBe(3);
    expect(keys.every(Boolean)).toBe(true);
    expect(await posts[2]!.json()).toEqual({ outcome: 'PARTIALLY', note: 'Đã tư vấn' });
  });

  it('declines only with a reason', async () => {
    const { network } = server(incoming());
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Từ chối' }, LAZY));
    const dialog = screen.getByRole('dialog', { name: 'Từ chối chuyển tuyến' });
    const reason = within(dialog).getByRole('textbox', { name: 'Lý do' });
    expect(reason).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận từ chối' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Trường này là bắt buộc.'));
    expect(within(dialog).getByRole('link', { name: 'Lý do: Trường này là bắt buộc.' })).toBeInTheDocument();
    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận từ chối' }));
    expect(network.to('POST', `${PATH}/decline`)).toHaveLength(0);

    await user.type(reason, 'Hết chỗ');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận từ chối' }));
    expect(await screen.findByText('Đã cập nhật chuyển tuyến. Trạng thái: Đã từ chối.')).toBeInTheDocument();
    expect(await network.to('POST', `${PATH}/decline`)[0]!.json()).toEqual({ reason: 'Hết chỗ' });
    expect(screen.getByText('Lý do từ chối', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Hết chỗ');
  });

  it('explains that the other side acted first (409), reloads, and offers what is possible now', async () => {
    const { race } = server(incoming());
    const { user } = renderApp({ route: ROUTE });
    const accept = await screen.findByRole('button', { name: 'Chấp nhận' }, LAZY);
    // The sender cancels while the receiver reads.
    race({ status: 'CANCELLED', cancelReason: 'Người được tiếp nhận đã về nhà' });
    await user.click(accept);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không thể thực hiện thao tác này ở trạng thái hiện tại của chuyển tuyến: có thể bên kia vừa thao tác trước bạn.');
    expect(alert).toHaveTextContent('Đã tải lại chuyển tuyến. Trạng thái hiện tại: Đã hủy.');
    expect(screen.getByText('Đã hủy', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Thao tác với chuyển tuyến' })).not.toBeInTheDocument();
    expect(screen.getByText('Người được tiếp nhận đã về nhà')).toBeInTheDocument();
  });

  it('closes a dialog whose step another side made impossible, and says so on the page', async () => {
    const { race } = server(incoming({ status: 'IN_PROGRESS' }));
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Hoàn thành' }, LAZY));
    const dialog = screen.getByRole('dialog', { name: 'Hoàn thành chuyển tuyến' });
    await user.click(within(dialog).getByRole('radio', { name: 'Đã cung cấp dịch vụ' }));
    race({ status: 'CANCELLED' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận hoàn thành' }));

    // 409: the referral is read again, and completing is no longer possible.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không thể thực hiện thao tác này ở trạng thái hiện tại của chuyển tuyến');
    expect(alert).toHaveTextContent('Đã tải lại chuyển tuyến. Trạng thái hiện tại: Đã hủy.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hoàn thành' })).not.toBeInTheDocument();
  });

  it('keeps a dialog whose step is still possible after a 412, and sends again with the version reloaded', async () => {
    const { network, race } = server(incoming({ version: 2 }));
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Từ chối' }, LAZY));
    const dialog = screen.getByRole('dialog', { name: 'Từ chối chuyển tuyến' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do' }), 'Hết chỗ');
    // A comment from the sender changed the version, not the status.
    race({});
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận từ chối' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Người khác vừa thay đổi bản ghi này.');
    expect(alert).toHaveTextContent('Đã tải lại chuyển tuyến. Trạng thái hiện tại: Đã gửi.');
    expect(within(dialog).getByRole('textbox', { name: 'Lý do' })).toHaveValue('Hết chỗ');

    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận từ chối' }));
    expect(await screen.findByText('Đã cập nhật chuyển tuyến. Trạng thái: Đã từ chối.')).toBeInTheDocument();
    const posts = network.to('POST', `${PATH}/decline`);
    expect(posts.map((r) => r.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(posts[0]!.headers.get('Idempotency-Key')).not.toBe(posts[1]!.headers.get('Idempotency-Key'));
  });

  it('shows the receiver the shared groups and says plainly which are not shared', async () => {
    server(incoming());
    renderApp({ route: ROUTE });
    const shared = await screen.findByRole('region', { name: 'Thông tin hồ sơ được chia sẻ với bạn' }, LAZY);
    const identity = within(shared).getByRole('region', { name: 'Nhân thân' });
    expect(identity).toHaveTextContent('Trần Thị Mai');
    expect(identity).toHaveTextContent('Nữ');
    expect(within(shared).getByRole('region', { name: 'Thông tin liên lạc' })).toHaveTextContent('0912 345 678');
    expect(within(shared).queryByRole('region', { name: 'Sức khỏe' })).not.toBeInTheDocument();
    expect(within(shared).getByText('Không được chia sẻ: Sức khỏe, Diễn biến sự việc.')).toBeInTheDocument();
    // The facts: sender, service from the directory, reason; no link into the sender's case for a partner.
    expect(await screen.findByText('Trợ giúp pháp lý cho nạn nhân')).toBeInTheDocument();
    expect(screen.getByText('Cần luật sư đồng hành khi làm việc với cơ quan điều tra.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Mở hồ sơ/ })).not.toBeInTheDocument();
  });

  it('shows each person with their own groups: the consenting child, not the mother, and an override with its end', async () => {
    server(
      incoming({
        override: {
          reason: 'Kẻ buôn người đang tìm hai mẹ con.',
          byName: 'Trần Văn Giám',
          startedAt: '2026-03-03T09:00:00+07:00',
          endsAt: '2026-03-06T09:00:00+07:00',
          active: true,
          endedByWithdrawal: false,
        },
        sharedCase: {
          caseId: CASE_ID,
          caseNumber: 'QN-2026-000123',
          category: 'PRESUMED_VICTIM',
          status: 'SUPPORTING',
          fieldGroups: ['IDENTITY'],
          persons: [
            {
              personId: '00000000-0000-4000-c000-000000000102',
              role: 'ACCOMPANYING_CHILD',
              basis: 'OVERRIDE',
              fieldGroups: ['IDENTITY'],
              fullName: 'Trần Văn Bin',
              sex: 'MALE',
              estimatedAge: 6,
            },
          ],
        },
      }),
    );
    renderApp({ route: ROUTE });
    const shared = await screen.findByRole('region', { name: 'Thông tin hồ sơ được chia sẻ với bạn' }, LAZY);
    const child = within(shared).getByRole('region', { name: /Trẻ em đi cùng/ });
    expect(child).toHaveTextContent('Trần Văn Bin');
    expect(child).toHaveTextContent('Chia sẻ khẩn cấp');
    expect(within(shared).queryByRole('region', { name: /^Người được hỗ trợ/ })).not.toBeInTheDocument();
    expect(within(child).getByText('Không được chia sẻ: Thông tin liên lạc, Sức khỏe.')).toBeInTheDocument();
    const override = screen.getByRole('region', { name: /Đang chia sẻ khẩn cấp vượt quá sự đồng ý, đến/ });
    expect(override).toHaveTextContent('Trần Văn Giám');
    expect(override).toHaveTextContent('Kẻ buôn người đang tìm hai mẹ con.');
  });

  it('shows the sender a completed referral with its outcome, and nothing personal shared any more', async () => {
    server(
      referral({
        status: 'COMPLETED',
        outcome: 'SERVICE_PROVIDED',
        outcomeNote: 'Luật sư đã đồng hành tại buổi lấy lời khai.',
        completedAt: '2026-03-04T16:00:00+07:00',
        sharedCase: { caseId: CASE_ID, caseNumber: 'QN-2026-000123', category: 'PRESUMED_VICTIM', status: 'SUPPORTING', fieldGroups: [], persons: [] },
        history: [
          referralStep(),
          referralStep({ id: 2, type: 'SENT', status: 'SENT' }),
          referralStep({ id: 3, type: 'ACCEPTED', status: 'ACCEPTED', actorName: 'Hoàng Anh Dũng', actorOrganizationId: BLUE_DRAGON_ID }),
          referralStep({ id: 4, type: 'COMMENTED', status: 'ACCEPTED', note: 'Hẹn thứ Hai' }),
          referralStep({ id: 5, type: 'COMPLETED', status: 'COMPLETED', actorName: 'Hoàng Anh Dũng', actorOrganizationId: BLUE_DRAGON_ID }),
        ],
      }),
      'social-worker',
    );
    renderApp({ route: ROUTE });
    const outcome = await screen.findByRole('region', { name: 'Kết quả chuyển tuyến' }, LAZY);
    expect(outcome).toHaveAttribute('data-outcome', 'SERVICE_PROVIDED');
    expect(outcome).toHaveTextContent('Đã cung cấp dịch vụ');
    expect(outcome).toHaveTextContent('Luật sư đã đồng hành tại buổi lấy lời khai.');
    expect(screen.getByText('Đã hoàn thành', { selector: '.badge' })).toHaveAttribute('data-status', 'COMPLETED');
    expect(screen.getByText('Chuyển tuyến đã kết thúc nên thông tin cá nhân của hồ sơ không còn được chia sẻ.')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Diễn biến' });
    expect(within(history).getAllByRole('listitem').map((item) => item.getAttribute('data-step'))).toEqual([
      'CREATED',
      'SENT',
      'ACCEPTED',
      'COMPLETED',
    ]);
    expect(within(history).getAllByRole('listitem')[2]).toHaveTextContent(`Hoàng Anh Dũng, ${BLUE_DRAGON.nameVi}`);
    expect(screen.getByRole('link', { name: 'Mở hồ sơ QN-2026-000123' })).toHaveAttribute('href', `/cases/${CASE_ID}?tab=referrals`);
  });

  it('adds a comment, once per submission', async () => {
    let comments: object[] = [];
    const network = mockFetch({
      'GET /api/v1/me': json(partner()),
      'GET /api/v1/referrals/:id': withEtag(incoming()),
      'GET /api/v1/services/:id': json(service()),
      'GET /api/v1/referrals/:id/comments': () => json({ items: comments }),
      'POST /api/v1/referrals/:id/comments': async (request) => {
        const { text } = await request.json();
        comments = [...comments, referralStep({ id: 9, type: 'COMMENTED', note: text, actorName: 'Hoàng Anh Dũng', actorOrganizationId: BLUE_DRAGON_ID })];
        return json(comments.at(-1), { status: 201 });
      },
    });
    const { user } = renderApp({ route: ROUTE });
    expect(await screen.findByText('Chưa có bình luận nào.', {}, LAZY)).toBeInTheDocument();
    const text = screen.getByRole('textbox', { name: 'Nội dung bình luận' });
    await user.click(screen.getByRole('button', { name: 'Gửi bình luận' }));
    expect(text).toHaveAccessibleDescription(expect.stringContaining('Trường này là bắt buộc.'));
    await user.type(text, 'Xin số điện thoại người giám hộ');
    await user.click(screen.getByRole('button', { name: 'Gửi bình luận' }));
    expect(await screen.findByText('Xin số điện thoại người giám hộ')).toBeInTheDocument();
    expect(screen.getByText('Đã gửi bình luận.')).toBeInTheDocument();
    expect(text).toHaveValue('');
    await waitFor(() => expect(network.to('GET', PATH)).toHaveLength(2));

    // The same words again are a second comment, with a key of their own.
    await user.type(text, 'Xin số điện thoại người giám hộ');
    await user.click(screen.getByRole('button', { name: 'Gửi bình luận' }));
    await waitFor(() => expect(screen.getAllByText('Xin số điện thoại người giám hộ')).toHaveLength(2));
    const keys = network.to('POST', `${PATH}/comments`).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toBeTruthy();
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('says when the referral is not found', async () => {
    mockFetch({ 'GET /api/v1/me': json(partner()) });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('alert', {}, LAZY)).toHaveTextContent('Không tìm thấy bản ghi.');
    expect(screen.getByRole('link', { name: 'Về danh sách chuyển tuyến' })).toHaveAttribute('href', '/referrals');
  });
});
