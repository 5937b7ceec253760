import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, CHILD_ID, PERSON_ID, caseView } from '@/testing/case-fixtures';
import { ORG_ID, me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = `/cases/${CASE_ID}?tab=support`;
const SUPPORTS = `/api/v1/cases/${CASE_ID}/supports`;
const ENTITLEMENTS = `/api/v1/cases/${CASE_ID}/entitlements`;
const HOSPITAL = '00000000-0000-4000-a000-000000000021';

const TYPES = [
  ['ESSENTIAL_NEEDS', 'a'],
  ['MEDICAL', 'b'],
  ['INTERPRETATION', 'c'],
  ['LEGAL_INFORMATION', 'd'],
  ['LEGAL_AID', 'đ'],
  ['TRAVEL', 'e'],
  ['PSYCHOLOGICAL', 'g'],
  ['SCHOOLING', 'h'],
  ['VOCATIONAL_AND_JOB', 'i'],
  ['INITIAL_HARDSHIP_ALLOWANCE', 'k'],
  ['LOAN', 'k'],
  ['HEALTH_INSURANCE', null],
  ['SHELTER_STAY', null],
] as const;
type Type = (typeof TYPES)[number][0];

/** Lines for every support: the allowed ones, the rest denied with `reason`; `delivered` adds counts and amounts. */
function lines(allowed: Type[], reason: string, delivered: Partial<Record<Type, [number, number]>> = {}) {
  return TYPES.map(([type, letter]) => ({
    type,
    letter: letter ?? undefined,
    allowed: allowed.includes(type),
    reason: allowed.includes(type) ? undefined : reason,
    deliveries: delivered[type]?.[0] ?? 0,
    amountVndDelivered: delivered[type]?.[1] ?? 0,
  }));
}

// Being identified in Vietnam: a–g and the shelter; the child accompanies her.
const A_TO_G: Type[] = ['ESSENTIAL_NEEDS', 'MEDICAL', 'INTERPRETATION', 'LEGAL_INFORMATION', 'LEGAL_AID', 'TRAVEL', 'PSYCHOLOGICAL', 'SHELTER_STAY'];
function entitlements(delivered: Partial<Record<Type, [number, number]>> = {}) {
  return {
    caseId: CASE_ID,
    persons: [
      { personId: PERSON_ID, accompanyingChild: false, basis: 'BEING_IDENTIFIED, VIETNAMESE, age 24', lines: lines(A_TO_G, 'entitlement.being-identified-limit', delivered) },
      { personId: CHILD_ID, accompanyingChild: true, basis: 'BEING_IDENTIFIED, VIETNAMESE, age 3, accompanying child', lines: lines(A_TO_G, 'entitlement.being-identified-limit') },
    ],
  };
}

const withChild = caseView({
  status: 'SUPPORTING',
  accompanyingChildren: [
    { id: CHILD_ID, fullName: 'Trần Minh An', sex: 'MALE', birthDate: '2022-05-01', otherNames: [], stateless: false, idDocumentType: 'NONE', languages: [] },
  ],
});

const earlierDelivery = {
  id: 'd-1',
  caseId: CASE_ID,
  personId: PERSON_ID,
  type: 'ESSENTIAL_NEEDS',
  providerOrganizationId: ORG_ID,
  deliveredFrom: '2026-03-02',
  deliveredTo: '2026-03-04',
  quantity: 3,
  amountVnd: 1_500_000,
  cashRateId: 'r-1',
  note: 'Tiền ăn 3 ngày',
  recordedByName: 'Nguyễn Thị Lan',
  createdAt: '2026-03-04T16:00:00+07:00',
};

function setup(
  roles: string[],
  options: { deliveries?: object[]; post?: (body: Record<string, unknown>) => Response | undefined; entitlements?: () => Response } = {},
) {
  let deliveries = options.deliveries ?? [];
  return mockFetch({
    'GET /api/v1/me': json(me(roles, { name: roles.includes('supervisor') ? 'Phạm Văn Giám' : 'Nguyễn Thị Lan' })),
    'GET /api/v1/organizations': json(
      page([organization(), organization({ id: HOSPITAL, nameVi: 'Bệnh viện Bãi Cháy', nameEn: undefined, kind: 'OTHER' })]),
    ),
    'GET /api/v1/cases/:id': json(withChild, { headers: { ETag: '"4"' } }),
    'GET /api/v1/cases/:id/timeline': json(page([])),
    'GET /api/v1/cases/:id/entitlements': () =>
      options.entitlements?.() ??
      json(entitlements(deliveries.length ? { ESSENTIAL_NEEDS: [deliveries.length, 1_500_000 * deliveries.length] } : {})),
    'GET /api/v1/cases/:id/supports': () => json({ items: deliveries }),
    'POST /api/v1/cases/:id/supports': async (request) => {
      const body = await request.json();
      const answer = options.post?.(body);
      if (answer) return answer;
      const created = { id: `d-${deliveries.length + 1}`, caseId: CASE_ID, ...body, recordedByName: 'Nguyễn Thị Lan', createdAt: '2026-03-05T10:00:00+07:00' };
      deliveries = [created, ...deliveries];
      return json(created, { status: 201 });
    },
  });
}

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Ghi nhận hỗ trợ' }));
  return screen.getByRole('dialog', { name: 'Ghi nhận hỗ trợ' });
}

