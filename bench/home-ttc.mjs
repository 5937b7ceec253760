// The home page's time to content, in the system's headless Chromium: each demo user signs in
// once, then opens the home page afresh RUNS times (a full load: the SPA, the session, the API
// calls). The page itself stops the clock, from its navigation's start, when the counts and, for
// case workers, their own cases are in the document (a MutationObserver): a locator's polling
// from outside would add up to half a second.
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
    const content = user === 'worker'
      ? '.home__count, section[aria-labelledby="home-my-cases"] :is(ul.home__list, p.muted)'
      : '.home__count';
    await page.addInitScript((selector) => {
      const parts = selector.split(', section');
      const done = () => parts.length === 1 ? document.querySelector(parts[0]) : document.querySelector(parts[0]) && document.querySelector(`section${parts[1]}`);
      new MutationObserver((_, observer) => {
        if (done()) {
          window.__contentAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, content);
    await signIn(page, user, 'demo');
    const times = [];
    for (let i = 0; i < runs + 2; i++) {
      await page.goto(`${SPA}/`, { waitUntil: 'commit' });
      const at = await (await page.waitForFunction(() => window.__contentAt, undefined, { polling: 'raf' })).jsonValue();
      if (i >= 2) times.push(at); // two warm-up loads are not counted
    }
    times.sort((a, b) => a - b);
    const fmt = (v) => v.toFixed(0).padStart(8);
    console.log(`${user.padEnd(10)} ${String(runs).padStart(5)} ${fmt(percentile(times, 50))} ${fmt(percentile(times, 90))} ${fmt(times.at(-1))}`);
    await context.close();
  }
} finally {
  await browser.close();
}
