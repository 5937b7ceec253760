// End-to-end: every role lands on its own home, at a desktop's and a phone's size; the
// screenshots go to the test's output folder (e2e/artifacts/home-<role>-<size>.png).
//   SPA_URL=http://127.0.0.1:5183 node --test e2e/homes.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, launchBrowser, screenshot, signIn, userToken, visible, withPage } from './support.mjs';

/** The Social Work Centre's counselling line (demo data). */
const COUNSELLING_LINE = '00000000-0000-4000-c000-000000000001';
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

describe('every role’s home', { timeout: 300_000 }, () => {
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

  test('lists on a phone: a case and a ticket are each a row of two or three lines', async () => {
    // At least a few rows of each, whatever ran before.
    const worker = await userToken('worker');
    const operator = await userToken('operator');
    for (let i = 0; i < 3; i++) {
      await api(worker, 'POST', '/api/v1/intakes', {
        channel: 'SELF',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        person: { fullName: `Phạm Thị Dòng Danh Sách ${i}`, sex: 'FEMALE', estimatedAge: 30 },
        category: 'AT_RISK',
      }, 201);
      await api(operator, 'POST', '/api/v1/hotline/tickets', {
        lineId: COUNSELLING_LINE,
        channel: 'PHONE',
        direction: 'INBOUND',
        startedAt: new Date(Date.now() - 600_000).toISOString(),
        caller: { anonymous: true },
        categories: ['INFORMATION_REQUEST'],
        summary: 'Hỏi về dấu hiệu lừa đảo tuyển dụng đi làm ở nước ngoài.',
        urgency: 'LOW',
      }, 201);
    }
    for (const [user, path] of [['worker', '/cases'], ['operator', '/hotline/tickets']]) {
      await withPage(
        browser,
        `list-${user}-${path.replaceAll('/', '-')}`,
        async (page) => {
          await signIn(page, user, 'demo');
          await page.goto(new URL(path, page.url()).toString());
          const rows = page.locator('table.table--rows tbody tr');
          await rows.first().waitFor();
          const count = Math.min(await rows.count(), 5);
          for (let i = 0; i < count; i++) {
            const box = await rows.nth(i).boundingBox();
            // One line is about 24 px: three lines and the padding stay under 110 px.
            assert.ok(box.height < 110, `${path}: row ${i + 1} is ${box.height} px tall`);
          }
          await screenshot(page, `list${path.replaceAll('/', '-')}-phone`);
        },
        { viewport: { width: 390, height: 844 } },
      );
    }
  });
});
