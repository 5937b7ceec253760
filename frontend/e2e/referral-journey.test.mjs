// End-to-end: the closed loop of a referral, against the real stack. An identified victim of the
// Social Work Centre (set up through the API) is referred from her case page to Blue Dragon for
// legal aid; a Blue Dragon staff member accepts, starts and completes it from the inbox; the
// social worker then sees the outcome on the referral page.
//   SPA_URL=http://127.0.0.1:5183 API_URL=… KEYCLOAK_URL=… node --test e2e/referral-journey.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, launchBrowser, signIn, step, userToken, visible, withPage } from './support.mjs';

const POLICE = '00000000-0000-4000-a000-000000000003';
const BLUE_DRAGON = '00000000-0000-4000-a000-000000000011';
// Blue Dragon's legal aid for victims (demo data).
const BD_LEGAL_AID = '00000000-0000-4000-b000-000000000015';

/** A case of an identified victim who consented to share her identity with Blue Dragon. */
async function identifiedVictim(name) {
  const token = await userToken('worker');
  const created = await api(token, 'POST', '/api/v1/intakes', {
    channel: 'POLICE_HANDOVER',
    handingOverOrganizationId: POLICE,
    receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    person: { fullName: name, sex: 'FEMALE', estimatedAge: 19, nationality: 'VN' },
    category: 'PRESUMED_VICTIM',
    narrative: 'Bị môi giới đưa sang Trung Quốc ép kết hôn, được Công an tỉnh giải cứu và bàn giao.',
  }, 201);
  await step(token, `/api/v1/cases/${created.id}/verify`, {}, 200);
  await step(token, `/api/v1/cases/${created.id}/identify`, {
    decidingOrganizationId: POLICE,
    decisionDate: new Date().toISOString().slice(0, 10),
    documentNumber: `21/QĐ-CAT-${Date.now() % 1000}`,
    result: 'VICTIM',
    forms: ['FORCED_MARRIAGE'],
    countryOfExploitation: 'CN',
  }, 200);
  await api(token, 'POST', `/api/v1/cases/${created.id}/consents`, {
    personId: created.person.id,
    givenBy: 'PERSON',
    purpose: 'SHARE_WITH_ORGANIZATION',
    organizationId: BLUE_DRAGON,
    fieldGroups: ['IDENTITY'],
    givenAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    method: 'SIGNED_FORM',
  }, 201);
  return { ...created, token };
}

