import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BORDER_GUARD_ID, caseView } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = '/intakes/new';
const WORKER = me(['social-worker']);

/**
 * The server's draft of one author, as the backend keeps it: kept on PUT, answered on GET, gone on
 * DELETE; once it exists a save or discard names its version in If-Match (428 without, 412 stale).
 */
function draftServer() {
  let stored: Record<string, unknown> | null = null;
  let version = 0;
  const precondition = (request: Request) => {
    const ifMatch = request.headers.get('If-Match');
    if (!stored) return ifMatch ? problem(412, { code: 'precondition.stale', title: 'Stale' }) : null;
    if (!ifMatch) return problem(428, { code: 'precondition.required', title: 'If-Match required' });
    return ifMatch === `"${version}"` ? null : problem(412, { code: 'precondition.stale', title: 'Stale' });
  };
  return {
    stored: () => stored,
    /** Another tab of the same author saves: the version this tab knows is stale from now on. */
    savedElsewhere: () => {
      version += 1;
      stored = { ...stored, version };
    },
    routes: {
      'GET /api/v1/intake-drafts/mine': () => (stored ? json(stored) : problem(404, { code: 'intake-draft.none', title: 'No draft' })),
      'PUT /api/v1/intake-drafts/mine': async (request: Request) => {
        const refused = precondition(request);
        if (refused) return refused;
        version = stored ? version + 1 : 0;
        stored = { ...(await request.json()), savedAt: '2026-03-03T09:00:00+07:00', expiresAt: '2026-03-10T09:00:00+07:00', version };
        return json(stored);
      },
      'DELETE /api/v1/intake-drafts/mine': (request: Request) => {
        const refused = stored ? precondition(request) : null;
        if (refused) return refused;
        stored = null;
        return new Response(null, { status: 204 });
      },
    },
  };
}
const organizations = json(
  page([
    organization(),
    organization({ id: BORDER_GUARD_ID, nameVi: 'Đồn Biên phòng cửa khẩu quốc tế Móng Cái', nameEn: undefined, kind: 'BORDER_GUARD' }),
  ]),
);

const stepHeading = (name: RegExp) => screen.findByRole('heading', { level: 2, name });
const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Tiếp theo' }));

/** Fills every step with a border-guard handover of a woman with one child, up to the review. */
async function fillIntake(user: UserEvent) {
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Hình thức tiếp nhận' }), 'Bộ đội Biên phòng bàn giao');
  await screen.findByRole('option', { name: 'Đồn Biên phòng cửa khẩu quốc tế Móng Cái' });
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Cơ quan, tổ chức bàn giao' }),
    'Đồn Biên phòng cửa khẩu quốc tế Móng Cái',
  );
  await user.type(screen.getByRole('textbox', { name: 'Số biên bản bàn giao' }), 'BB-17/2026');
  await next(user);

  await stepHeading(/Người được tiếp nhận/);
  await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Trần Thị Mai');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Giới tính' }), 'Nữ');
  await user.type(screen.getByRole('textbox', { name: 'Tuổi ước tính' }), '24');
  await user.selectOptions(screen.getByRole('combobox', { name: /Quốc tịch/ }), 'VN');
  await next(user);

  await stepHeading(/Trẻ em đi cùng/);
  await user.click(screen.getByRole('button', { name: 'Thêm trẻ đi cùng' }));
  const child = screen.getByRole('group', { name: 'Trẻ đi cùng 1' });
  expect(within(child).getByRole('textbox', { name: 'Họ và tên' })).toHaveFocus();
  await user.type(within(child).getByRole('textbox', { name: 'Họ và tên' }), 'Trần Minh An');
  await user.type(within(child).getByLabelText('Ngày sinh'), '2030-01-01');
  await next(user);
  // A child's birth date in the future is caught before sending.
  expect(within(screen.getByRole('group', { name: 'Trẻ đi cùng 1' })).getByLabelText('Ngày sinh')).toHaveAccessibleDescription(
    /Thời điểm này chưa tới/,
  );
  const birthDate = within(screen.getByRole('group', { name: 'Trẻ đi cùng 1' })).getByLabelText('Ngày sinh');
  await user.clear(birthDate);
  await user.type(birthDate, '2022-05-01');
  await next(user);

  await stepHeading(/Phân loại và diễn biến/);
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Phân loại người được tiếp nhận' }),
    'Người đang trong quá trình xác định là nạn nhân',
  );
  await user.type(screen.getByRole('textbox', { name: 'Diễn biến sự việc' }), 'Được bàn giao tại cửa khẩu.');
  await next(user);
  await stepHeading(/Kiểm tra và gửi/);
}

