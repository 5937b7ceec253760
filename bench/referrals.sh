#!/usr/bin/env bash
# Referrals at scale: tops the referrals up to N (bench/sql/seed-referrals.sql, 1,000,000 by
# default), measures the inbox and outbox pages at 1 and 16 connections (wrk), then referral
# transitions per second with 64 partner connections and the webhook deliveries they cause
# (bench/java/ReferralBench.java). Needs bin/run and wrk; for the webhook figure start bin/run
# with SAFERETURN_WEBHOOKS_INSECURE_HOSTS=127.0.0.1 so that it may post to the loopback receiver.
# Usage: bench/referrals.sh [referrals] [seconds per run]      env: API_URL, KC_URL, JDBC_URL
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
target="${1:-1000000}"
seconds="${2:-15}"
bd=00000000-0000-4000-a000-000000000011
worker="$(bench_token worker)"

if [ "$(bench_psql -c 'SELECT count(*) FROM referral')" = 0 ]; then
  # One referral through the API, so that the generated ones carry a reason encrypted with this
  # installation's key.
  log "creating a first referral through the API"
  case_json=$(curl -fsS -H "Authorization: Bearer $worker" -H 'Content-Type: application/json' "$API_URL/api/v1/intakes" -d "{
    \"channel\":\"BORDER_GUARD_HANDOVER\",\"receivedAt\":\"$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)\",\"category\":\"PRESUMED_VICTIM\",
    \"person\":{\"fullName\":\"Lò Thị Mẫu\",\"sex\":\"FEMALE\",\"estimatedAge\":19}}")
  case_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$case_json")
  person_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["person"]["id"])' <<<"$case_json")
  curl -fsS -o /dev/null -H "Authorization: Bearer $worker" -H 'Content-Type: application/json' "$API_URL/api/v1/cases/$case_id/consents" -d "{
    \"personId\":\"$person_id\",\"givenBy\":\"PERSON\",\"purpose\":\"SHARE_WITH_ORGANIZATION\",\"organizationId\":\"$bd\",
    \"fieldGroups\":[\"IDENTITY\"],\"givenAt\":\"$(date -u -d '-10 minutes' +%Y-%m-%dT%H:%M:%SZ)\",\"method\":\"SIGNED_FORM\"}"
  curl -fsS -o /dev/null -H "Authorization: Bearer $worker" -H 'Content-Type: application/json' "$API_URL/api/v1/referrals" -d "{
    \"caseId\":\"$case_id\",\"receiverOrganizationId\":\"$bd\",\"serviceType\":\"LEGAL_AID\",\"urgency\":\"ROUTINE\",
    \"reason\":\"Cần luật sư cho vụ án với người môi giới\",\"fieldGroups\":[\"IDENTITY\"]}"
fi
log "topping the referrals up to $target"
mapfile -t sealed < <(bench_seal_legacy "Cần luật sư cho vụ án với người môi giới" "No capacity this month" "The person moved away")
bench_psql -v target="$target" -v reason="${sealed[0]}" -v decline="${sealed[1]}" -v cancel="${sealed[2]}" \
  -f "$ROOT/bench/sql/seed-referrals.sql"
partner="$(bench_token blue-dragon-api blue-dragon-demo-secret)"

bench_header
for conns in 1 16; do
  for view in "direction=incoming&size=20" "direction=incoming&size=20&status=SENT" "direction=incoming&size=20&overdue=true" \
              "direction=incoming&size=20&page=50"; do
    bench_wrk "inbox ?${view#direction=incoming&}" "$conns" "$seconds" "$partner" "$API_URL/api/v1/referrals?$view"
  done
  for view in "direction=outgoing&size=20" "direction=outgoing&size=20&status=IN_PROGRESS"; do
    bench_wrk "outbox ?${view#direction=outgoing&}" "$conns" "$seconds" "$worker" "$API_URL/api/v1/referrals?$view"
  done
done
bench_java ReferralBench.java "$API_URL" "$KC_URL" "$JDBC_URL" "$seconds" 64
