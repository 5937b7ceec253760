// End-to-end: a club coordinator records this month's meeting on a phone, against the real stack.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, signIn, visible, withPage } from './support.mjs';

const PHONE = { width: 390, height: 844 };

describe('clubs', { timeout: 180_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test("the Cao Xanh coordinator records this month's meeting with attendance and two guests on a phone", async () => {
    await withPage(
      browser,
      'coordinator-meeting',
      async (page) => {
        await signIn(page, 'coordinator-caoxanh', 'demo');
        // A coordinator's home leads to their own club.
        await page.getByRole('link', { name: 'Mở câu lạc bộ của tôi' }).click();
        await visible(page.getByRole('heading', { level: 1, name: /Cao Xanh/ }));
        await visible(page.getByRole('heading', { level: 2, name: 'Buổi sinh hoạt tháng này' }));
        await page.getByRole('link', { name: /Ghi nhận buổi sinh hoạt|Đã ghi nhận/ }).click();
        await visible(page.getByRole('heading', { level: 1, name: /Điểm danh buổi sinh hoạt/ }));

        // One screen of member toggles: all present, then one tapped to late and one to absent.
        await page.getByRole('button', { name: 'Tất cả có mặt' }).click();
        const members = page.locator('.attendance-list button');
        const count = await members.count();
        assert.ok(count >= 3, `a roster of the club's members (${count})`);
        await members.nth(0).click();
        await members.nth(1).click();
        await members.nth(1).click();
        await members.nth(1).click();
        await visible(page.getByText(`${count - 2} có mặt · 1 đến muộn · 0 có phép · 1 vắng`));
        await page.getByRole('spinbutton', { name: 'Người có nguy cơ · Nữ' }).fill('2');
        // Nothing on the page is wider than the phone.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= PHONE.width, `the page fits the phone (${width} px)`);

        await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
        await visible(page.getByText(`Đã lưu điểm danh: ${count - 1} có mặt, 2 khách.`));

        // Back in the club the meeting of this month reads as held.
        await page.getByRole('link', { name: 'Quay lại' }).click();
        await visible(page.getByText(/Đã sinh hoạt/));
        await visible(page.getByRole('link', { name: 'Đã ghi nhận' }));
      },
      { viewport: PHONE },
    );
  });

  test('an outreach contact with a young woman planning to work abroad becomes a referral the Social Work Centre sees in its inbox', async () => {
    const alias = `H.${Date.now() % 100000}`;
    await withPage(
      browser,
      'coordinator-outreach',
      async (page) => {
        await signIn(page, 'coordinator-caoxanh', 'demo');
        await page.getByRole('link', { name: 'Mở câu lạc bộ của tôi' }).click();
        await visible(page.getByRole('heading', { level: 1, name: /Cao Xanh/ }));
        await page.getByRole('link', { name: 'Nhật ký tiếp cận' }).click();
        await visible(page.getByRole('heading', { level: 1, name: 'Tiếp cận cộng đồng' }));
        await page.getByRole('button', { name: 'Ghi nhận lượt tiếp cận' }).click();
        const dialog = page.getByRole('dialog', { name: 'Ghi nhận lượt tiếp cận' });
        await dialog.getByRole('textbox', { name: /Tên gọi hoặc chữ cái đầu/ }).fill(alias);
        await dialog.getByRole('combobox', { name: /Độ tuổi/ }).selectOption('AGE_18_20');
        await dialog.getByRole('combobox', { name: /Nhóm/ }).selectOption('PROSPECTIVE_MIGRANT_WORKER');
        await dialog.getByRole('textbox', { name: /Nội dung trao đổi/ }).fill('Được rủ sang làm phục vụ nhà hàng ở nước ngoài, lương cao, chưa có hợp đồng.');
        await dialog.getByRole('checkbox', { name: /đồng ý cho ghi họ tên/ }).check();
        await dialog.getByRole('textbox', { name: /Họ và tên/ }).fill('Nguyễn Thị Thu Hà');
        await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
        await visible(page.getByText(`Đã ghi nhận lượt tiếp cận với ${alias}.`));

        const row = page.locator('.member-row').filter({ hasText: 'Nguyễn Thị Thu Hà' }).first();
        await row.getByRole('button', { name: 'Chuyển tuyến' }).click();
        const refer = page.getByRole('dialog', { name: `Chuyển tuyến ${alias}` });
        await refer.getByRole('combobox', { name: /Chuyển đến/ }).selectOption({ label: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh' });
        await refer.getByRole('textbox', { name: /Lý do chuyển tuyến/ }).fill('Cần tư vấn di cư an toàn trước khi đi; người môi giới không rõ danh tính.');
        await refer.getByRole('checkbox', { name: /đồng ý chia sẻ họ tên/ }).check();
        await refer.getByRole('button', { name: 'Gửi chuyển tuyến' }).click();
        await visible(page.getByText(`Đã gửi chuyển tuyến ${alias}.`));
      },
      { viewport: PHONE },
    );
    await withPage(browser, 'worker-outreach-inbox', async (page) => {
      await signIn(page, 'worker', 'demo');
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chuyển tuyến' }).click();
      await page.getByRole('link', { name: 'Từ tiếp cận cộng đồng' }).first().click();
      await visible(page.getByRole('heading', { level: 1, name: `Chuyển tuyến từ tiếp cận cộng đồng: ${alias}` }));
      await visible(page.getByText('Nguyễn Thị Thu Hà'));
      await visible(page.getByText(/Cao Xanh/));

      // She accepts it and opens an intake from it: what the club shared is filled in, and the case shows the club.
      await page.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
      await visible(page.getByText('Đã cập nhật chuyển tuyến. Trạng thái: Đã chấp nhận.'));
      await page.getByRole('link', { name: 'Mở tiếp nhận từ chuyển tuyến này' }).click();
      await visible(page.getByRole('heading', { level: 1, name: /Tiếp nhận từ chuyển tuyến của .*Cao Xanh/ }));
      const next = page.getByRole('button', { name: 'Tiếp theo', exact: true });
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Người được tiếp nhận/ }));
      assert.equal(await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).inputValue(), 'Nguyễn Thị Thu Hà');
      await page.getByRole('textbox', { name: 'Tuổi ước tính', exact: true }).fill('19');
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Trẻ em đi cùng/ }));
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Phân loại và diễn biến/ }));
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Kiểm tra và gửi/ }));
      await page.getByRole('button', { name: 'Gửi tiếp nhận', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: /^[A-Z]+-\d{4}-\d{6}$/ }));
      const clubs = await visible(page.getByRole('region', { name: 'Đến qua câu lạc bộ' }));
      await visible(clubs.getByText(/Cao Xanh/));
      await visible(clubs.getByText(/được tiếp cận qua hoạt động cộng đồng/));
    });
  });

  test("another club's members stay out of reach", async () => {
    await withPage(browser, 'coordinator-other-club', async (page) => {
      await signIn(page, 'coordinator-caoxanh', 'demo');
      await page.getByRole('link', { name: 'Mở câu lạc bộ của tôi' }).click();
      await visible(page.getByRole('heading', { level: 1, name: /Cao Xanh/ }));
      // The address of Tuần Châu's members, opened inside the signed-in app.
      await page.evaluate(() => {
        window.history.pushState({}, '', '/clubs/00000000-0000-4000-a000-000000000010/members');
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      await visible(page.getByText('Không tìm thấy bản ghi. Có thể nó đã bị xóa hoặc nằm ngoài phạm vi của bạn.'));
    });
  });
});
