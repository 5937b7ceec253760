// End-to-end: a victim's path through the case page, against the real stack. The intake itself
// is recorded through the API (cases.test.mjs drives the intake form); from there a social
// worker identifies her as a victim, reads the entitlement (a–k), records an allowance, checks
// her in to a shelter room, hands her over to her family and plans a follow-up visit; the
// analyst cannot open the case.
//   SPA_URL=http://127.0.0.1:5183 API_URL=… KEYCLOAK_URL=… node --test e2e/case-journey.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { api, launchBrowser, pdfText, screenshot, signIn, userToken, visible, withPage } from './support.mjs';

const MONG_CAI_BORDER_GUARD = '00000000-0000-4000-a000-000000000004';

async function intake(name, hoursAgo = 2) {
  return api(await userToken('worker'), 'POST', '/api/v1/intakes', {
    channel: 'BORDER_GUARD_HANDOVER',
    handingOverOrganizationId: MONG_CAI_BORDER_GUARD,
    handoverDocumentNumber: `BB-${Date.now()}`,
    receivedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
    placeFoundCode: '22',
    person: { fullName: name, sex: 'FEMALE', estimatedAge: 24, nationality: 'VN' },
    category: 'PRESUMED_VICTIM',
    narrative: 'Bị lừa sang biên giới làm việc, được Bộ đội Biên phòng Móng Cái giải cứu.',
  }, 201);
}

