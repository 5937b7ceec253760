import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, organization, ORG_ID, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

// Typing a whole service with its contact takes seconds when the machine is busy.
describe('service form', { timeout: 20_000 }, () => {
  it('creates a service for an organization chosen from the organizations API', async () => {
    const police = organization({ id: '00000000-0000-4000-a000-000000000003', nameVi: 'Công an tỉnh Quảng Ninh', kind: 'POLICE' });
    const network = mockFetch({
      'GET /api/v1/me': json(me(['admin'])),
      'GET /api/v1/organizations': json(page([organization(), police])),
      'POST /api/v1/services': async (request) => {
        const body = await request.json();
        return json(
          { ...body, organizationName: 'Công an tỉnh Quảng Ninh', status: 'ACTIVE', version: 0, updatedAt: '2026-03-01T10:00:00+07:00' },
          { status: 201, headers: { ETag: '"0"' } },
        );
      },
    });
    const { user } = renderApp({ route: `/directory/services/new?organizationId=${ORG_ID}` });

    const organizationSelect = await screen.findByRole('combobox', { name: /Cơ quan, tổ chức/ });
    expect(await screen.findByRole('option', { name: 'Công an tỉnh Quảng Ninh' })).toBeInTheDocument();
    expect(organizationSelect).toHaveValue(ORG_ID);
    await user.selectOptions(organizationSelect, 'Công an tỉnh Quảng Ninh');
    await user.selectOptions(screen.getByRole('combobox', { name: /Loại dịch vụ/ }), 'Trợ giúp pháp lý');
    await user.type(screen.getByRole('textbox', { name: /Tên \(tiếng Việt\)/ }), 'Tư vấn pháp lý cho nạn nhân');
    // Languages by name, never codes.
    for (const name of ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Trung']) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Thêm ngôn ngữ…' }), within(screen.getByRole('combobox', { name: 'Thêm ngôn ngữ…' })).getAllByRole('option', { name })[0]!);
    }
    await user.type(screen.getByRole('textbox', { name: 'Sức chứa' }), '12');
    await user.type(screen.getByRole('textbox', { name: /Điện thoại của dịch vụ/ }), '18001567');
    // A contact about the service, with the fields the Open Referral feed carries as its contacts.
    await user.click(screen.getByRole('button', { name: 'Thêm người liên hệ' }));
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên/ }), 'Bộ phận trợ giúp pháp lý');
    await user.type(screen.getByRole('textbox', { name: 'Chức vụ' }), 'Luật sư');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tư vấn pháp lý cho nạn nhân' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '18001567' })).toHaveAttribute('href', 'tel:18001567');
    expect(screen.getByRole('cell', { name: 'Bộ phận trợ giúp pháp lý' })).toBeInTheDocument();
    expect(screen.getByText('Đã thêm dịch vụ.')).toBeInTheDocument();
    expect(screen.getByText('Trợ giúp pháp lý')).toBeInTheDocument();

    const [request] = network.to('POST', '/api/v1/services');
    const body = await request!.json();
    expect(body).toMatchObject({
      organizationId: '00000000-0000-4000-a000-000000000003',
      type: 'LEGAL_AID',
      nameVi: 'Tư vấn pháp lý cho nạn nhân',
      languages: ['vi', 'en', 'zh'],
      capacity: 12,
      status: 'ACTIVE',
      phone: '18001567',
      contacts: [{ name: 'Bộ phận trợ giúp pháp lý', role: 'Luật sư' }],
    });
    // The client picks the id, so a retried create cannot make a second record.
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(request!.headers.get('Idempotency-Key')).toBe(body.id);
    expect(body).not.toHaveProperty('nameEn');
  });

  it('rejects a capacity that is not a whole number before sending', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['admin'])), 'GET /api/v1/organizations': json(page([organization()])) });
    const { user } = renderApp({ route: '/directory/services/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Sức chứa' }), 'ba');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByRole('textbox', { name: 'Sức chứa' })).toHaveAccessibleDescription('Hãy nhập một số nguyên không âm.');
    expect(screen.getByRole('combobox', { name: /Loại dịch vụ/ })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(network.to('POST', '/api/v1/services')).toHaveLength(0);
  });

  it('drops a wholly blank contact row before sending, so the rows shown are the rows sent', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['admin'])),
      'GET /api/v1/organizations': json(page([organization()])),
      'POST /api/v1/services': () =>
        problem(422, { code: 'validation.failed', errors: [{ field: 'contacts[0].phone', message: 'must be a phone number' }] }),
    });
    const { user } = renderApp({ route: `/directory/services/new?organizationId=${ORG_ID}` });
    await user.selectOptions(await screen.findByRole('combobox', { name: /Loại dịch vụ/ }), 'Trợ giúp pháp lý');
    await user.type(screen.getByRole('textbox', { name: /Tên \(tiếng Việt\)/ }), 'Tư vấn');
    await user.click(screen.getByRole('button', { name: 'Thêm người liên hệ' }));
    await user.click(screen.getByRole('button', { name: 'Thêm người liên hệ' }));
    const second = screen.getByRole('group', { name: 'Người liên hệ 2' });
    await user.type(within(second).getByRole('textbox', { name: /^Họ và tên/ }), 'Luật sư Hoa');
    await user.type(within(second).getByRole('textbox', { name: 'Điện thoại' }), 'gọi chị Hoa');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    // The blank first row is gone, so the server's contacts[0] is the row the reader sees first.
    const only = await screen.findByRole('group', { name: 'Người liên hệ 1' });
    await waitFor(() => expect(within(only).getByRole('textbox', { name: 'Điện thoại' })).toHaveAccessibleDescription(/./));
    expect(within(only).getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Luật sư Hoa');
    expect(screen.queryByRole('group', { name: 'Người liên hệ 2' })).not.toBeInTheDocument();
    const [request] = network.to('POST', '/api/v1/services');
    expect((await request!.json()).contacts).toEqual([{ name: 'Luật sư Hoa', phone: 'gọi chị Hoa' }]);
  });

  it('asks for the name of a contact that has anything else in it', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['admin'])), 'GET /api/v1/organizations': json(page([organization()])) });
    const { user } = renderApp({ route: `/directory/services/new?organizationId=${ORG_ID}` });
    await user.click(await screen.findByRole('button', { name: 'Thêm người liên hệ' }));
    await user.type(screen.getByRole('textbox', { name: 'Chức vụ' }), 'Luật sư');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByRole('textbox', { name: /^Họ và tên/ })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(screen.getByRole('link', { name: /Người liên hệ 1 – Họ và tên/ })).toBeInTheDocument();
    expect(network.to('POST', '/api/v1/services')).toHaveLength(0);
  });
});
