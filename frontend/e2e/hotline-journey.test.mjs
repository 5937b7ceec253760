// End-to-end: an emergency call on the counselling line, against the real stack. The operator
// logs a mother's call about her daughter, lured to a job across the border, with the keyboard
// shortcuts (Alt+1 "trafficking suspected", Alt+K khẩn cấp) while the form saves itself; saves,
// opens an intake from the ticket, prefilled, and sends it; the social worker then finds the
// ticket in the new case's timeline.
//   SPA_URL=http://127.0.0.1:5183 node --test e2e/hotline-journey.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, screenshot, signIn, visible, withPage } from './support.mjs';


describe('an emergency hotline call becomes a case', { timeout: 300_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('the call form at 1366×800 uses two columns, starts on the operator’s own line and focuses the first field', async () => {
    await withPage(
      browser,
      'call-form-desktop',
      async (page) => {
        await signIn(page, 'operator', 'demo');
        await page.goto(new URL('/hotline/tickets/new', page.url()).toString());
        await visible(page.getByRole('heading', { level: 1, name: 'Cuộc gọi mới' }));
        const line = page.getByRole('combobox', { name: /Đường dây/ });
        await visible(line);
        assert.match(await line.locator('option:checked').textContent(), /^18001769/);
        assert.equal(await line.evaluate((el) => el === document.activeElement), true, 'the focus is on the first field');
        const boxes = await page.locator('.call-form__section').evaluateAll((sections) =>
          sections.map((section) => section.getBoundingClientRect()).map((r) => ({ x: Math.round(r.x), y: Math.round(r.y) })),
        );
        const columns = new Set(boxes.map((b) => b.x));
        assert.ok(columns.size >= 2, `the sections stand in ${columns.size} column(s): ${JSON.stringify(boxes)}`);
        const form = await page.locator('form.call-form').boundingBox();
        assert.ok(form.height < 2000, `the form is ${form.height} px tall`);
        await screenshot(page, 'call-form-1366');
      },
      { viewport: { width: 1366, height: 800 } },
    );
  });

  test('an operator logs an emergency call from a mother and escalates it to an intake; the social worker sees the ticket in the case timeline', async () => {
    const stamp = Date.now() % 100000;
    const daughter = `Trần Thị Hoa ${stamp}`;
    const phone = `09${String(Date.now()).slice(-8)}`;
    let ticketNumber;
    let caseUrl;

    await withPage(browser, 'operator-logs-call', async (page) => {
      await signIn(page, 'operator', 'demo');
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await nav.getByRole('link', { name: 'Bảng điều phối', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Bảng điều phối tổng đài' }));
      await page.getByRole('link', { name: 'Cuộc gọi mới', exact: true }).first().click();
      await visible(page.getByRole('heading', { level: 1, name: 'Cuộc gọi mới' }));
      await visible(page.getByRole('timer'));

      await page.getByRole('textbox', { name: 'Họ tên người gọi', exact: true }).fill('Nguyễn Thị Mai');
      await page.getByRole('textbox', { name: 'Số điện thoại', exact: true }).fill(phone);
      await visible(page.getByText('Lần đầu số này liên hệ.'));
      await page.getByRole('combobox', { name: 'Quan hệ với người được nói tới', exact: true }).selectOption({ label: 'Cha/mẹ' });
      await page.getByRole('textbox', { name: 'Họ tên', exact: true }).fill(daughter);
      await page.getByRole('combobox', { name: 'Giới tính', exact: true }).selectOption({ label: 'Nữ' });
      await page.getByRole('textbox', { name: 'Tuổi', exact: true }).fill('16');
      await page.getByRole('combobox', { name: /Đang ở nước/ }).selectOption('CN');
      // The keyboard alone: Alt+1 ticks "trafficking suspected", Alt+K (khẩn cấp) makes it an emergency.
      await page.keyboard.press('Alt+Digit1');
      await page.keyboard.press('Alt+KeyK');
      assert.equal(await page.getByRole('checkbox', { name: /Nghi mua bán người/ }).isChecked(), true);
      assert.equal(await page.getByRole('radio', { name: 'Khẩn cấp', exact: true }).isChecked(), true);
      await page
        .getByRole('textbox', { name: 'Nội dung cuộc gọi', exact: true })
        .fill('Con gái 16 tuổi được người quen trên Facebook hứa việc làm phục vụ nhà hàng bên kia biên giới, đi từ tuần trước, từ hôm qua mất liên lạc.');
      // The form saves itself as the operator types.
      const saved = await visible(page.getByText(/Đã lưu nháp lúc .* — phiếu HL-\d+/));
      ticketNumber = /HL-\d+/.exec(await saved.textContent())[0];

      await page.getByRole('textbox', { name: 'Nội dung cuộc gọi', exact: true }).press('Control+Enter');
      await visible(page.getByRole('heading', { level: 1, name: new RegExp(`^${ticketNumber}`) }));
      await visible(page.locator('[data-urgency="EMERGENCY"]'));
      await visible(page.getByText(daughter));

      await page.getByRole('link', { name: 'Mở tiếp nhận', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: `Mở tiếp nhận từ phiếu ${ticketNumber}` }));
      const next = page.getByRole('button', { name: 'Tiếp theo', exact: true });
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Người được tiếp nhận/ }));
      assert.equal(await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).inputValue(), daughter);
      assert.equal(await page.getByRole('textbox', { name: 'Tuổi ước tính', exact: true }).inputValue(), '16');
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Trẻ em đi cùng/ }));
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Phân loại và diễn biến/ }));
      await next.click();
      await visible(page.getByRole('heading', { level: 2, name: /Kiểm tra và gửi/ }));
      await page.getByRole('button', { name: 'Gửi tiếp nhận', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: /^[A-Z]+-\d{4}-\d{6}$/ }));
      caseUrl = page.url();
    });

    await withPage(browser, 'worker-sees-ticket', async (page) => {
      await signIn(page, 'worker', 'demo');
      await page.goto(caseUrl);
      await visible(page.getByRole('heading', { level: 1, name: /^[A-Z]+-\d{4}-\d{6}$/ }));
      await visible(page.getByText(daughter));
      await page.getByRole('tab', { name: 'Diễn biến', exact: true }).click();
      const timeline = await visible(page.getByRole('table', { name: 'Diễn biến' }));
      await visible(timeline.getByText(`Mở từ phiếu tổng đài ${ticketNumber} (Khẩn cấp, Điện thoại)`));
      await visible(timeline.getByRole('link', { name: ticketNumber, exact: true }));
    });
  });
});
