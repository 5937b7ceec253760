import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, organization, ORG_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

describe('organization form', () => {
  it('shows the field errors of a 422 beside their fields and in the summary', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['admin'])),
      'POST /api/v1/organizations': problem(422, {
        code: 'validation.failed',
        title: 'The request is not valid',
        errors: [
          { field: 'nameVi', message: 'Tên này đã được dùng' },
          { field: 'contacts[0].email', message: 'Email không hợp lệ' },
        ],
      }),
    });
    const { user } = renderApp({ route: '/directory/organizations/new' });

    await user.type(await screen.findByLabelText(/Tên \(tiếng Việt\)/), 'Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh');
    await user.selectOptions(screen.getByLabelText(/Loại hình/), 'Tổ chức chính trị - xã hội');
    await user.type(screen.getByLabelText(/Giới thiệu/), 'Truyền thông phòng ngừa mua bán người');
    await user.type(screen.getByLabelText(/Mã bưu chính/), '01000');
    await user.click(screen.getByRole('button', { name: 'Thêm người liên hệ' }));
    await user.type(screen.getByLabelText(/Họ và tên/), 'Lê Thị Hoa');
    await user.type(within(screen.getByRole('group', { name: 'Người liên hệ 1' })).getByLabelText('Email'), 'hoa@');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Một số thông tin chưa hợp lệ');
    const name = screen.getByLabelText(/Tên \(tiếng Việt\)/);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Tên này đã được dùng');
    const contactEmail = within(screen.getByRole('group', { name: 'Người liên hệ 1' })).getByLabelText('Email');
    expect(contactEmail).toHaveAccessibleDescription('Email không hợp lệ');
    // The organization's own email field is not blamed for the contact's.
    expect(screen.getByLabelText('Email', { selector: '#organization-email' })).not.toHaveAttribute('aria-invalid');

    const summary = screen.getByText('Hãy sửa các trường sau:').closest('div')!;
    expect(within(summary).getByRole('link', { name: 'Tên (tiếng Việt): Tên này đã được dùng' })).toHaveAttribute(
      'href',
      '#organization-nameVi',
    );
    expect(within(summary).getByRole('link', { name: /Người liên hệ 1 – Email: Email không hợp lệ/ })).toBeInTheDocument();

    const [request] = network.to('POST', '/api/v1/organizations');
    expect(await request!.json()).toMatchObject({
      nameVi: 'Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh',
      kind: 'MASS_ORGANIZATION',
      status: 'ACTIVE',
      description: 'Truyền thông phòng ngừa mua bán người',
      postalCode: '01000',
      contacts: [{ name: 'Lê Thị Hoa', email: 'hoa@' }],
    });
    expect(request!.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('checks required fields before sending anything', async () => {
    const network = mockFetch({ 'GET /api/v1/me': json(me(['admin'])) });
    const { user } = renderApp({ route: '/directory/organizations/new' });
    await user.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(screen.getByLabelText(/Tên \(tiếng Việt\)/)).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(screen.getByLabelText(/Loại hình/)).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(network.to('POST', '/api/v1/organizations')).toHaveLength(0);
  });

  it('sends If-Match and explains a 412, offering to reload', async () => {
    let version = 3;
    const network = mockFetch({
      'GET /api/v1/me': json(me(['admin'])),
      'GET /api/v1/organizations/:id': () =>
        json(organization({ version, nameVi: `Tên phiên bản ${version}` }), { headers: { ETag: `"${version}"` } }),
      'PUT /api/v1/organizations/:id': problem(412, {
        code: 'precondition.stale',
        title: 'The record was changed by someone else',
      }),
    });
    const { user } = renderApp({ route: `/directory/organizations/${ORG_ID}/edit` });

    const name = await screen.findByLabelText(/Tên \(tiếng Việt\)/);
    expect(name).toHaveValue('Tên phiên bản 3');
    await user.clear(name);
    await user.type(name, 'Tên mới');
    version = 4;
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Người khác vừa thay đổi bản ghi này');
    expect(network.to('PUT', `/api/v1/organizations/${ORG_ID}`)[0]!.headers.get('If-Match')).toBe('"3"');

    await user.click(within(alert).getByRole('button', { name: 'Tải lại bản mới nhất' }));
    expect(await screen.findByDisplayValue('Tên phiên bản 4')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
