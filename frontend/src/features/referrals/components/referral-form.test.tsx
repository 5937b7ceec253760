import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, caseView, consent } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import {
  BLUE_DRAGON,
  BLUE_DRAGON_ID,
  LEGAL_AID_ID,
  REFERRAL_ID,
  SHELTER_SERVICE_ID,
  referral,
  referralSummary,
  service,
} from '@/testing/referral-fixtures';
import { renderApp } from '@/testing/render-app';

const ROUTE = `/cases/${CASE_ID}?tab=referrals`;
const CONSENTS = `/api/v1/cases/${CASE_ID}/consents`;
const WORLD_VISION_ID = '00000000-0000-4000-a000-000000000012';
/** The tab's code loads on first use: the first wait may take longer than a second. */
const LAZY = { timeout: 10_000 };

/** The case page with its Referrals tab, the directory, and a consent to share identity and contact with Blue Dragon. */
function setup({
  roles = ['social-worker'],
  create = (request: Request) =>
    request.json().then((body) => json(referral({ ...body, status: 'DRAFT', version: 0 }), { status: 201, headers: { ETag: '"0"' } })),
  referrals = [] as object[],
  status = 'SUPPORTING' as const,
}: {
  roles?: string[];
  create?: (request: Request) => Response | Promise<Response>;
  referrals?: object[];
  status?: 'SUPPORTING' | 'CLOSED';
} = {}) {
  return mockFetch({
    'GET /api/v1/me': json(me(roles)),
    'GET /api/v1/organizations': json(
      page([
        organization(),
        organization({ id: BLUE_DRAGON_ID, nameVi: BLUE_DRAGON.nameVi, nameEn: BLUE_DRAGON.nameEn, kind: 'NGO' }),
        organization({ id: WORLD_VISION_ID, nameVi: 'Tổ chức Tầm nhìn Thế giới tại Việt Nam', nameEn: 'World Vision Vietnam', kind: 'NGO' }),
      ]),
    ),
    'GET /api/v1/cases/:id': json(caseView({ status }), { headers: { ETag: '"4"' } }),
    'GET /api/v1/cases/:id/consents': json({
      items: [
        consent({ purpose: 'SHARE_WITH_ORGANIZATION', organizationId: BLUE_DRAGON_ID, fieldGroups: ['IDENTITY', 'CONTACT'] }),
        // Withdrawn: it covers nothing any more.
        consent({ id: 'c-old', purpose: 'SHARE_WITH_ORGANIZATION', organizationId: BLUE_DRAGON_ID, fieldGroups: ['HEALTH'], active: false }),
      ],
    }),
    'GET /api/v1/services': (request) =>
      new URL(request.url).searchParams.get('organizationId') === BLUE_DRAGON_ID
        ? json(page([service(), service({ id: SHELTER_SERVICE_ID, type: 'SHELTER_STAY', nameVi: 'Nhà tạm lánh', nameEn: 'Shelter' })]))
        : json(page([])),
    'GET /api/v1/referrals': json(page(referrals)),
    'POST /api/v1/referrals': create,
    'POST /api/v1/referrals/:id/send': json(referral({ status: 'SENT', version: 1 }), { headers: { ETag: '"1"' } }),
    'GET /api/v1/referrals/:id': json(referral({ status: 'SENT', version: 1 }), { headers: { ETag: '"1"' } }),
    'GET /api/v1/referrals/:id/comments': json({ items: [] }),
    'GET /api/v1/services/:id': json(service()),
  });
}

async function openForm(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Tạo chuyển tuyến' }, LAZY));
  const dialog = screen.getByRole('dialog', { name: 'Chuyển tuyến hồ sơ QN-2026-000123' });
  await within(dialog).findByRole('option', { name: BLUE_DRAGON.nameVi });
  return dialog;
}

