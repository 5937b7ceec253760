import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, CHILD_ID, PERSON_ID, caseView, consent } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const ROUTE = `/cases/${CASE_ID}?tab=consents`;
const CONSENTS = `/api/v1/cases/${CASE_ID}/consents`;
const BLUE_DRAGON = '00000000-0000-4000-a000-000000000011';
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

function setup(consents: object[] = []) {
  let ledger = consents;
  const network = mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(
      page([organization(), organization({ id: BLUE_DRAGON, nameVi: "Blue Dragon Children's Foundation", nameEn: undefined, kind: 'NGO' })]),
    ),
    'GET /api/v1/cases/:id': json(withChild, { headers: { ETag: '"4"' } }),
    'GET /api/v1/cases/:id/consents': () => json({ items: ledger }),
    'POST /api/v1/cases/:id/consents': async (request) => {
      const body = await request.json();
      ledger = [...ledger, { id: 'c-new', ...body, active: true, recordedByName: 'Nguyễn Thị Lan' }];
      return json(ledger.at(-1), { status: 201 });
    },
    'POST /api/v1/cases/:id/consents/:consentId/withdraw': async (request, params) => {
      const { reason } = await request.json();
      ledger = ledger.map((c) =>
        (c as { id: string }).id === params.consentId
          ? { ...c, active: false, withdrawnAt: '2026-03-03T08:00:00+07:00', withdrawalReason: reason }
          : c,
      );
      return json(ledger[0]);
    },
  });
  return network;
}

