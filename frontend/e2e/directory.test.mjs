// End-to-end: the directory against the real stack (Keycloak, backend, SPA).
//   SPA_URL=http://127.0.0.1:5183 node --test e2e/
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, signIn, SPA_URL, visible, withPage } from './support.mjs';

describe('directory', { timeout: 180_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('a social worker reads the directory in Vietnamese, then English, and signs out', async () => {
    await withPage(browser, 'worker-directory', async (page) => {
      await signIn(page, 'worker', 'demo');
      // Everyone starts on their home page; the directory is one click away.
      await visible(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cơ quan, tổ chức' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Cơ quan, tổ chức' }));
      await visible(page.getByRole('group', { name: 'Tài khoản' }).getByText('Nguyễn Thị Lan'));
      await visible(page.getByRole('link', { name: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh' }));
      await visible(page.getByRole('cell', { name: 'Công an', exact: true }));
      assert.match(await page.getByText(/^Tổng số: \d+$/).textContent(), /Tổng số: \d+/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
      // A social worker may not add organizations.
      assert.equal(await page.getByRole('link', { name: 'Thêm cơ quan, tổ chức' }).count(), 0);

      await page.getByRole('button', { name: 'English', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Organizations' }));
      await visible(page.getByRole('cell', { name: 'Police', exact: true }));
      await visible(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Services' }));
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');

      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      // The realm ends the session and sends the browser back to the SPA, still in English.
      await page.waitForURL((url) => url.href.startsWith(SPA_URL));
      await visible(page.getByRole('button', { name: 'Sign in', exact: true }));
      assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 0);
    });
  });

  test('an admin adds a service to an existing organization and finds it in the list', async () => {
    await withPage(browser, 'admin-create-service', async (page) => {
      const name = `Tư vấn thử nghiệm E2E ${Date.now()}`;
      await signIn(page, 'admin', 'demo');
      await visible(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));

      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Dịch vụ' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Dịch vụ' }));
      await page.getByRole('link', { name: 'Thêm dịch vụ' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Thêm dịch vụ' }));

      const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lưu', exact: true }) });
      await form
        .getByRole('combobox', { name: 'Cơ quan, tổ chức' })
        .selectOption({ label: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh' });
      await form.getByRole('combobox', { name: 'Loại dịch vụ' }).selectOption({ label: 'Tư vấn' });
      await form.getByRole('textbox', { name: 'Tên (tiếng Việt)' }).fill(name);
      await form.getByRole('textbox', { name: 'Tên (tiếng Anh)' }).fill('E2E counselling');
      // Languages by name: Vietnamese, then English.
      await form.getByRole('combobox', { name: 'Thêm ngôn ngữ…' }).selectOption('vi');
      await form.getByRole('combobox', { name: 'Thêm ngôn ngữ…' }).selectOption('en');
      await visible(form.getByRole('list', { name: 'Ngôn ngữ đã chọn' }).getByText('Tiếng Anh'));
      await form.getByRole('textbox', { name: 'Sức chứa' }).fill('5');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();

      await visible(page.getByRole('heading', { level: 1, name }));
      await visible(page.getByText('Đã thêm dịch vụ.'));

      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Dịch vụ' }).click();
      await page.getByRole('searchbox', { name: 'Từ khóa' }).fill(name);
      await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
      await visible(row);
      await visible(row.getByRole('cell', { name: 'Tư vấn', exact: true }));
      await visible(row.getByRole('link', { name: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh' }));
    });
  });
});
