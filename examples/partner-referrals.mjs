#!/usr/bin/env node
// An example partner NGO integration with SafeReturn (Node 20+, no dependencies).
//
// It signs in with the partner's own Keycloak client (client credentials), reads the
// organization's inbox of referrals waiting for an answer, accepts each one and reports it
// completed. Every step sends an Idempotency-Key, so running it again after a network failure
// never answers a referral twice, and If-Match, so it never overwrites someone else's step.
//
//   SAFERETURN_API=http://127.0.0.1:8080 \
//   SAFERETURN_TOKEN_URL=http://127.0.0.1:8180/realms/safereturn/protocol/openid-connect/token \
//   CLIENT_ID=blue-dragon-api CLIENT_SECRET=blue-dragon-demo-secret \
//   node examples/partner-referrals.mjs [referral-id ...]
//
// With referral ids it answers only those; without, every SENT referral in the inbox.
import { randomUUID } from 'node:crypto';

const api = required('SAFERETURN_API').replace(/\/+$/, '');
const tokenUrl = required('SAFERETURN_TOKEN_URL');
const only = new Set(process.argv.slice(2));

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see the comment at the top of this file).`);
    process.exit(2);
  }
  return value;
}

async function token() {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: required('CLIENT_ID'),
      client_secret: required('CLIENT_SECRET'),
    }),
  });
  if (!response.ok) throw new Error(`token: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

/** Calls the API; a problem+json answer becomes an error with its code and detail. */
async function call(bearer, method, path, { body, headers = {} } = {}) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = new Error(`${method} ${path}: ${response.status} ${json?.code ?? ''} ${json?.detail ?? text}`);
    error.status = response.status;
    throw error;
  }
  return { json, etag: response.headers.get('ETag') };
}

/** Takes one step with a fresh Idempotency-Key and the version last seen; answers the new version. */
async function step(bearer, referral, etag, name, body) {
  const { json, etag: next } = await call(bearer, 'POST', `/api/v1/referrals/${referral}/${name}`, {
    body,
    headers: { 'Idempotency-Key': randomUUID(), 'If-Match': etag },
  });
  return { referral: json, etag: next };
}

async function inbox(bearer) {
  const items = [];
  for (let page = 0; ; page++) {
    const { json } = await call(bearer, 'GET', `/api/v1/referrals?direction=incoming&status=SENT&sort=answerDueAt,asc&size=100&page=${page}`);
    items.push(...json.items);
    if ((page + 1) * json.size >= json.total) return items;
  }
}

async function main() {
  // Each person of the case is shown with only the groups their own consent shares with us.
  const sharedPersons = (shared) =>
    (shared.persons ?? []).map((p) => `${p.role} ${p.fieldGroups.join('+')}${p.basis === 'OVERRIDE' ? ' (emergency override)' : ''}`).join('; ');
  const bearer = await token();
  const waiting = (await inbox(bearer)).filter((r) => only.size === 0 || only.has(r.id));
  console.log(`${waiting.length} referral(s) waiting for an answer`);
  let done = 0;
  for (const summary of waiting) {
    try {
      const { json: referral, etag } = await call(bearer, 'GET', `/api/v1/referrals/${summary.id}`);
      const shared = referral.sharedCase ?? {};
      console.log(`- ${referral.sharedCase?.caseNumber ?? summary.caseNumber}: ${referral.serviceType}, ${referral.urgency}` +
        `${summary.overdue ? ' (OVERDUE)' : ''}; shared: ${sharedPersons(shared) || 'nothing'}`);
      let next = await step(bearer, summary.id, etag, 'accept', { note: 'Accepted by the partner system' });
      next = await step(bearer, summary.id, next.etag, 'start', {});
      next = await step(bearer, summary.id, next.etag, 'complete', { outcome: 'SERVICE_PROVIDED', note: 'Service provided' });
      console.log(`  ${next.referral.status}`);
      done++;
    } catch (error) {
      // 409/412: someone else answered it first; leave it and go on.
      if (error.status === 409 || error.status === 412) console.log(`  skipped: ${error.message}`);
      else throw error;
    }
  }
  console.log(`${done} referral(s) completed`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
