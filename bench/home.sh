#!/usr/bin/env bash
# The home page and printed records. Tops the Social Work Centre up to N cases (100,000 by
# default) and the hotline up to M contacts (1,000,000), then measures:
#  - the home's time to content in headless Chromium (bench/home-ttc.mjs) for a worker, an
#    operator and a partner, against bin/run's SPA;
#  - the two calls behind it at 1 connection (wrk): the counts (GET /api/v1/me/counts) beside
#    the same six counts in one statement on raw JDBC, and the worker's own cases awaiting
#    verification (POST /api/v1/cases/search) beside its SELECT;
#  - PDFs per second: a case's handover minutes at 1 and 16 connections, beside the same case
#    read as JSON (the read without the layout).
# Needs bin/run and wrk.  Usage: bench/home.sh [cases] [contacts] [seconds per run] [ttc runs]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
cases="${1:-100000}"
contacts="${2:-1000000}"
seconds="${3:-10}"
runs="${4:-15}"
org=00000000-0000-4000-a000-000000000001

bench_top_up "$cases" "$contacts"

log "time to content of the home page (headless Chromium, $runs loads each after 2 warm-ups)"
(cd "$ROOT/frontend" && SPA_URL="${SPA_URL:-http://127.0.0.1:5173}" node ../bench/home-ttc.mjs "$runs")

worker="$(bench_token worker)"
subject="$(curl -fsS -H "Authorization: Bearer $worker" "$API_URL/api/v1/me" | sed -E 's/.*"subject":"([^"]+)".*/\1/')"
counts_sql="SELECT
  (SELECT count(*) FROM referral WHERE receiver_organization_id = '$org' AND status = 'SENT'),
  (SELECT count(*) FROM referral WHERE receiver_organization_id = '$org' AND status = 'SENT' AND answer_due_at < now()),
  (SELECT count(*) FROM case_file WHERE organization_id = '$org' AND status IN ('OPEN', 'UNDER_VERIFICATION') AND verification_due_at < now()),
  (SELECT count(*) FROM case_file WHERE organization_id = '$org' AND status IN ('HANDED_OVER', 'FOLLOW_UP') AND next_visit_due <= current_date),
  (SELECT count(*) FROM hotline_ticket WHERE organization_id = '$org' AND urgency = 'EMERGENCY' AND status IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS')),
  (SELECT count(*) FROM hotline_ticket WHERE organization_id = '$org' AND assigned_subject = '$subject' AND status IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS'))"
mine_sql="SELECT c.id, c.case_number, p.full_name_enc, c.received_at, c.verification_due_at FROM case_file c JOIN person p ON p.id = c.person_id
  WHERE c.organization_id = '$org' AND (c.assigned_subject = '$subject' OR c.created_by_subject = '$subject')
  AND c.status IN ('OPEN', 'UNDER_VERIFICATION') ORDER BY c.verification_due_at ASC LIMIT 10"

log "the calls behind the home page"
bench_header
bench_wrk "counts (worker)" 1 "$seconds" "$worker" "$API_URL/api/v1/me/counts"
bench_java ReportBench.java "$JDBC_URL" "$seconds" 1 "same six counts (raw JDBC)" "$counts_sql"
WRK_BODY='{"view":"mine","awaitingVerification":true,"sort":"verificationDueAt,asc","size":10}' \
  bench_wrk "my cases awaiting verification" 1 "$seconds" "$worker" "$API_URL/api/v1/cases/search" -s "$ROOT/bench/lua/post-json.lua"
bench_java ReportBench.java "$JDBC_URL" "$seconds" 1 "its SELECT (raw JDBC, no decrypt)" "$mine_sql"

log "printed records: a handed-over case's minutes"
json() { curl -fsS -X POST -H "Authorization: Bearer $worker" -H 'Content-Type: application/json' -d "$2" "$API_URL$1"; }
received="$(date -u -d '-2 hours' +%Y-%m-%dT%H:%M:%SZ)"
case_id="$(json /api/v1/intakes "{\"channel\":\"BORDER_GUARD_HANDOVER\",\"receivedAt\":\"$received\",\"category\":\"PRESUMED_VICTIM\",
  \"person\":{\"fullName\":\"Nguyễn Thị Bản In\",\"sex\":\"FEMALE\",\"birthDate\":\"2004-05-06\",\"nationality\":\"VN\",\"homePlaceCode\":\"06685\"},
  \"accompanyingChildren\":[{\"fullName\":\"Bé Bản In\",\"sex\":\"MALE\",\"estimatedAge\":3}]}" | sed -E 's/^\{"id":"([^"]+)".*/\1/')"
json "/api/v1/cases/$case_id/verify" '{}' >/dev/null
json "/api/v1/cases/$case_id/not-identified" "{\"decisionDate\":\"$(date +%Y-%m-%d)\",\"reason\":\"Bench\"}" >/dev/null
json "/api/v1/cases/$case_id/handover" "{\"receiver\":\"FAMILY\",\"receiverName\":\"Nguyễn Văn Bố (bố)\",\"handedOverAt\":\"$received\",\"placeCode\":\"06685\"}" >/dev/null
bench_header
for conns in 1 16; do
  bench_wrk "handover minutes (PDF)" "$conns" "$seconds" "$worker" "$API_URL/api/v1/cases/$case_id/handover-minutes" -H 'Accept: application/pdf'
  bench_wrk "the same case as JSON" "$conns" "$seconds" "$worker" "$API_URL/api/v1/cases/$case_id"
done
