import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BORDER_GUARD_ID, CASE_ID, caseView, timelineEvent } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = `/cases/${CASE_ID}`;
const CASE_PATH = `/api/v1/cases/${CASE_ID}`;
const organizations = json(
  page([
    organization(),
    organization({ id: BORDER_GUARD_ID, nameVi: 'Đồn Biên phòng cửa khẩu quốc tế Móng Cái', nameEn: undefined, kind: 'BORDER_GUARD' }),
  ]),
);
const withEtag = (body: ReturnType<typeof caseView>) => json(body, { headers: { ETag: `"${body.version}"` } });

async function actionButtons() {
  const group = await screen.findByRole('group', { name: 'Thao tác với hồ sơ' });
  return within(group)
    .getAllByRole('button')
    .map((button) => button.textContent);
}

describe('case page', { timeout: 20_000 }, () => {
  it.each([
    [['social-worker'], 'OPEN', ['Bắt đầu xác minh']],
    [['social-worker'], 'UNDER_VERIFICATION', ['Ghi nhận kết quả xác định', 'Không xác định là nạn nhân']],
    [['social-worker'], 'SUPPORTING', ['Bàn giao']],
    [['social-worker'], 'HANDED_OVER', ['Theo dõi sau bàn giao']],
    [['supervisor'], 'OPEN', ['Bắt đầu xác minh', 'Đóng hồ sơ']],
    [['supervisor'], 'CLOSED', ['Mở lại hồ sơ']],
  ] as const)('offers %s the legal next steps from %s', async (roles, status, expected) => {
    mockFetch({
      'GET /api/v1/me': json(me([...roles])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': withEtag(caseView({ status })),
    });
    renderApp({ route: ROUTE });
    expect(await actionButtons()).toEqual(expected);
  });

  it('offers a social worker nothing on a closed case', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': withEtag(caseView({ status: 'CLOSED' })),
    });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'QN-2026-000123' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Thao tác với hồ sơ' })).not.toBeInTheDocument();
  });

  it('shows the header: number, person, status, category and the verification due time or overdue flag', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': withEtag(caseView({ status: 'UNDER_VERIFICATION', verificationOverdue: true })),
    });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'QN-2026-000123' })).toBeInTheDocument();
    expect(screen.getByText('Trần Thị Mai', { selector: '.page-header__subtitle' })).toBeInTheDocument();
    const facts = screen.getByText('Hạn xác minh', { selector: 'dt' }).closest('dl')!;
    expect(within(facts).getByText('Đang xác minh')).toBeInTheDocument();
    expect(within(facts).getByText('Người đang trong quá trình xác định là nạn nhân')).toBeInTheDocument();
    expect(within(facts).getByText('Quá hạn xác minh')).toHaveClass('badge--overdue');
    expect(within(facts).getByText((_, node) => node?.getAttribute('datetime') === '2026-03-05T09:15:00+07:00')).toBeInTheDocument();
    // The overview names the handing-over organization and shows the narrative to a social worker.
    expect(await screen.findByText('Đồn Biên phòng cửa khẩu quốc tế Móng Cái')).toBeInTheDocument();
    expect(screen.getByText(/Được Đồn Biên phòng Móng Cái bàn giao/)).toBeInTheDocument();
  });

  it('starts verification with the case version in If-Match and shows the new status', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': withEtag(caseView({ status: 'OPEN', version: 4 })),
      'POST /api/v1/cases/:id/verify': withEtag(caseView({ status: 'UNDER_VERIFICATION', version: 5 })),
    });
    const { user } = renderApp({ route: ROUTE });
    const open = await screen.findByRole('button', { name: 'Bắt đầu xác minh' });

    // Escape closes the dialog and gives focus back to the button that opened it.
    await user.click(open);
    expect(screen.getByRole('dialog', { name: 'Bắt đầu xác minh' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();

    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Bắt đầu xác minh' });
    expect(dialog).toHaveTextContent('phải xong trong 3 ngày');
    const note = within(dialog).getByRole('textbox', { name: 'Ghi chú' });
    expect(note).toHaveFocus();
    await user.type(note, 'Đã gửi công an tỉnh');
    await user.click(within(dialog).getByRole('button', { name: 'Bắt đầu xác minh' }));

    expect(await screen.findByText('Đã cập nhật hồ sơ. Trạng thái: Đang xác minh.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await actionButtons()).toEqual(['Ghi nhận kết quả xác định', 'Không xác định là nạn nhân']);
    const [request] = network.to('POST', `${CASE_PATH}/verify`);
    expect(request!.headers.get('If-Match')).toBe('"4"');
    expect(await request!.json()).toEqual({ note: 'Đã gửi công an tỉnh' });
  });

  it('explains a 409 invalid transition and, after reloading, offers what the case allows now', async () => {
    let status: 'OPEN' | 'UNDER_VERIFICATION' = 'OPEN';
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': () => withEtag(caseView({ status, version: status === 'OPEN' ? 4 : 5 })),
      'POST /api/v1/cases/:id/verify': () => {
        status = 'UNDER_VERIFICATION';
        return problem(409, { code: 'case.invalid-transition', title: 'Conflict', detail: 'UNDER_VERIFICATION -> UNDER_VERIFICATION' });
      },
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Bắt đầu xác minh' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Bắt đầu xác minh' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.');
    await user.click(within(alert).getByRole('button', { name: 'Tải lại hồ sơ' }));

    expect(await screen.findByRole('button', { name: 'Ghi nhận kết quả xác định' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bắt đầu xác minh' })).not.toBeInTheDocument();
  });

  it('explains a 412 and retries with the version reloaded', async () => {
    let version = 4;
    const network = mockFetch({
      'GET /api/v1/me': json(me(['supervisor'])),
      'GET /api/v1/organizations': organizations,
      // Someone else took the case over: that is what changed its version.
      'GET /api/v1/cases/:id': () =>
        withEtag(
          caseView({
            status: 'SUPPORTING',
            version,
            assignedTo: { subject: 's2', name: version === 4 ? 'Nguyễn Thị Lan' : 'Phạm Thị Hương' },
          }),
        ),
      'POST /api/v1/cases/:id/close': (request) =>
        request.headers.get('If-Match') === '"5"'
          ? withEtag(caseView({ status: 'CLOSED', version: 6 }))
          : problem(412, { code: 'precondition.stale', title: 'Stale' }),
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Đóng hồ sơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Đóng hồ sơ' });

    // Closing takes a reason.
    await user.click(within(dialog).getByRole('button', { name: 'Đóng hồ sơ' }));
    expect(within(dialog).getByRole('textbox', { name: 'Lý do' })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(network.to('POST', `${CASE_PATH}/close`)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do' }), 'Đã tái hòa nhập ổn định');
    version = 5;
    await user.click(within(dialog).getByRole('button', { name: 'Đóng hồ sơ' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Người khác vừa thay đổi bản ghi này');
    await user.click(within(alert).getByRole('button', { name: 'Tải lại hồ sơ' }));
    // The dialog stays, with what was typed, for a second try against the fresh version.
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    expect(within(dialog).getByRole('textbox', { name: 'Lý do' })).toHaveValue('Đã tái hòa nhập ổn định');
    expect(await screen.findByText('Phạm Thị Hương')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Đóng hồ sơ' }));

    expect(await screen.findByText('Đã cập nhật hồ sơ. Trạng thái: Đã đóng.')).toBeInTheDocument();
    expect(network.to('POST', `${CASE_PATH}/close`).map((r) => r.headers.get('If-Match'))).toEqual(['"4"', '"5"']);
  });

  it('records an identification with the deciding authority and the CTDC variables', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': withEtag(caseView({ status: 'UNDER_VERIFICATION', version: 7 })),
      'POST /api/v1/cases/:id/identify': withEtag(caseView({ status: 'IDENTIFIED', version: 8 })),
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận kết quả xác định' }));
    const dialog = screen.getByRole('dialog', { name: 'Ghi nhận kết quả xác định' });
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận kết quả xác định' }));
    expect(within(dialog).getByRole('group', { name: /Kết quả/ })).toHaveAccessibleDescription(/Trường này là bắt buộc\./);

    await within(dialog).findByRole('option', { name: 'Đồn Biên phòng cửa khẩu quốc tế Móng Cái' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Cơ quan ra quyết định/ }), 'Đồn Biên phòng cửa khẩu quốc tế Móng Cái');
    await user.type(within(dialog).getByRole('textbox', { name: 'Số văn bản' }), '12/QĐ-BP');
    await user.click(within(dialog).getByRole('radio', { name: 'Là nạn nhân' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cưỡng ép kết hôn' }));
    // The types of labour are asked only once forced labour is ticked, and not sent once it is unticked.
    expect(within(dialog).queryByRole('group', { name: 'Loại hình lao động bị bóc lột' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cưỡng bức lao động' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Xây dựng' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Bóc lột tình dục' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Mại dâm' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cưỡng bức lao động' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Giữ giấy tờ tùy thân' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Nước nơi bị bóc lột' }), 'Trung Quốc');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Quan hệ với người tuyển mộ' }), 'Bạn bè');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận kết quả xác định' }));

    expect(await screen.findByText('Đã cập nhật hồ sơ. Trạng thái: Đã xác định là nạn nhân.')).toBeInTheDocument();
    const [request] = network.to('POST', `${CASE_PATH}/identify`);
    expect(request!.headers.get('If-Match')).toBe('"7"');
    expect(await request!.json()).toMatchObject({
      decidingOrganizationId: BORDER_GUARD_ID,
      decisionDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      documentNumber: '12/QĐ-BP',
      result: 'VICTIM',
      forms: ['FORCED_MARRIAGE', 'SEXUAL'],
      labourTypes: [],
      sexualExploitationTypes: ['PROSTITUTION'],
      meansOfControl: ['WITHHOLDS_DOCUMENTS'],
      countryOfExploitation: 'CN',
      recruiterRelation: 'FRIEND',
    });
  });

  it('shows a hotline operator the brief only: no person, narrative, actions or tabs, and never asks for the full case', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['hotline-operator'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/case-briefs/:id': json({
        id: CASE_ID,
        caseNumber: 'QN-2026-000123',
        status: 'OPEN',
        category: 'PRESUMED_VICTIM',
        initials: 'T.T.M.',
        assignedToName: 'Phạm Văn Phụ Trách',
        open: true,
      }),
    });
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'QN-2026-000123' })).toBeInTheDocument();
    expect(screen.getByText('T.T.M.')).toBeInTheDocument();
    expect(screen.getByText('Phạm Văn Phụ Trách')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Thao tác với hồ sơ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(network.requests.filter((r) => /\/api\/v1\/cases\//.test(r.url))).toHaveLength(0);
  });

  it('lets a hotline operator find a case by its number only, and opens its brief', async () => {
    const brief = {
      id: CASE_ID,
      caseNumber: 'QN-2026-000123',
      status: 'OPEN',
      category: 'PRESUMED_VICTIM',
      initials: 'T.T.M.',
      open: true,
    };
    const network = mockFetch({
      'GET /api/v1/me': json(me(['hotline-operator'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/case-briefs': json(brief),
      'GET /api/v1/case-briefs/:id': json(brief),
    });
    const user = userEvent.setup();
    renderApp({ route: '/cases' });
    await user.type(await screen.findByRole('textbox', { name: /Số hồ sơ/ }), 'qn-2026-000123');
    await user.click(screen.getByRole('button', { name: 'Tìm hồ sơ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'QN-2026-000123' })).toBeInTheDocument();
    const find = network.requests.find((r) => r.url.includes('/api/v1/case-briefs?'));
    expect(new URL(find!.url).searchParams.get('number')).toBe('qn-2026-000123');
    expect(network.requests.filter((r) => /\/api\/v1\/cases(\?|\/|$)/.test(r.url))).toHaveLength(0);
  });

  it('shows the timeline, newest first, a page at a time', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': withEtag(caseView({ status: 'UNDER_VERIFICATION' })),
      'GET /api/v1/cases/:id/timeline': json(
        page(
          [
            timelineEvent({ id: 2, type: 'VERIFICATION_STARTED', summary: 'Đã gửi công an tỉnh' }),
            timelineEvent({ id: 1 }),
            timelineEvent({ id: 0, type: 'SOMETHING_NEW', summary: undefined }),
          ],
          { total: 23 },
        ),
      ),
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('tab', { name: 'Diễn biến' }));
    const table = await screen.findByRole('table', { name: 'Diễn biến' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([
      'Sự kiệnBắt đầu xác minh',
      'Sự kiệnTiếp nhận',
      'Sự kiệnSOMETHING_NEW',
    ]);
    expect(screen.getByText('Trang 1 / 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    const pages = network.to('GET', `${CASE_PATH}/timeline`).map((r) => new URL(r.url).searchParams.get('page'));
    expect(pages).toEqual(['0', '1']);
  });

  it('adds a confidential note', async () => {
    let notes: object[] = [];
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/cases/:id': withEtag(caseView()),
      'GET /api/v1/cases/:id/notes': () => json(page(notes)),
      'POST /api/v1/cases/:id/notes': async (request) => {
        const body = await request.json();
        notes = [{ id: 'n1', ...body, authorName: 'Nguyễn Thị Lan', createdAt: '2026-03-02T11:00:00+07:00' }];
        return json(notes[0], { status: 201 });
      },
    });
    const { user } = renderApp({ route: `${ROUTE}?tab=notes` });
    expect(await screen.findByText('Chưa có ghi chú.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Nội dung ghi chú' }), 'Có dấu hiệu bị đe dọa qua điện thoại');
    await user.click(screen.getByRole('checkbox', { name: 'Ghi chú mật' }));
    await user.click(screen.getByRole('button', { name: 'Thêm ghi chú' }));

    expect(await screen.findByText('Có dấu hiệu bị đe dọa qua điện thoại')).toBeInTheDocument();
    expect(screen.getByText('Mật')).toHaveClass('badge--confidential');
    expect(screen.getByText('Đã thêm ghi chú.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nội dung ghi chú' })).toHaveValue('');
    expect(await network.to('POST', `${CASE_PATH}/notes`)[0]!.json()).toEqual({
      text: 'Có dấu hiệu bị đe dọa qua điện thoại',
      confidential: true,
    });
  });
});
