// Runs the example partner script (examples/partner-referrals.mjs) against the real Keycloak and
// backend: the Social Work Centre sends Blue Dragon a referral through the API, the script
// answers it with Blue Dragon's own client, and the sender sees it completed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { API_URL as API, KEYCLOAK_URL as KEYCLOAK, api, step, userToken } from './support.mjs';

const TOKEN_URL = `${KEYCLOAK}/realms/safereturn/protocol/openid-connect/token`;
const BLUE_DRAGON = '00000000-0000-4000-a000-000000000011';
const BD_LEGAL_AID = '00000000-0000-4000-b000-000000000015';
const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'partner-referrals.mjs');

test('the example partner script answers a referral sent to Blue Dragon', async () => {
  const token = await userToken('worker');
  const created = await api(token, 'POST', '/api/v1/intakes', {
    channel: 'NGO',
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    person: { fullName: 'Hà Thị Đối Tác', sex: 'FEMALE', estimatedAge: 16 },
    category: 'PRESUMED_VICTIM',
  }, 201);
  await api(token, 'POST', `/api/v1/cases/${created.id}/consents`, {
    personId: created.person.id,
    givenBy: 'GUARDIAN',
    guardianName: 'Hà Văn Bố',
    guardianRelation: 'father',
    purpose: 'SHARE_WITH_ORGANIZATION',
    organizationId: BLUE_DRAGON,
    fieldGroups: ['IDENTITY'],
    givenAt: new Date(Date.now() - 60_000).toISOString(),
    method: 'SIGNED_FORM',
  }, 201);
  const referral = await api(token, 'POST', '/api/v1/referrals', {
    caseId: created.id,
    receiverOrganizationId: BLUE_DRAGON,
    serviceId: BD_LEGAL_AID,
    urgency: 'URGENT',
    reason: 'Needs a lawyer',
    fieldGroups: ['IDENTITY'],
  }, 201);
  await step(token, `/api/v1/referrals/${referral.id}/send`, {}, 200);

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