describe('a victim along the legal path', { timeout: 300_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('a worker finds on the home page the case whose verification is due within the hour and opens it, at both sizes', async () => {
    const name = `Đinh Thị Đến Hạn ${Date.now() % 100000}`;
    // Received 71 hours ago: the law's 3 days end within the hour.
    const created = await intake(name, 71);
    for (const [size, viewport] of [['desktop', { width: 1366, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
      await withPage(
        browser,
        `worker-home-${size}`,
        async (page) => {
          await signIn(page, 'worker', 'demo');
          await visible(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
          assert.equal(await page.title(), 'Trang chủ · SafeReturn');
          const mine = page.getByRole('region', { name: 'Hồ sơ tôi phụ trách đang chờ xác minh, theo hạn' });
          const link = await visible(mine.getByRole('link', { name: `${created.caseNumber} — ${name}` }));
          if (size === 'phone') {
            // One line of header on a phone: the account and sign-out come with the menu.
            const header = await page.locator('.shell__header').boundingBox();
            assert.ok(header.height < 80, `the header takes ${header.height} px`);
            await page.getByRole('button', { name: 'Danh mục', exact: true }).click();
            await visible(page.getByRole('button', { name: 'Đăng xuất', exact: true }));
            await page.getByRole('button', { name: 'Danh mục', exact: true }).click();
          }
          await screenshot(page, `home-worker-${size}`);
          await link.click();
          await visible(page.getByRole('heading', { level: 1, name: created.caseNumber }));
        },
        { viewport },
      );
    }
  });

  test('identified, supported with an allowance and a shelter stay, handed over and followed up; hidden from the analyst', async () => {
    const name = `Hoàng Thị Hành Trình ${Date.now() % 100000}`;
    const created = await intake(name);

    await withPage(browser, 'worker-journey', async (page) => {
      await signIn(page, 'worker', 'demo');
      await page.goto(new URL(`/cases/${created.id}`, page.url()).toString());
      await visible(page.getByRole('heading', { level: 1, name: created.caseNumber }));

      // Verification, then identification as a victim by the provincial police.
      await page.getByRole('button', { name: 'Bắt đầu xác minh', exact: true }).click();
      let dialog = page.getByRole('dialog', { name: 'Bắt đầu xác minh' });
      await dialog.getByRole('button', { name: 'Bắt đầu xác minh', exact: true }).click();
      await visible(page.getByText('Đã cập nhật hồ sơ. Trạng thái: Đang xác minh.'));
      await page.getByRole('button', { name: 'Ghi nhận kết quả xác định', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Ghi nhận kết quả xác định' });
      await dialog.getByRole('combobox', { name: /Cơ quan ra quyết định/ }).selectOption({ label: 'Công an tỉnh Quảng Ninh' });
      await dialog.getByRole('textbox', { name: 'Số văn bản', exact: true }).fill('15/QĐ-CAT');
      await dialog.getByRole('radio', { name: 'Là nạn nhân', exact: true }).check();
      await dialog.getByRole('button', { name: 'Ghi nhận kết quả xác định', exact: true }).click();
      await visible(page.getByText('Đã cập nhật hồ sơ. Trạng thái: Đã xác định là nạn nhân.'));

      // The entitlement lists the law's a–k for a Vietnamese victim; an allowance is recorded.
      await page.getByRole('tab', { name: 'Hỗ trợ', exact: true }).click();
      const checklist = await visible(page.getByRole('table', { name: new RegExp(`^${name}`) }));
      for (const letter of ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k']) {
        const row = checklist.getByRole('row').filter({ hasText: `điểm ${letter}` });
        await visible(row.getByText(/^\W*Được hưởng$/).first());
      }
      await page.getByRole('button', { name: 'Ghi nhận hỗ trợ', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Ghi nhận hỗ trợ' });
      await dialog.getByRole('combobox', { name: /Chế độ hỗ trợ/ }).selectOption({ label: 'Trợ cấp khó khăn ban đầu' });
      await dialog.getByRole('textbox', { name: /Số tiền/ }).fill('1500000');
      await dialog.getByRole('button', { name: 'Ghi nhận hỗ trợ', exact: true }).click();
      await visible(page.getByRole('table').filter({ hasText: 'Trợ cấp khó khăn ban đầu' }).getByText(/1\.500\.000/).first());

      // A room at the Social Work Centre's shelter.
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Phòng tạm lánh', exact: true }).click();
      await page.getByRole('button', { name: 'Tiếp nhận vào phòng', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Tiếp nhận vào phòng tạm lánh' });
      await dialog.getByLabel(/Tìm hồ sơ/).fill(created.caseNumber);
      await dialog.getByRole('button', { name: 'Tìm', exact: true }).click();
      await (await visible(dialog.getByRole('radio', { name: new RegExp(created.caseNumber) }))).check();
      await visible(dialog.getByRole('radio', { name: new RegExp(name) }));
      const room = dialog.getByRole('combobox', { name: /Phòng/ });
      await visible(room);
      await room.selectOption({ index: 1 });
      await dialog.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await visible(page.getByText(new RegExp(`Đã tiếp nhận ${name} vào`)));
      await visible(page.getByRole('link', { name: created.caseNumber, exact: true }).first());

      // Handed over to her family, then a follow-up visit with the next one planned.
      await page.goto(new URL(`/cases/${created.id}`, page.url()).toString());
      await page.getByRole('button', { name: 'Bàn giao', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Bàn giao' });
      await dialog.getByRole('radio', { name: 'Gia đình', exact: true }).check();
      await dialog.getByRole('textbox', { name: /Tên người hoặc bên nhận/ }).fill('Hoàng Văn Bố (bố đẻ)');
      // The place by its name, never its code: the province, then the ward found without accents.
      await dialog.getByRole('combobox', { name: 'Tỉnh, thành phố', exact: true }).selectOption({ label: 'Tỉnh Quảng Ninh' });
      await dialog.getByRole('searchbox', { name: /Tìm xã, phường theo tên/ }).fill('hong gai');
      const ward = dialog.getByRole('combobox', { name: 'Xã, phường, đặc khu', exact: true });
      await ward.locator('option', { hasText: 'Phường Hồng Gai' }).first().waitFor({ state: 'attached' });
      await ward.selectOption({ label: 'Phường Hồng Gai' });
      await visible(dialog.getByText('Đã chọn: Phường Hồng Gai, Tỉnh Quảng Ninh'));
      await dialog.getByRole('button', { name: 'Bàn giao', exact: true }).click();
      await visible(page.getByText('Đã cập nhật hồ sơ. Trạng thái: Đã bàn giao.'));
      await visible(page.getByRole('region', { name: 'Bàn giao' }).getByText('Phường Hồng Gai'));

      // The handover minutes print with her name, the receiving party and the place.
      // The printed file is what the worker gets: the download the button saves.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'In biên bản bàn giao', exact: true }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `bien-ban-ban-giao-${created.caseNumber}.pdf`);
      const saved = await readFile(await download.path());
      assert.equal(saved.subarray(0, 5).toString(), '%PDF-');
      const text = (await pdfText(saved)).replace(/\s+/g, ' ');
      assert.match(text, /BIÊN BẢN BÀN GIAO/);
      assert.ok(text.includes(name), `the minutes name the person: ${text}`);
      assert.ok(text.includes('Hoàng Văn Bố (bố đẻ)'), `the minutes name the receiving party: ${text}`);
      assert.ok(text.includes('Phường Hồng Gai, Tỉnh Quảng Ninh'), `the minutes name the place: ${text}`);
      await page.getByRole('tab', { name: 'Theo dõi tái hòa nhập', exact: true }).click();
      await page.getByRole('button', { name: 'Ghi nhận lần thăm', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Ghi nhận lần thăm' });
      await dialog.getByRole('textbox', { name: /Người đi thăm/ }).fill('Đỗ Thị Mai (CLB phường Hồng Gai)');
      await dialog.getByRole('textbox', { name: /Tình hình/ }).fill('Đã về nhà, đi làm ở xưởng may gần nhà.');
      const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await dialog.getByLabel(/Hẹn lần thăm tiếp theo/).fill(next);
      await dialog.getByRole('button', { name: 'Ghi nhận lần thăm', exact: true }).click();
      await visible(page.getByText('Đã ghi nhận lần thăm theo dõi.'));
      await visible(page.locator(`time[datetime="${next}"]`).first());

      // The timeline tells it in Vietnamese.
      await page.getByRole('tab', { name: 'Diễn biến', exact: true }).click();
      const timeline = await visible(page.getByRole('table', { name: 'Diễn biến' }));
      await visible(timeline.getByText('Được xác định là nạn nhân theo quyết định số 15/QĐ-CAT'));
      await visible(timeline.getByText(/Trợ cấp khó khăn ban đầu: 1\.500\.000/));
      await visible(timeline.getByText(/Bàn giao cho: Gia đình/));
    });

    await withPage(browser, 'analyst-refused', async (page) => {
      await signIn(page, 'analyst', 'demo');
      await page.goto(new URL(`/cases/${created.id}`, page.url()).toString());
      await visible(page.getByRole('heading', { name: 'Không có quyền truy cập' }));
      assert.equal(await page.getByText(name).count(), 0);
    });
  });
});