// Long forms typed key by key: more than the default 5 s on a slow machine.
describe('consents', { timeout: 20_000 }, () => {
  it('asks for the guardian, the witness of a verbal consent and the shared organization before sending', async () => {
    const network = setup();
    const { user } = renderApp({ route: ROUTE });
    expect(await screen.findByText(/Chưa ghi nhận sự đồng ý nào/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi nhận sự đồng ý' }));
    const dialog = screen.getByRole('dialog', { name: 'Ghi nhận sự đồng ý' });

    // For the child, the guardian consents.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Người liên quan/ }), 'Trần Minh An (trẻ đi cùng)');
    expect(within(dialog).getByRole('group', { name: /Người đồng ý/ })).toHaveAccessibleDescription(
      'Người này là trẻ em: cần sự đồng ý của người giám hộ hoặc đại diện hợp pháp.',
    );
    expect(within(dialog).queryByRole('textbox', { name: /Họ tên người giám hộ/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Người giám hộ, đại diện hợp pháp' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Đồng ý bằng lời, có người làm chứng' }));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /Mục đích/ }),
      'Chia sẻ thông tin với cơ quan, tổ chức',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận sự đồng ý' }));

    const required = 'Trường này là bắt buộc.';
    expect(within(dialog).getByRole('textbox', { name: /Họ tên người giám hộ/ })).toHaveAccessibleDescription(required);
    expect(within(dialog).getByRole('textbox', { name: /Quan hệ với người được tiếp nhận/ })).toHaveAccessibleDescription(required);
    expect(within(dialog).getByRole('textbox', { name: /Họ tên người làm chứng/ })).toHaveAccessibleDescription(required);
    expect(within(dialog).getByRole('combobox', { name: /Cơ quan, tổ chức được chia sẻ/ })).toHaveAccessibleDescription(required);
    expect(within(dialog).getByRole('group', { name: /Nhóm thông tin được phép chia sẻ/ })).toHaveAccessibleDescription(
      'Chọn ít nhất một nhóm thông tin.',
    );
    expect(network.to('POST', CONSENTS)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Họ tên người giám hộ/ }), 'Trần Thị Mai');
    await user.type(within(dialog).getByRole('textbox', { name: /Quan hệ với người được tiếp nhận/ }), 'Mẹ');
    await user.type(within(dialog).getByRole('textbox', { name: /Họ tên người làm chứng/ }), 'Hoàng Văn Nam');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /Cơ quan, tổ chức được chia sẻ/ }),
      "Blue Dragon Children's Foundation",
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Nhân thân' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sức khỏe' }));
    await user.type(within(dialog).getByLabelText('Có hiệu lực đến ngày'), '2027-03-01');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận sự đồng ý' }));

    expect(await screen.findByText('Đã ghi nhận sự đồng ý.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const body = await network.to('POST', CONSENTS)[0]!.json();
    expect(body).toMatchObject({
      personId: CHILD_ID,
      givenBy: 'GUARDIAN',
      guardianName: 'Trần Thị Mai',
      guardianRelation: 'Mẹ',
      purpose: 'SHARE_WITH_ORGANIZATION',
      organizationId: BLUE_DRAGON,
      fieldGroups: ['IDENTITY', 'HEALTH'],
      method: 'VERBAL_WITH_WITNESS',
      witnessName: 'Hoàng Văn Nam',
    });
    expect(body.givenAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(body.validUntil).toMatch(/^2027-03-01T23:59:59[+-]\d{2}:\d{2}$/);

    const row = await screen.findByRole('row', { name: /Chia sẻ thông tin với cơ quan, tổ chức/ });
    expect(within(row).getByText('Đang hiệu lực')).toBeInTheDocument();
    expect(within(row).getByText('Trần Minh An')).toBeInTheDocument();
  });

  it('sends no guardian, witness or organization when they do not apply', async () => {
    const network = setup();
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận sự đồng ý' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('combobox', { name: /Người liên quan/ })).toHaveValue(PERSON_ID);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Mục đích/ }), 'Nhận hỗ trợ');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Thông tin liên lạc' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận sự đồng ý' }));
    await screen.findByText('Đã ghi nhận sự đồng ý.');
    const body = await network.to('POST', CONSENTS)[0]!.json();
    expect(body).toMatchObject({ personId: PERSON_ID, givenBy: 'PERSON', purpose: 'SUPPORT', method: 'SIGNED_FORM' });
    for (const absent of ['guardianName', 'guardianRelation', 'organizationId', 'witnessName', 'validUntil']) {
      expect(body).not.toHaveProperty(absent);
    }
  });

  it('lists active and withdrawn consents and withdraws one with a reason', async () => {
    const network = setup([
      consent(),
      consent({
        id: 'c-old',
        purpose: 'CONTACT',
        active: false,
        withdrawnAt: '2026-03-01T08:00:00+07:00',
        withdrawalReason: 'Không muốn được liên lạc',
      }),
    ]);
    const { user } = renderApp({ route: ROUTE });
    const active = await screen.findByRole('row', { name: /Nhận hỗ trợ/ });
    expect(within(active).getByText('Đang hiệu lực')).toBeInTheDocument();
    expect(within(active).getByText('Nhân thân, Sức khỏe')).toBeInTheDocument();
    const withdrawn = screen.getByRole('row', { name: /Liên lạc với người đó/ });
    expect(within(withdrawn).getByText('Đã rút lại')).toBeInTheDocument();
    expect(within(withdrawn).getByText('Không muốn được liên lạc')).toBeInTheDocument();
    expect(within(withdrawn).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(active).getByRole('button', { name: 'Rút lại sự đồng ý: Nhận hỗ trợ' }));
    const dialog = screen.getByRole('dialog', { name: 'Rút lại sự đồng ý' });
    await user.click(within(dialog).getByRole('button', { name: 'Rút lại' }));
    expect(within(dialog).getByRole('textbox', { name: 'Lý do' })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do' }), 'Người đó đổi ý');
    await user.click(within(dialog).getByRole('button', { name: 'Rút lại' }));

    expect(await screen.findByText('Đã rút lại sự đồng ý.')).toBeInTheDocument();
    expect(await within(screen.getByRole('row', { name: /Nhận hỗ trợ/ })).findByText('Người đó đổi ý')).toBeInTheDocument();
    const [request] = network.to('POST', `${CONSENTS}/9d4c0f51-6e70-4182-9dce-3f4a5b6c7d8e/withdraw`);
    expect(await request!.json()).toEqual({ reason: 'Người đó đổi ý' });
  });
});
