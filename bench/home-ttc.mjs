// The home page's time to content, in the system's headless Chromium: each demo user signs in
// once, then opens the home page afresh RUNS times (a full load: the SPA, the session, the API
// calls); the clock stops when the counts and, for case workers, their own cases are on screen.
// Run from the frontend folder (for playwright-core): node ../bench/home-ttc.mjs [runs]
//   env: SPA_URL (bin/run's, http://127.0.0.1:5173)
import { launchBrowser, signIn } from '../frontend/e2e/support.mjs';

const SPA = (process.env.SPA_URL ?? 'http://127.0.0.1:5173').replace(/\/+$/, '');
const runs = Number(process.argv[2] ?? 15);
const users = ['worker', 'operator', 'partner'];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const browser = await launchBrowser();
try {
  console.log(`${'user'.padEnd(10)} ${'runs'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const user of users) {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, user, 'demo');
    const times = [];
    for (let i = 0; i < runs + 2; i++) {
      const start = performance.now();
      await page.goto(`${SPA}/`, { waitUntil: 'commit' });
      await page.locator('.home__count').first().waitFor();
      if (user === 'worker') await page.locator('section[aria-labelledby="home-my-cases"] :is(ul.home__list, p.muted)').first().waitFor();
      if (i >= 2) times.push(performance.now() - start); // two warm-up loads are not counted
    }
    times.sort((a, b) => a - b);
    const fmt = (v) => v.toFixed(0).padStart(8);
    console.log(`${user.padEnd(10)} ${String(runs).padStart(5)} ${fmt(percentile(times, 50))} ${fmt(percentile(times, 90))} ${fmt(times.at(-1))}`);
    await context.close();
  }
} finally {
  await browser.close();
}
