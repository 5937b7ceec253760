#!/usr/bin/env bash
# Case list latency with a large organization: tops the Social Work Centre up to N cases
# (bench/sql/seed-cases.sql, 100,000 by default), then measures p50/p99 of the list views the SPA
# uses at 1 and 16 connections with wrk. Needs bin/run and wrk. Usage:
#   bench/case-list.sh [cases] [seconds per run]      env: API_URL, KC_URL, PG_PORT
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$ROOT/bin/lib/postgres.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
target="${1:-100000}"
seconds="${2:-15}"
org=00000000-0000-4000-a000-000000000001

log "topping the Social Work Centre up to $target cases"
mapfile -t sealed < <(bench_seal_legacy "Nguyễn Thị Mẫu" \
  "Được Đồn Biên phòng bàn giao sau khi trở về qua cửa khẩu; bị giữ giấy tờ và ép làm việc nhiều tháng." "Cửa khẩu Móng Cái")
bench_psql -v org="$org" -v target="$target" -v name_v1="${sealed[0]}" -v narrative_v1="${sealed[1]}" -v place_v1="${sealed[2]}" \
  -f "$ROOT/bench/sql/seed-cases.sql"
token="$(bench_token worker)"
number="$(bench_psql -c "SELECT case_number FROM case_file WHERE organization_id = '$org' ORDER BY random() LIMIT 1")"

bench_header
for conns in 1 16; do
  for view in "size=20" "size=20&status=SUPPORTING" "size=20&overdue=true" "size=20&category=VICTIM&sort=caseNumber,asc" \
              "size=20&page=200" "q=$number" "view=mine&size=20"; do
    bench_wrk "cases?${view/$number/<number>}" "$conns" "$seconds" "$token" "$API_URL/api/v1/cases?$view"
  done
done
