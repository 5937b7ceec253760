// Runs the end-to-end tests with Node's test runner:
//   SPA_URL=http://127.0.0.1:5183 node e2e/run.mjs [--test-reporter=tap]
// The stack (Keycloak, backend, SPA with its config.json) must already be up; the runner checks
// the SPA and the backend answer before any test runs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// The tests need the whole stack: say so plainly, rather than let every test skip or time out.
for (const [name, url] of [['the SPA', process.env.SPA_URL ?? 'http://127.0.0.1:5183'], ['the backend', `${process.env.API_URL ?? 'http://127.0.0.1:8091'}/q/health/ready`]]) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    console.error(`e2e: ${name} is not answering at ${url} (${error.message}); start the stack first (bin/test e2e does).`);
    process.exit(1);
  }
}
const files = readdirSync(here)
  .filter((file) => file.endsWith('.test.mjs'))
  .map((file) => join(here, file));
const result = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
