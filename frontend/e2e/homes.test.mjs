// End-to-end: every role lands on its own home, at a desktop's and a phone's size; the
// screenshots go to the test's output folder (e2e/artifacts/home-<role>-<size>.png).
//   E2E_CASES=1 SPA_URL=http://127.0.0.1:5183 node --test e2e/homes.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, screenshot, signIn, visible, withPage } from './support.mjs';

const enabled = process.env.E2E_CASES === '1';
const SIZES = [['desktop', { width: 1366, height: 800 }], ['phone', { width: 390, height: 844 }]];
/** Each demo user and what their home shows them first. */
const HOMES = [
  ['supervisor', 'Hồ sơ tôi phụ trách đang chờ xác minh, theo hạn'],
  ['operator', 'Cuộc gọi KHẨN CẤP đang mở'],
  ['partner', 'Chuyển tuyến đến chờ trả lời'],
  ['admin', 'Cơ quan, tổ chức đang ngừng hoạt động'],
  ['coordinator', null],
  ['analyst', null],
];

describe('every role’s home', { skip: enabled ? false : 'set E2E_CASES=1', timeout: 300_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [user, first] of HOMES) {
    test(`${user}: the home at both sizes, with what waits for them`, async () => {
      for (const [size, viewport] of SIZES) {
        await withPage(
          browser,
          `home-${user}-${size}`,
          async (page) => {
            await signIn(page, user, 'demo');
            await visible(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
            assert.equal(await page.title(), 'Trang chủ · SafeReturn');
            if (first) await visible(page.getByText(first).first());
            await page.waitForLoadState('networkidle');
            await screenshot(page, `home-${user}-${size}`);
          },
          { viewport },
        );
      }
    });
  }
});
