// Runs the example partner script (examples/partner-referrals.mjs) against the real Keycloak and
// backend: the Social Work Centre sends Blue Dragon a referral through the API, the script
// answers it with Blue Dragon's own client, and the sender sees it completed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const API = (process.env.API_URL ?? 'http://127.0.0.1:8091').replace(/\/+$/, '');
const KEYCLOAK = (process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8190').replace(/\/+$/, '');
const TOKEN_URL = `${KEYCLOAK}/realms/safereturn/protocol/openid-connect/token`;
const BLUE_DRAGON = '00000000-0000-4000-a000-000000000011';
const BD_LEGAL_AID = '00000000-0000-4000-b000-000000000015';
const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'partner-referrals.mjs');

async function workerToken() {
  const response = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'safereturn-test',
      client_secret: 'safereturn-test-secret',
      username: 'worker',
      password: 'demo',
    }),
  });
  assert.equal(response.status, 200);
  return (await response.json()).access_token;
}

async function post(token, path, body) {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

test('the example partner script answers a referral sent to Blue Dragon', async () => {
  const token = await workerToken();
  const created = await post(token, '/api/v1/intakes', {
    channel: 'NGO',
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    person: { fullName: 'Hà Thị Đối Tác', sex: 'FEMALE', estimatedAge: 16 },
    category: 'PRESUMED_VICTIM',
  });
  await post(token, `/api/v1/cases/${created.id}/consents`, {
    personId: created.person.id,
    givenBy: 'GUARDIAN',
    guardianName: 'Hà Văn Bố',
    guardianRelation: 'father',
    purpose: 'SHARE_WITH_ORGANIZATION',
    organizationId: BLUE_DRAGON,
    fieldGroups: ['IDENTITY'],
    givenAt: new Date(Date.now() - 60_000).toISOString(),
    method: 'SIGNED_FORM',
  });
  const referral = await post(token, '/api/v1/referrals', {
    caseId: created.id,
    receiverOrganizationId: BLUE_DRAGON,
    serviceId: BD_LEGAL_AID,
    urgency: 'URGENT',
    reason: 'Needs a lawyer',
    fieldGroups: ['IDENTITY'],
  });
  const read = await fetch(`${API}/api/v1/referrals/${referral.id}`, { headers: { Authorization: `Bearer ${token}` } });
  const sent = await fetch(`${API}/api/v1/referrals/${referral.id}/send`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': read.headers.get('ETag') },
    body: '{}',
  });
  assert.equal(sent.status, 200, `send: ${sent.status}`);

  const run = spawnSync(process.execPath, [script, referral.id], {
    env: {
      ...process.env,
      SAFERETURN_API: API,
      SAFERETURN_TOKEN_URL: TOKEN_URL,
      CLIENT_ID: 'blue-dragon-api',
      CLIENT_SECRET: 'blue-dragon-demo-secret',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.status, 0, `script failed:\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /1 referral\(s\) completed/);
  assert.match(run.stdout, /shared: MAIN_PERSON IDENTITY/);

  const response = await fetch(`${API}/api/v1/referrals/${referral.id}`, { headers: { Authorization: `Bearer ${token}` } });
  const seen = await response.json();
  assert.equal(seen.status, 'COMPLETED');
  assert.equal(seen.outcome, 'SERVICE_PROVIDED');
  assert.deepEqual(
    seen.history.map((s) => s.type),
    ['CREATED', 'SENT', 'ACCEPTED', 'STARTED', 'COMPLETED'],
  );

  // Run again: nothing is waiting, nothing changes.
  const again = spawnSync(process.execPath, [script, referral.id], {
    env: { ...process.env, SAFERETURN_API: API, SAFERETURN_TOKEN_URL: TOKEN_URL, CLIENT_ID: 'blue-dragon-api', CLIENT_SECRET: 'blue-dragon-demo-secret' },
    encoding: 'utf8',
  });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /0 referral\(s\) waiting/);
});
