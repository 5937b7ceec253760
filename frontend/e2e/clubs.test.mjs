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
        // A coordinator starts in their own club.
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

  test("another club's members stay out of reach", async () => {
    await withPage(browser, 'coordinator-other-club', async (page) => {
      await signIn(page, 'coordinator-caoxanh', 'demo');
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