/** The first one waits for the lazily loaded case page: longer than the default second on a busy machine. */
async function personChecklist(name: string) {
  return screen.findByRole('table', { name }, { timeout: 10_000 });
}

// Dialogs filled key by key: more than the default 5 s on a slow machine.
describe('the support tab', { timeout: 20_000 }, () => {
  it('lists per person what is allowed, why the rest is not, and what was delivered', async () => {
    setup(['social-worker'], { deliveries: [earlierDelivery] });
    renderApp({ route: ROUTE });

    const main = await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    const food = within(main).getByRole('row', { name: /Hỗ trợ nhu cầu thiết yếu/ });
    expect(within(food).getByText('điểm a')).toBeInTheDocument();
    expect(within(food).getByText('Được hưởng')).toBeInTheDocument();
    expect(within(food).getByText('1 lần')).toBeInTheDocument();
    expect(within(food).getByText('1.500.000 ₫')).toBeInTheDocument();
    const schooling = within(main).getByRole('row', { name: /Hỗ trợ học văn hóa/ });
    expect(within(schooling).getByText('Không được hưởng')).toBeInTheDocument();
    expect(
      within(schooling).getByText(
        'Người đang trong quá trình xác định là nạn nhân ở trong nước chỉ được hỗ trợ theo các điểm a đến g (khoản 3 Điều 37).',
      ),
    ).toBeInTheDocument();
    expect(within(schooling).getByText('—')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Trần Thị Mai (người được tiếp nhận)' });
    expect(within(section).getByText('Được hưởng 8 / 13 chế độ')).toBeInTheDocument();

    const child = await personChecklist('Trần Minh An (trẻ đi cùng)');
    expect(within(within(child).getByRole('row', { name: /Hỗ trợ vay vốn/ })).getByText('Không được hưởng')).toBeInTheDocument();
    expect(within(within(child).getByRole('row', { name: /Hỗ trợ nhu cầu thiết yếu/ })).queryByText('1 lần')).not.toBeInTheDocument();

    const delivered = screen.getByRole('table', { name: 'Hỗ trợ đã cung cấp' });
    const row = within(delivered).getByRole('row', { name: /Tiền ăn 3 ngày/ });
    expect(within(row).getByText('Hỗ trợ nhu cầu thiết yếu')).toBeInTheDocument();
    expect(within(row).getByText('Trần Thị Mai (người được tiếp nhận)')).toBeInTheDocument();
    expect(await within(row).findByText('Trung tâm Công tác xã hội tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(within(row).getByText(/02\/03\/2026 – 04\/03\/2026/)).toBeInTheDocument();
    expect(within(row).getByText('1.500.000 ₫')).toBeInTheDocument();
    expect(within(row).getByText('Nguyễn Thị Lan')).toBeInTheDocument();
  });

  it('translates an unknown reason code to itself and says when nothing was delivered yet', async () => {
    setup(['social-worker'], {
      entitlements: () =>
        json({ caseId: CASE_ID, persons: [{ personId: PERSON_ID, lines: lines([], 'entitlement.something-new') }] }),
    });
    renderApp({ route: ROUTE });
    const main = await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    expect(within(main).getAllByText('entitlement.something-new')).toHaveLength(13);
    expect(await screen.findByText('Chưa ghi nhận hỗ trợ nào.')).toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    let calls = 0;
    setup(['social-worker'], {
      entitlements: () => (++calls === 1 ? problem(500, { code: 'internal', title: 'Internal error' }) : json(entitlements())),
    });
    const { user } = renderApp({ route: ROUTE });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ gặp lỗi. Hãy thử lại sau.');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await personChecklist('Trần Thị Mai (người được tiếp nhận)')).toBeInTheDocument();
  });

  it('records a support and shows it with the refreshed entitlements', async () => {
    const network = setup(['social-worker']);
    const { user } = renderApp({ route: ROUTE });
    await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    expect(network.to('GET', ENTITLEMENTS)).toHaveLength(1);

    const dialog = await openDialog(user);
    expect(within(dialog).getByRole('combobox', { name: /Người nhận hỗ trợ/ })).toHaveValue(PERSON_ID);
    // The receiving centre is the usual provider.
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Đơn vị cung cấp/ })).toHaveValue(ORG_ID));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }), 'Hỗ trợ nhu cầu thiết yếu');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Đơn vị cung cấp/ }), 'Bệnh viện Bãi Cháy');
    const from = within(dialog).getByLabelText(/Từ ngày/);
    await user.clear(from);
    await user.type(from, '2026-03-05');
    await user.type(within(dialog).getByLabelText(/Đến ngày/), '2026-03-07');
    await user.type(within(dialog).getByRole('textbox', { name: /Số lượng/ }), '3');
    await user.type(within(dialog).getByRole('textbox', { name: /Số tiền/ }), '1.500.000');
    await user.type(within(dialog).getByRole('textbox', { name: /Ghi chú/ }), 'Tiền ăn');
    expect(within(dialog).queryByRole('textbox', { name: /Lý do hỗ trợ ngoài chế độ/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));

    expect(await screen.findByText('Đã ghi nhận hỗ trợ.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [request] = network.to('POST', SUPPORTS);
    expect(request!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await request!.json()).toEqual({
      personId: PERSON_ID,
      type: 'ESSENTIAL_NEEDS',
      providerOrganizationId: HOSPITAL,
      deliveredFrom: '2026-03-05',
      deliveredTo: '2026-03-07',
      quantity: 3,
      amountVnd: 1_500_000,
      note: 'Tiền ăn',
    });

    const delivered = await screen.findByRole('table', { name: 'Hỗ trợ đã cung cấp' });
    expect(await within(delivered).findByText('Bệnh viện Bãi Cháy')).toBeInTheDocument();
    await waitFor(() => expect(network.to('GET', ENTITLEMENTS)).toHaveLength(2));
    const main = screen.getByRole('table', { name: 'Trần Thị Mai (người được tiếp nhận)' });
    expect(await within(within(main).getByRole('row', { name: /Hỗ trợ nhu cầu thiết yếu/ })).findByText('1 lần')).toBeInTheDocument();
  });

  it('explains a support the person is not entitled to and lets a social worker not record it', async () => {
    const network = setup(['social-worker']);
    const { user } = renderApp({ route: ROUTE });
    await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    const dialog = await openDialog(user);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }),
      'Hỗ trợ học văn hóa (không được hưởng)',
    );
    expect(
      within(dialog).getByText(
        'Trần Thị Mai không được hưởng “Hỗ trợ học văn hóa”: Người đang trong quá trình xác định là nạn nhân ở trong nước chỉ được hỗ trợ theo các điểm a đến g (khoản 3 Điều 37).',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: /Lý do hỗ trợ ngoài chế độ/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));
    expect(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ })).toHaveAccessibleDescription(
      'Chỉ giám sát viên mới được ghi nhận hỗ trợ ngoài chế độ. Hãy đề nghị giám sát viên.',
    );
    expect(network.to('POST', SUPPORTS)).toHaveLength(0);
  });

  it('lets a supervisor record a support beyond the entitlement with a reason', async () => {
    const network = setup(['supervisor']);
    const { user } = renderApp({ route: ROUTE });
    await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    const dialog = await openDialog(user);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Người nhận hỗ trợ/ }), 'Trần Minh An (trẻ đi cùng)');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }),
      'Hỗ trợ học văn hóa (không được hưởng)',
    );
    expect(within(dialog).getByText('Là giám sát viên, bạn có thể vẫn ghi nhận nếu nêu lý do.')).toBeInTheDocument();
    const reason = within(dialog).getByRole('textbox', { name: /Lý do hỗ trợ ngoài chế độ/ });
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));
    expect(reason).toHaveAccessibleDescription(/Trường này là bắt buộc\./);
    expect(network.to('POST', SUPPORTS)).toHaveLength(0);

    await user.type(reason, 'Cháu cần đi học ngay trong thời gian chờ xác định');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));
    expect(await screen.findByText('Đã ghi nhận hỗ trợ.')).toBeInTheDocument();
    expect(await network.to('POST', SUPPORTS)[0]!.json()).toMatchObject({
      personId: CHILD_ID,
      type: 'SCHOOLING',
      override: { reason: 'Cháu cần đi học ngay trong thời gian chờ xác định' },
    });
  });

  it('sends no override for a support the person is entitled to, even from a supervisor', async () => {
    const network = setup(['supervisor']);
    const { user } = renderApp({ route: ROUTE });
    await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    const dialog = await openDialog(user);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }), 'Hỗ trợ tâm lý');
    expect(within(dialog).queryByRole('textbox', { name: /Lý do hỗ trợ ngoài chế độ/ })).not.toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Đơn vị cung cấp/ })).toHaveValue(ORG_ID));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));
    await screen.findByText('Đã ghi nhận hỗ trợ.');
    expect(await network.to('POST', SUPPORTS)[0]!.json()).not.toHaveProperty('override');
  });

  it('shows the server refusing a support it does not entitle, then offers a supervisor the override', async () => {
    let posts = 0;
    const network = setup(['supervisor'], {
      post: () =>
        ++posts === 1
          ? problem(409, {
              code: 'support.not-entitled',
              title: 'Conflict',
              detail: 'The person is not entitled to MEDICAL (entitlement.not-a-victim); a supervisor may override with a reason',
            })
          : undefined,
    });
    const { user } = renderApp({ route: ROUTE });
    await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    const dialog = await openDialog(user);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }), 'Hỗ trợ y tế');
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Đơn vị cung cấp/ })).toHaveValue(ORG_ID));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Người này không được hưởng chế độ hỗ trợ này. Chỉ giám sát viên mới được ghi nhận hỗ trợ ngoài chế độ, kèm lý do.',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do hỗ trợ ngoài chế độ/ }), 'Cấp cứu');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));
    await screen.findByText('Đã ghi nhận hỗ trợ.');
    const [, second] = network.to('POST', SUPPORTS);
    expect(await second!.json()).toMatchObject({ type: 'MEDICAL', override: { reason: 'Cấp cứu' } });
  });

  it('puts the server’s field errors beside the fields', async () => {
    setup(['social-worker'], {
      post: () =>
        problem(422, {
          code: 'validation.failed',
          title: 'The request is not valid',
          errors: [{ field: 'quantity', message: 'is needed to compute the amount from the rate per day' }],
        }),
    });
    const { user } = renderApp({ route: ROUTE });
    await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    const dialog = await openDialog(user);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }), 'Hỗ trợ chi phí đi lại');
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Đơn vị cung cấp/ })).toHaveValue(ORG_ID));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Một số thông tin chưa hợp lệ. Hãy sửa các trường được đánh dấu.',
    );
    expect(within(dialog).getByRole('textbox', { name: /Số lượng/ })).toHaveAccessibleDescription(
      /is needed to compute the amount from the rate per day/,
    );
    expect(within(dialog).getByRole('link', { name: /Số lượng: is needed/ })).toHaveAttribute('href', '#delivery-quantity');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('checks the dates and numbers before sending', async () => {
    const network = setup(['social-worker']);
    const { user } = renderApp({ route: ROUTE });
    await personChecklist('Trần Thị Mai (người được tiếp nhận)');
    const dialog = await openDialog(user);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Chế độ hỗ trợ/ }), 'Hỗ trợ y tế');
    const from = within(dialog).getByLabelText(/Từ ngày/);
    await user.clear(from);
    await user.type(from, '2026-03-05');
    await user.type(within(dialog).getByLabelText(/Đến ngày/), '2026-03-01');
    await user.type(within(dialog).getByRole('textbox', { name: /Số lượng/ }), '0');
    await user.type(within(dialog).getByRole('textbox', { name: /Số tiền/ }), 'nhiều');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hỗ trợ' }));

    expect(within(dialog).getByLabelText(/Đến ngày/)).toHaveAccessibleDescription(
      /Ngày kết thúc không được trước ngày bắt đầu\./,
    );
    expect(within(dialog).getByRole('textbox', { name: /Số lượng/ })).toHaveAccessibleDescription(/Số lượng từ 1 đến 3650\./);
    expect(within(dialog).getByRole('textbox', { name: /Số tiền/ })).toHaveAccessibleDescription(/Hãy nhập một số nguyên\./);
    expect(network.to('POST', SUPPORTS)).toHaveLength(0);
  });
});
