import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { fakeSession, renderApp } from '@/testing/render-app';

describe('routes', () => {
  it('keeps a social worker out of the admin-only create page', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': json(page([organization()])),
    });
    renderApp({ route: '/directory/organizations/new' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/Tên \(tiếng Việt\)/)).not.toBeInTheDocument();
    expect(network.to('POST', '/api/v1/organizations')).toHaveLength(0);
  });

  it('lets an admin open the create page', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['admin'])) });
    renderApp({ route: '/directory/organizations/new' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thêm cơ quan, tổ chức' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Tên \(tiếng Việt\)/)).toBeInTheDocument();
  });

  it('shows the user, their organization and the navigation for their role', async () => {
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': json(page([])),
    });
    renderApp({ route: '/directory/organizations' });
    const account = await screen.findByRole('group', { name: 'Tài khoản' });
    expect(await within(account).findByText('Nguyễn Thị Lan')).toBeInTheDocument();
    expect(within(account).getByText('Trung tâm Công tác xã hội tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(within(account).getByText('Nhân viên công tác xã hội')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Cơ quan, tổ chức' })).toHaveAttribute('aria-current', 'page'));
    expect(within(nav).getByRole('link', { name: 'Dịch vụ' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('Cơ quan, tổ chức · SafeReturn');
  });

  it('marks one menu item only: the ticket list, not the console whose address starts it', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['hotline-operator'])), 'GET /api/v1/hotline/tickets': json(page([])) });
    renderApp({ route: '/hotline/tickets' });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Phiếu tổng đài' })).toHaveAttribute('aria-current', 'page'));
    expect(within(nav).getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page')).toHaveLength(1);
    expect(document.title).toBe('Phiếu tổng đài · SafeReturn');
  });

  it('starts a club coordinator on the home page, one step from their club', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['club-coordinator'])) });
    renderApp({ route: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Việc của tôi' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Mở câu lạc bộ của tôi' })).toHaveAttribute('href', '/clubs');
    expect(document.title).toBe('Trang chủ · SafeReturn');
  });

  it.each([
    [
      ['social-worker'],
      ['Trang chủ', 'Danh sách hồ sơ', 'Tiếp nhận mới', 'Phòng tạm lánh', 'Bảng điều phối', 'Phiếu tổng đài', 'Cuộc gọi mới', 'Chuyển tuyến', 'Tập huấn', 'Truyền thông', 'Cơ quan, tổ chức', 'Dịch vụ', 'Kế hoạch, chỉ tiêu', 'Báo cáo', 'Mức hỗ trợ bằng tiền'],
    ],
    [['hotline-operator'], ['Trang chủ', 'Danh sách hồ sơ', 'Tiếp nhận mới', 'Bảng điều phối', 'Phiếu tổng đài', 'Cuộc gọi mới', 'Cơ quan, tổ chức', 'Dịch vụ']],
    [
      ['supervisor'],
      [
        'Trang chủ',
        'Danh sách hồ sơ',
        'Tiếp nhận mới',
        'Phòng tạm lánh',
        'Bảng điều phối',
        'Phiếu tổng đài',
        'Cuộc gọi mới',
        'Chuyển tuyến',
        'Câu lạc bộ',
        'Tập huấn',
        'Truyền thông',
        'Cơ quan, tổ chức',
        'Dịch vụ',
        'Kế hoạch, chỉ tiêu',
        'Báo cáo',
        'Nhật ký truy cập',
        'Mức hỗ trợ bằng tiền',
      ],
    ],
    [['partner'], ['Trang chủ', 'Chuyển tuyến', 'Cơ quan, tổ chức', 'Dịch vụ']],
    [['admin'], ['Trang chủ', 'Đường dây và danh mục', 'Câu lạc bộ', 'Tập huấn', 'Truyền thông', 'Cơ quan, tổ chức', 'Dịch vụ', 'Nhật ký truy cập', 'Mức hỗ trợ bằng tiền']],
    [['analyst'], ['Trang chủ', 'Tập huấn', 'Truyền thông', 'Cơ quan, tổ chức', 'Dịch vụ', 'Kế hoạch, chỉ tiêu', 'Báo cáo']],
    [['club-coordinator'], ['Trang chủ', 'Câu lạc bộ', 'Cơ quan, tổ chức', 'Dịch vụ', 'Báo cáo']],
  ])('shows %s the home and the cases, hotline, referral and audit entries of their role', async (roles, links) => {
    mockFetch({ 'GET /api/v1/me': json(me(roles)), 'GET /api/v1/organizations': json(page([])) });
    renderApp({ route: '/directory/organizations' });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    await within(nav).findByRole('link', { name: 'Cơ quan, tổ chức' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(links);
  });

  it('signs out from the header', async () => {
    mockFetch({ 'GET /api/v1/me': json(me(['social-worker'])), 'GET /api/v1/organizations': json(page([])) });
    const session = fakeSession();
    const { user } = renderApp({ route: '/directory/organizations', session });
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    expect(session.signOut).toHaveBeenCalledOnce();
  });

  it('shows signed-out visitors the sign-in page, which returns them where they were', async () => {
    const session = fakeSession({ status: 'signed-out' });
    const { user } = renderApp({ route: '/directory/services?type=MEDICAL', session });
    expect(screen.getByRole('heading', { level: 1, name: 'Chào mừng đến với SafeReturn' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(session.signIn).toHaveBeenCalledWith('/directory/services?type=MEDICAL');
  });
});
