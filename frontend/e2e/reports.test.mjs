// End-to-end: a supervisor reads the 3-day verification report of the year and downloads it as XLSX,
// then sees the plan's 3-day verification indicator against its 100 % target and downloads the plan's progress.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, signIn, visible, withPage } from './support.mjs';

describe('reports', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('a supervisor reads verification within 3 days for the year and downloads it as XLSX', async () => {
    await withPage(browser, 'supervisor-reports', async (page) => {
      await signIn(page, 'supervisor', 'demo');
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Báo cáo số liệu' }));
      await page.getByRole('combobox', { name: 'Báo cáo' }).selectOption('verification');
      const year = String(new Date().getFullYear());
      await page.getByRole('textbox', { name: /Kỳ báo cáo/ }).fill(year);
      await page.getByRole('combobox', { name: 'Nhóm theo (1)' }).selectOption('outcome');
      // The box is kept in the address, which the router updates a moment after the click.
      await page.getByRole('checkbox', { name: 'Hiện cả ô bằng 0' }).click();
      await visible(page.getByRole('checkbox', { name: 'Hiện cả ô bằng 0', checked: true }));
      await page.getByRole('button', { name: 'Xem báo cáo' }).click();
      const table = await visible(page.getByRole('table'));
      await visible(table.getByRole('cell', { name: 'ON_TIME', exact: true }));
      await visible(table.getByRole('row', { name: /Tổng cộng/ }));
      assert.match(page.url(), new RegExp(`period=${year}`), 'the view is kept in the address');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click()]);
      assert.equal(download.suggestedFilename(), `verification-${year}.xlsx`);
      const bytes = await readFile(await download.path());
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (zip) file');
    });
  });

  test("a supervisor sees the plan's 3-day verification against its 100 % target and downloads the progress as XLSX", async () => {
    await withPage(browser, 'supervisor-plans', async (page) => {
      await signIn(page, 'supervisor', 'demo');
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch, chỉ tiêu' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Kế hoạch và chỉ tiêu' }));
      const year = String(new Date().getFullYear());
      const targets = await visible(page.getByRole('region', { name: 'Các chỉ tiêu' }));
      const verified = targets.getByRole('row', { name: /xác minh trong 3 ngày/ }).filter({ hasText: year }).first();
      await visible(verified);
      const cells = await verified.getByRole('cell').allInnerTexts();
      assert.equal(cells[0], year, 'the yearly target');
      assert.equal(cells[1], '100 %', 'the target is 100 %');
      // The bars are drawn (SVG) next to the table.
      await visible(page.getByRole('figure', { name: 'Biểu đồ chỉ tiêu so với kết quả thực hiện' }).locator('svg').first());

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click()]);
      assert.equal(download.suggestedFilename(), `plan-progress-${year}.xlsx`);
      const bytes = await readFile(await download.path());
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (zip) file');
    });
  });
});