// Long forms typed key by key: more than the default 5 s on a slow machine.
describe('intake stepper', { timeout: 20_000 }, () => {
  it('offers on a border-guard handover the border guards only, in Vietnamese alphabetical order', async () => {
    mockFetch({
      'GET /api/v1/me': json(WORKER),
      'GET /api/v1/organizations': json(
        page([
          organization(),
          organization({ id: BORDER_GUARD_ID, nameVi: 'Đồn Biên phòng cửa khẩu quốc tế Móng Cái', nameEn: undefined, kind: 'BORDER_GUARD' }),
          organization({ id: '00000000-0000-4000-a000-000000000098', nameVi: 'Đồn Biên phòng Bắc Phong Sinh', nameEn: undefined, kind: 'BORDER_GUARD' }),
          organization({ id: '00000000-0000-4000-a000-000000000099', nameVi: 'Zô Biên phòng thử', nameEn: undefined, kind: 'BORDER_GUARD' }),
        ]),
      ),
    });
    const { user } = renderApp({ route: ROUTE });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Hình thức tiếp nhận' }), 'Bộ đội Biên phòng bàn giao');
    const handedBy = screen.getByRole('combobox', { name: 'Cơ quan, tổ chức bàn giao' });
    await waitFor(() => expect(within(handedBy).getAllByRole('option')).toHaveLength(4));
    // "Đ" sorts after "D" and before "Z" in Vietnamese, not after "Z" as by code point.
    expect(within(handedBy).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Chọn…',
      'Đồn Biên phòng Bắc Phong Sinh',
      'Đồn Biên phòng cửa khẩu quốc tế Móng Cái',
      'Zô Biên phòng thử',
    ]);
  });

  it('takes the place found by name: the province, then its commune searched without accents', async () => {
    const provinces = [
      { code: '22', nameVi: 'Tỉnh Quảng Ninh', unitType: 'PROVINCE' },
      { code: '01', nameVi: 'Thành phố Hà Nội', unitType: 'CITY' },
      { code: '48', nameVi: 'Thành phố Đà Nẵng', unitType: 'CITY' },
    ];
    const communes = [
      { code: '06712', nameVi: 'Phường Móng Cái 1', unitType: 'WARD', parentCode: '22' },
      { code: '06685', nameVi: 'Phường Hồng Gai', unitType: 'WARD', parentCode: '22' },
    ];
    const network = mockFetch({
      'GET /api/v1/me': json(WORKER),
      'GET /api/v1/organizations': organizations,
      'GET /api/v1/places': (request: Request) => {
        const url = new URL(request.url);
        if (!url.searchParams.get('parent')) return json(page(provinces));
        const q = url.searchParams.get('q');
        return json(page(q ? communes.filter((c) => c.code === '06712') : communes));
      },
      'GET /api/v1/places/:code': (_request: Request, params: Record<string, string>) =>
        json([...provinces, ...communes].find((p) => p.code === params.code)),
    });
    const { user } = renderApp({ route: ROUTE });
    const group = await screen.findByRole('group', { name: 'Nơi phát hiện' });
    await user.selectOptions(await within(group).findByRole('combobox', { name: 'Tỉnh, thành phố' }), 'Tỉnh Quảng Ninh');
    await user.type(within(group).getByRole('searchbox', { name: /Tìm xã, phường/ }), 'mong cai');
    await waitFor(() => expect(network.to('GET', '/api/v1/places').some((r) => new URL(r.url).searchParams.get('q') === 'mong cai')).toBe(true));
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Xã, phường, đặc khu' }), await within(group).findByRole('option', { name: 'Phường Móng Cái 1' }));
    expect(await within(group).findByText('Đã chọn: Phường Móng Cái 1, Tỉnh Quảng Ninh')).toBeInTheDocument();
    // Provinces are in Vietnamese order of their names (Hà Nội, Quảng Ninh, Đà Nẵng after D), whatever the kind of unit, and
    // the province alone is an answer where the commune is not known.
    expect(within(within(group).getByRole('combobox', { name: 'Tỉnh, thành phố' })).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Chọn tỉnh, thành phố…',
      'Thành phố Đà Nẵng',
      'Thành phố Hà Nội',
      'Tỉnh Quảng Ninh',
    ]);
    expect(within(group).getByRole('option', { name: 'Cả tỉnh (chưa rõ xã, phường)' })).toBeInTheDocument();
  });

  it('checks each step before moving on, and moves focus to the next step', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(WORKER), 'GET /api/v1/organizations': organizations });
    const { user } = renderApp({ route: ROUTE });
    await stepHeading(/Bước 1 \/ 5 Hình thức và bàn giao/);
    await next(user);
    expect(screen.getByRole('combobox', { name: 'Hình thức tiếp nhận' })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(screen.getByRole('heading', { level: 2, name: /Bước 1 \/ 5/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Hình thức tiếp nhận' }), 'Tự đến trình báo');
    // Without a handing-over authority there is no handover record to ask for.
    expect(screen.queryByRole('combobox', { name: 'Cơ quan, tổ chức bàn giao' })).not.toBeInTheDocument();
    await next(user);
    expect(await stepHeading(/Bước 2 \/ 5 Người được tiếp nhận/)).toHaveFocus();
    expect(screen.getByRole('button', { name: /Người được tiếp nhận/ })).toHaveAttribute('aria-current', 'step');

    await next(user);
    expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(screen.getByLabelText('Ngày sinh')).toHaveAccessibleDescription(/Nhập ngày sinh hoặc tuổi ước tính\./);

    // Enter in a field is Next, as in any form.
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Trần Thị Mai');
    await user.type(screen.getByRole('textbox', { name: 'Tuổi ước tính' }), '24{Enter}');
    expect(await stepHeading(/Bước 3 \/ 5 Trẻ em đi cùng/)).toHaveFocus();
    expect(network.to('POST', '/api/v1/intakes')).toHaveLength(0);
  });

  it('stops saving the draft, and says so, when another window saved it since (412), rather than overwrite it', async () => {
    const server = draftServer();
    const network = mockFetch({ 'GET /api/v1/me': json(WORKER), 'GET /api/v1/organizations': organizations, ...server.routes });
    const { user } = renderApp({ route: ROUTE });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Hình thức tiếp nhận' }), 'Qua tổng đài, đường dây nóng');
    await next(user);
    await user.type(await screen.findByRole('textbox', { name: 'Họ và tên' }), 'Trần Thị Mai');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByText(/^Đã lưu nháp lúc/)).toBeInTheDocument();
    // The first save sent no If-Match; the second names the version the first one answered.
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    await waitFor(() => expect(network.to('PUT', '/api/v1/intake-drafts/mine')).toHaveLength(2));
    const [first, second] = network.to('PUT', '/api/v1/intake-drafts/mine');
    expect(first.headers.get('If-Match')).toBeNull();
    expect(second.headers.get('If-Match')).toBe('"0"');

    server.savedElsewhere();
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/vừa được lưu từ một cửa sổ hoặc thiết bị khác/);
    expect(server.stored()).toMatchObject({ version: 2, values: { person: { fullName: 'Trần Thị Mai' } } });
    const saves = network.to('PUT', '/api/v1/intake-drafts/mine').length;
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), ' B');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(network.to('PUT', '/api/v1/intake-drafts/mine')).toHaveLength(saves);
  });

  it('keeps a half-done intake as a draft on the server, never in the browser, and restores it on return', async () => {
    const server = draftServer();
    const network = mockFetch({ 'GET /api/v1/me': json(WORKER), 'GET /api/v1/organizations': organizations, ...server.routes });
    const first = renderApp({ route: ROUTE });
    const { user } = first;
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Hình thức tiếp nhận' }), 'Qua tổng đài, đường dây nóng');
    await next(user);
    await user.type(await screen.findByRole('textbox', { name: 'Họ và tên' }), 'Trần Thị Mai');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByText(/^Đã lưu nháp lúc/)).toHaveAttribute('role', 'status');
    first.unmount();

    expect(server.stored()).toMatchObject({ step: 'person', values: { channel: 'HOTLINE', person: { fullName: 'Trần Thị Mai' } } });
    expect(network.to('PUT', '/api/v1/intake-drafts/mine').length).toBeGreaterThan(0);
    // Nothing of the person stays in the browser.
    expect(JSON.stringify({ ...localStorage })).not.toContain('Trần Thị Mai');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('Trần Thị Mai');

    // The same worker comes back: the draft is there, on the step where they left.
    const again = renderApp({ route: ROUTE });
    expect(await screen.findByText(/^Đã khôi phục bản nháp lưu lúc/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Bước 2 \/ 5/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('Trần Thị Mai');
    await again.user.click(screen.getByRole('button', { name: /Hình thức và bàn giao/ }));
    expect(screen.getByRole('combobox', { name: 'Hình thức tiếp nhận' })).toHaveValue('HOTLINE');
    again.unmount();

    // Discarding it starts afresh and removes it from the server.
    const discard = renderApp({ route: ROUTE });
    await discard.user.click(await screen.findByRole('button', { name: 'Bỏ bản nháp' }));
    expect(screen.getByRole('combobox', { name: 'Hình thức tiếp nhận' })).toHaveValue('');
    await vi.waitFor(() => expect(server.stored()).toBeNull());
  });

  it("shows a 422's field errors at their fields, on their steps", async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(WORKER),
      'GET /api/v1/organizations': organizations,
      'POST /api/v1/intakes': problem(422, {
        code: 'validation.failed',
        title: 'The request is not valid',
        errors: [
          { field: 'person.fullName', message: 'Họ tên quá dài' },
          { field: 'accompanyingChildren[0].birthDate', message: 'Ngày sinh sau thời điểm tiếp nhận' },
        ],
      }),
    });
    const { user } = renderApp({ route: ROUTE });
    await fillIntake(user);
    await user.click(screen.getByRole('button', { name: 'Gửi tiếp nhận' }));

    // The first step with an error opens, its field marked; the summary lists them all.
    expect(await stepHeading(/Bước 2 \/ 5 Người được tiếp nhận/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Một số thông tin chưa hợp lệ');
    const fullName = screen.getByRole('textbox', { name: 'Họ và tên' });
    expect(fullName).toHaveAttribute('aria-invalid', 'true');
    expect(fullName).toHaveAccessibleDescription('Họ tên quá dài');
    const summary = screen.getByText('Hãy sửa các trường sau:').closest('div')!;
    expect(within(summary).getByRole('link', { name: 'Người được tiếp nhận – Họ và tên: Họ tên quá dài' })).toBeInTheDocument();

    await user.click(
      within(summary).getByRole('link', { name: 'Trẻ đi cùng 1 – Ngày sinh: Ngày sinh sau thời điểm tiếp nhận' }),
    );
    expect(await stepHeading(/Trẻ em đi cùng/)).toBeInTheDocument();
    const childBirthDate = within(screen.getByRole('group', { name: 'Trẻ đi cùng 1' })).getByLabelText('Ngày sinh');
    expect(childBirthDate).toHaveFocus();
    expect(childBirthDate).toHaveAccessibleDescription(/Ngày sinh sau thời điểm tiếp nhận/);

    const [request] = network.to('POST', '/api/v1/intakes');
    expect(request!.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await request!.json();
    expect(body).toMatchObject({
      channel: 'BORDER_GUARD_HANDOVER',
      handingOverOrganizationId: BORDER_GUARD_ID,
      handoverDocumentNumber: 'BB-17/2026',
      person: { fullName: 'Trần Thị Mai', sex: 'FEMALE', estimatedAge: 24, nationality: 'VN', idDocumentType: 'NONE' },
      accompanyingChildren: [{ fullName: 'Trần Minh An', birthDate: '2022-05-01' }],
      category: 'PRESUMED_VICTIM',
      narrative: 'Được bàn giao tại cửa khẩu.',
    });
    expect(body.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    // The draft survives a failed send.
    expect(network.to('DELETE', '/api/v1/intake-drafts/mine')).toHaveLength(0);
  });

  it('opens the new case, shows its possible duplicates as links and forgets the draft', async () => {
    const created = caseView({
      possibleDuplicates: [
        { caseId: '11111111-2222-4333-8444-555555555555', caseNumber: 'QN-2025-000045', reason: 'SAME_NAME_BIRTH_YEAR_HOME' },
      ],
    });
    mockFetch({
      'GET /api/v1/me': json(WORKER),
      'GET /api/v1/organizations': organizations,
      'POST /api/v1/intakes': json(created, { status: 201, headers: { ETag: '"4"' } }),
      'GET /api/v1/cases/:id': json(caseView(), { headers: { ETag: '"4"' } }),
    });
    const { user } = renderApp({ route: ROUTE });
    await fillIntake(user);
    await user.click(screen.getByRole('button', { name: 'Gửi tiếp nhận' }));

    // The case page loads lazily: on a busy machine that takes more than the default second.
    expect(await screen.findByRole('heading', { level: 1, name: 'QN-2026-000123' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('Đã tiếp nhận và mở hồ sơ QN-2026-000123.')).toBeInTheDocument();
    const duplicates = screen.getByRole('region', { name: 'Có thể trùng với hồ sơ đã có' });
    expect(within(duplicates).getByRole('link', { name: 'QN-2025-000045' })).toHaveAttribute(
      'href',
      '/cases/11111111-2222-4333-8444-555555555555',
    );
    expect(duplicates).toHaveTextContent('trùng họ tên, năm sinh và nơi cư trú');
    expect(duplicates).toHaveTextContent('Hệ thống không tự gộp hồ sơ.');
    // The server removes the author's draft with the intake; the browser kept none.
    expect(JSON.stringify({ ...localStorage })).not.toContain('Trần Thị Mai');
  });
});