// Long forms typed key by key: more than the default 5 s on a slow machine.
describe('referring a case', { timeout: 30_000 }, () => {
  it("lists the case's referrals in its Referrals tab", async () => {
    const network = setup({ referrals: [referralSummary({ overdue: true })] });
    renderApp({ route: ROUTE });
    const table = await screen.findByRole('table', { name: 'Các chuyển tuyến của hồ sơ' }, LAZY);
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: `Mở chuyển tuyến Trợ giúp pháp lý đến ${BLUE_DRAGON.nameVi}` })).toHaveAttribute(
      'href',
      `/referrals/${REFERRAL_ID}`,
    );
    expect(within(row).getByText('Quá hạn')).toHaveClass('badge--overdue');
    expect(within(row).getByText('Khẩn')).toBeInTheDocument();
    const query = new URL(network.to('GET', '/api/v1/referrals')[0]!.url).searchParams;
    expect(query.get('caseId')).toBe(CASE_ID);
    expect(query.get('direction')).toBe('outgoing');
  });

  it('offers no referral from a closed case', async () => {
    setup({ status: 'CLOSED' });
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Hồ sơ đã đóng: hãy mở lại hồ sơ trước khi chuyển tuyến.', {}, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tạo chuyển tuyến' })).not.toBeInTheDocument();
  });

  it('shows which field groups the consent covers for the chosen receiver and flags the chosen ones it does not', async () => {
    setup();
    const { user } = renderApp({ route: ROUTE });
    const dialog = await openForm(user);
    const consentPanel = within(dialog).getByRole('region', { name: 'Sự đồng ý chia sẻ với nơi nhận' });
    expect(consentPanel).toHaveTextContent('Chọn nơi nhận để xem');
    // One's own organization is no receiver.
    const receiver = within(dialog).getByRole('combobox', { name: 'Nơi nhận' });
    expect(within(receiver).queryByRole('option', { name: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh' })).not.toBeInTheDocument();

    await user.selectOptions(receiver, BLUE_DRAGON.nameVi);
    const state = (group: string) => within(consentPanel).getByText(group).closest('li');
    await waitFor(() => expect(state('Nhân thân')).toHaveTextContent(/^Nhân thân Có sự đồng ý$/));
    expect(state('Thông tin liên lạc')).toHaveTextContent(/^Thông tin liên lạc Có sự đồng ý$/);
    // The withdrawn consent covers nothing.
    expect(state('Sức khỏe')).toHaveTextContent(/^Sức khỏe Chưa có sự đồng ý$/);
    expect(state('Diễn biến sự việc')).toHaveTextContent(/^Diễn biến sự việc Chưa có sự đồng ý$/);
    expect(within(consentPanel).queryByText(/Sự đồng ý không bao gồm/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Nhân thân' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sức khỏe' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Diễn biến sự việc' }));
    expect(within(consentPanel).getByText('Sự đồng ý không bao gồm: Sức khỏe, Diễn biến sự việc.')).toBeInTheDocument();
    expect(within(consentPanel).getByText(/Hệ thống sẽ từ chối chuyển tuyến này/)).toBeInTheDocument();
    // A social worker may not override.
    expect(within(dialog).queryByRole('checkbox', { name: /Chia sẻ khẩn cấp/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Sức khỏe' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Diễn biến sự việc' }));
    expect(within(consentPanel).queryByText(/Sự đồng ý không bao gồm/)).not.toBeInTheDocument();

    // Another receiver: no consent at all.
    await user.selectOptions(receiver, 'Tổ chức Tầm nhìn Thế giới tại Việt Nam');
    expect(within(consentPanel).getByText('Người được tiếp nhận chưa đồng ý chia sẻ thông tin nào với nơi nhận này.')).toBeInTheDocument();
    expect(within(consentPanel).getByText('Sự đồng ý không bao gồm: Nhân thân.')).toBeInTheDocument();
  });

  it('saves and sends: the draft with an Idempotency-Key, then the send with its ETag, and opens the referral', async () => {
    const network = setup();
    const { user } = renderApp({ route: ROUTE });
    const dialog = await openForm(user);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Nơi nhận' }), BLUE_DRAGON.nameVi);
    await within(dialog).findByRole('option', { name: 'Trợ giúp pháp lý cho nạn nhân' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Dịch vụ của nơi nhận' }), 'Trợ giúp pháp lý cho nạn nhân');
    // The service fixes the service type.
    const type = within(dialog).getByRole('combobox', { name: 'Loại dịch vụ' });
    expect(type).toBeDisabled();
    expect(type).toHaveValue('LEGAL_AID');
    await user.click(within(dialog).getByRole('radio', { name: 'Khẩn' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do chuyển tuyến' }), 'Cần luật sư');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Nhân thân' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Thông tin liên lạc' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu và gửi' }));

    expect(await screen.findByText(`Đã gửi chuyển tuyến đến ${BLUE_DRAGON.nameVi}.`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Chuyển tuyến hồ sơ QN-2026-000123' })).toBeInTheDocument();
    const [create] = network.to('POST', '/api/v1/referrals');
    expect(await create!.json()).toEqual({
      caseId: CASE_ID,
      receiverOrganizationId: BLUE_DRAGON_ID,
      serviceId: LEGAL_AID_ID,
      serviceType: 'LEGAL_AID',
      urgency: 'URGENT',
      reason: 'Cần luật sư',
      fieldGroups: ['IDENTITY', 'CONTACT'],
    });
    const [send] = network.to('POST', `/api/v1/referrals/${REFERRAL_ID}/send`);
    expect(send!.headers.get('If-Match')).toBe('"0"');
    expect(create!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(send!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(send!.headers.get('Idempotency-Key')).not.toBe(create!.headers.get('Idempotency-Key'));
  });

  it('checks the required fields, then shows a 409 consent-missing clearly on the field groups and reads the consent again', async () => {
    const network = setup({
      create: () =>
        problem(409, {
          code: 'referral.consent-missing',
          title: 'Conflict',
          detail: 'The person has not consented to share HEALTH with this organization',
        }),
    });
    const { user } = renderApp({ route: ROUTE });
    const dialog = await openForm(user);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nháp' }));
    const required = 'Trường này là bắt buộc.';
    expect(within(dialog).getByRole('combobox', { name: 'Nơi nhận' })).toHaveAccessibleDescription(required);
    expect(within(dialog).getByRole('combobox', { name: 'Loại dịch vụ' })).toHaveAccessibleDescription(required);
    expect(within(dialog).getByRole('textbox', { name: 'Lý do chuyển tuyến' })).toHaveAccessibleDescription(/Trường này là bắt buộc\./);
    expect(network.to('POST', '/api/v1/referrals')).toHaveLength(0);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Nơi nhận' }), BLUE_DRAGON.nameVi);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Loại dịch vụ' }), 'Trợ giúp pháp lý');
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do chuyển tuyến' }), 'Khám sức khỏe');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sức khỏe' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nháp' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Người được tiếp nhận chưa đồng ý chia sẻ những nhóm thông tin đã chọn với nơi nhận.');
    expect(within(dialog).getByRole('group', { name: /Thông tin được chia sẻ với nơi nhận/ })).toHaveAccessibleDescription(
      expect.stringContaining('Chưa có sự đồng ý chia sẻ nhóm thông tin này với nơi nhận.'),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await waitFor(() => expect(network.to('GET', CONSENTS)).toHaveLength(2));
    expect(network.requests.filter((r) => r.url.endsWith('/send'))).toHaveLength(0);
  });

  it('lets a supervisor share beyond the consent in an emergency, with a reason', async () => {
    const network = setup({ roles: ['supervisor'] });
    const { user } = renderApp({ route: ROUTE });
    const dialog = await openForm(user);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Nơi nhận' }), BLUE_DRAGON.nameVi);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Loại dịch vụ' }), 'Hỗ trợ y tế');
    await user.click(within(dialog).getByRole('radio', { name: 'Khẩn cấp' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do chuyển tuyến' }), 'Cấp cứu');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sức khỏe' }));
    await within(dialog).findByText('Sự đồng ý không bao gồm: Sức khỏe.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Chia sẻ khẩn cấp vượt quá sự đồng ý (giám sát viên)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nháp' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Lý do chia sẻ khẩn cấp' });
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Trường này là bắt buộc.'));
    expect(network.to('POST', '/api/v1/referrals')).toHaveLength(0);

    await user.type(reason, 'Nguy hiểm tính mạng');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByText('Đã lưu nháp chuyển tuyến. Hãy kiểm tra rồi gửi cho nơi nhận.')).toBeInTheDocument();
    expect(await network.to('POST', '/api/v1/referrals')[0]!.json()).toMatchObject({
      serviceType: 'MEDICAL',
      urgency: 'EMERGENCY',
      fieldGroups: ['HEALTH'],
      emergencyOverride: { reason: 'Nguy hiểm tính mạng' },
    });
    expect(network.requests.filter((r) => r.url.endsWith('/send'))).toHaveLength(0);
  });
});