describe('a referral and its closed loop', { timeout: 300_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('a partner sees a new referral counted beside the menu without reloading the page', async () => {
    await withPage(browser, 'partner-badge', async (page) => {
      await signIn(page, 'partner', 'demo');
      await visible(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
      const item = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'Chuyển tuyến', exact: true }) });
      const waiting = async () => {
        const badge = item.locator('.nav-badge [aria-hidden="true"]');
        return (await badge.count()) ? Number(await badge.textContent()) : 0;
      };
      const before = await waiting();
      // The worker sends a new referral to Blue Dragon while the partner's page stays open.
      const victim = await identifiedVictim(`Lường Thị Mới Đến ${Date.now() % 100000}`);
      const draft = await api(victim.token, 'POST', '/api/v1/referrals', {
        caseId: victim.id,
        receiverOrganizationId: BLUE_DRAGON,
        serviceId: BD_LEGAL_AID,
        urgency: 'URGENT',
        reason: 'Cần trợ giúp pháp lý.',
        requestedBy: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        fieldGroups: ['IDENTITY'],
      }, 201);
      await step(victim.token, `/api/v1/referrals/${draft.id}/send`, {}, 200);
      const reloads = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && reloads.push(frame.url()));
      // The counts are asked again every minute while the page is open.
      const deadline = Date.now() + 80_000;
      while ((await waiting()) <= before && Date.now() < deadline) await page.waitForTimeout(1_000);
      assert.equal(await waiting(), before + 1, 'the badge counts the new referral');
      assert.deepEqual(reloads, [], 'without a reload');
      await visible(item.getByRole('status').filter({ hasText: `${before + 1} đang chờ` }));
    });
  });

  test('the centre refers an identified victim to Blue Dragon for legal aid; Blue Dragon accepts and completes; the sender sees the outcome', async () => {
    const name = `Vàng Thị Chuyển Tuyến ${Date.now() % 100000}`;
    const victim = await identifiedVictim(name);

    await withPage(browser, 'worker-refers', async (page) => {
      await signIn(page, 'worker', 'demo');
      await page.goto(new URL(`/cases/${victim.id}`, page.url()).toString());
      await visible(page.getByRole('heading', { level: 1, name: victim.caseNumber }));
      await page.getByRole('tab', { name: 'Chuyển tuyến', exact: true }).click();
      await visible(page.getByText('Hồ sơ này chưa được chuyển tuyến đến cơ quan, tổ chức nào.'));
      await page.getByRole('button', { name: 'Tạo chuyển tuyến', exact: true }).click();

      const dialog = page.getByRole('dialog', { name: `Chuyển tuyến hồ sơ ${victim.caseNumber}` });
      await dialog.getByRole('combobox', { name: /Nơi nhận/ }).selectOption({ label: 'Tổ chức Rồng Xanh (Blue Dragon Children\'s Foundation)' });
      await dialog.getByRole('combobox', { name: /Dịch vụ của nơi nhận/ }).selectOption({ label: 'Trợ giúp pháp lý cho nạn nhân' });
      await dialog.getByRole('radio', { name: 'Khẩn', exact: true }).check();
      await dialog.getByRole('textbox', { name: /Lý do chuyển tuyến/ }).fill('Cần luật sư đồng hành trong vụ án với người môi giới.');
      await dialog.getByRole('checkbox', { name: 'Nhân thân', exact: true }).check();
      // Consent covers identity: nothing is flagged as missing.
      await visible(dialog.getByText('Có sự đồng ý', { exact: true }));
      assert.equal(await dialog.getByText(/Sự đồng ý không bao gồm/).count(), 0);
      await dialog.getByRole('button', { name: 'Lưu và gửi', exact: true }).click();
      await visible(page.getByText(/Đã gửi chuyển tuyến đến/));
      // The referral's own page opens, with what Blue Dragon will see: identity only.
      await visible(page.getByRole('heading', { level: 1, name: `Chuyển tuyến hồ sơ ${victim.caseNumber}` }));
      await visible(page.getByText('Đã gửi', { exact: true }).first());
      await visible(page.getByText('Không được chia sẻ: Thông tin liên lạc, Sức khỏe, Diễn biến sự việc.'));
    });

    const outgoing = await api(victim.token, 'GET', `/api/v1/referrals?direction=outgoing&caseId=${victim.id}`, undefined, 200);
    assert.equal(outgoing.items.length, 1);
    const referral = outgoing.items[0];
    assert.equal(referral.status, 'SENT');

    await withPage(browser, 'partner-answers', async (page) => {
      await signIn(page, 'partner', 'demo');
      await page.goto(new URL('/referrals', page.url()).toString());
      await page.getByRole('tab', { name: 'Chuyển tuyến đến', exact: true }).click();
      const inbox = page.getByRole('table', { name: 'Chuyển tuyến đến tổ chức của bạn' });
      await inbox.getByRole('link', { name: victim.caseNumber, exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: `Chuyển tuyến hồ sơ ${victim.caseNumber}` }));
      // Only what consent shares: her name, not the narrative.
      await visible(page.getByText(name));
      assert.equal(await page.getByText('ép kết hôn').count(), 0);

      await page.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
      await visible(page.getByText('Đã cập nhật chuyển tuyến. Trạng thái: Đã chấp nhận.'));
      await page.getByRole('button', { name: 'Bắt đầu thực hiện', exact: true }).click();
      await visible(page.getByText('Đã cập nhật chuyển tuyến. Trạng thái: Đang thực hiện.'));
      await page.getByRole('button', { name: 'Hoàn thành', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Hoàn thành chuyển tuyến' });
      await dialog.getByRole('radio', { name: 'Đã cung cấp dịch vụ', exact: true }).check();
      await dialog.getByRole('textbox', { name: /Ghi chú kết quả/ }).fill('Luật sư đã nhận vụ việc và dự phiên tòa đầu tiên.');
      await dialog.getByRole('button', { name: 'Xác nhận hoàn thành', exact: true }).click();
      await visible(page.getByText('Đã cập nhật chuyển tuyến. Trạng thái: Đã hoàn thành.'));
    });

    await withPage(browser, 'worker-sees-outcome', async (page) => {
      await signIn(page, 'worker', 'demo');
      await page.goto(new URL(`/referrals/${referral.id}`, page.url()).toString());
      await visible(page.getByRole('heading', { level: 1, name: `Chuyển tuyến hồ sơ ${victim.caseNumber}` }));
      await visible(page.getByText('Đã cung cấp dịch vụ').first());
      await visible(page.getByText('Luật sư đã nhận vụ việc và dự phiên tòa đầu tiên.'));
      await visible(page.getByText('Đã hoàn thành', { exact: true }).first());
    });
  });

  test('a mother and her son are received; the guardian shares only the son\'s identity; Blue Dragon sees the son, not the mother', async () => {
    const tag = Date.now() % 100000;
    const mother = `Sùng Thị Mẹ ${tag}`;
    const son = `Sùng Văn Con ${tag}`;
    const token = await userToken('worker');
    const created = await api(token, 'POST', '/api/v1/intakes', {
      channel: 'BORDER_GUARD_HANDOVER',
      receivedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      person: { fullName: mother, sex: 'FEMALE', estimatedAge: 29, idDocumentType: 'CITIZEN_ID', idDocumentNumber: '011190004321' },
      accompanyingChildren: [{ fullName: son, sex: 'MALE', estimatedAge: 7 }],
      category: 'PRESUMED_VICTIM',
      narrative: 'Hai mẹ con bị đưa qua biên giới và được Bộ đội Biên phòng giải cứu.',
    }, 201);
    await api(token, 'POST', `/api/v1/cases/${created.id}/consents`, {
      personId: created.accompanyingChildren[0].id,
      givenBy: 'GUARDIAN',
      guardianName: mother,
      guardianRelation: 'mẹ',
      purpose: 'SHARE_WITH_ORGANIZATION',
      organizationId: BLUE_DRAGON,
      fieldGroups: ['IDENTITY'],
      givenAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      method: 'SIGNED_FORM',
    }, 201);
    const referral = await api(token, 'POST', '/api/v1/referrals', {
      caseId: created.id,
      receiverOrganizationId: BLUE_DRAGON,
      serviceType: 'PSYCHOLOGICAL',
      urgency: 'URGENT',
      reason: 'Cháu cần được tư vấn tâm lý sau khi trở về.',
      fieldGroups: ['IDENTITY'],
    }, 201);
    await step(token, `/api/v1/referrals/${referral.id}/send`, {}, 200);

    await withPage(browser, 'partner-sees-the-son-only', async (page) => {
      await signIn(page, 'partner', 'demo');
      await page.goto(new URL(`/referrals/${referral.id}`, page.url()).toString());
      await visible(page.getByRole('heading', { level: 1, name: `Chuyển tuyến hồ sơ ${created.caseNumber}` }));
      const shared = page.getByRole('region', { name: 'Thông tin hồ sơ được chia sẻ với bạn' });
      await visible(shared.getByRole('region', { name: /Trẻ em đi cùng/ }));
      await visible(shared.getByText(son));
      assert.equal(await page.getByText(mother).count(), 0, 'the mother never consented: her name must not show');
      assert.equal(await page.getByText('011190004321').count(), 0, 'nor her ID number');
      assert.equal(await shared.getByRole('region', { name: /^Người được hỗ trợ/ }).count(), 0);
    });
  });
});
