// Runs the end-to-end tests with Node's test runner:
//   SPA_URL=http://127.0.0.1:5183 node e2e/run.mjs [--test-reporter=tap]
// The stack (Keycloak, backend, SPA with its config.json) must already be up.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((file) => file.endsWith('.test.mjs'))
  .map((file) => join(here, file));
const result = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
