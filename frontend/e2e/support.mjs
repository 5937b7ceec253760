// Shared by the end-to-end tests: a headless Chromium from the system (never a downloaded
// browser), sign-in through the realm's login page, and a screenshot when a test fails.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const SPA_URL = (process.env.SPA_URL ?? 'http://127.0.0.1:5183').replace(/\/+$/, '');
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Runs `body` with a fresh page (own cookies and storage), at a desktop size unless a phone's
 * `viewport` is given. On failure it saves a screenshot
 * and prints what the page logged, then fails the test with the original error.
 */
export async function withPage(browser, name, body, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const logs = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logs.push(`[${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => logs.push(`[pageerror] ${error.message}`));
  try {
    await body(page);
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, `${name}-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    console.error(`e2e ${name} failed at ${page.url()}; screenshot: ${file}`);
    for (const line of logs) console.error(`  ${line}`);
    throw error;
  } finally {
    await context.close();
  }
}

/** Opens the SPA, presses its sign-in button and signs in on the realm's login page. */
export async function signIn(page, username, password, signInLabel = 'Đăng nhập') {
  await page.goto(`${SPA_URL}/`);
  await page.getByRole('button', { name: signInLabel, exact: true }).click();
  // Keycloak's own login form: its ids are stable across themes and languages.
  await page.locator('#username').waitFor();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(SPA_URL) && !url.pathname.startsWith('/auth/callback')),
    page.locator('#kc-login').click(),
  ]);
}

/** Waits until the locator is visible (playwright-core has no `expect`). */
export async function visible(locator) {
  await locator.first().waitFor({ state: 'visible' });
  return locator.first();
}

/** Saves a screenshot of the whole page in the test's output folder (e2e/artifacts), named `name`. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The text of a PDF the backend printed, page by page, read with Mozilla's pdf.js. */
export async function pdfText(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('') + '\n';
  }
  await document.destroy();
  return text;
}

export const API_URL = (process.env.API_URL ?? 'http://127.0.0.1:8091').replace(/\/+$/, '');
export const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8190').replace(/\/+$/, '');

/** A demo user's access token from Keycloak (the test client), for setting up records through the API. */
export async function userToken(username) {
  const response = await fetch(`${KEYCLOAK_URL}/realms/safereturn/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'safereturn-test', client_secret: 'safereturn-test-secret', username, password: 'demo' }),
  });
  if (response.status !== 200) throw new Error(`no token for ${username}: ${response.status}`);
  return (await response.json()).access_token;
}

/** Calls the API as `token`, failing unless it answers `expected`. */
export async function api(token, method, path, body, expected) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A lifecycle step as a client takes it: read the record's ETag, then post the step over it (If-Match). */
export async function step(token, path, body, expected) {
  const record = path.slice(0, path.lastIndexOf('/'));
  const read = await fetch(`${API_URL}${record}`, { headers: { Authorization: `Bearer ${token}` } });
  if (read.status !== 200) throw new Error(`GET ${record}: ${read.status}`);
  const response = await fetch(`${API_URL}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': read.headers.get('ETag') },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status !== expected) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}
