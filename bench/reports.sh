#!/usr/bin/env bash
# Reports: each aggregate over a large register, through the API and bare in the same run. Tops
# the Social Work Centre up to N cases (bench/sql/seed-cases.sql, 1,000,000 by default) and the
# hotline up to N contacts (bench/sql/seed-tickets.sql), then measures at 1 and 16 connections:
# GET /api/reports/... as a supervisor (the organization's figures) and as an analyst (every
# organization, small cells protected) with wrk, beside the same GROUP BY on raw JDBC
# (bench/java/ReportBench.java). Needs bin/run and wrk.
# Usage: bench/reports.sh [rows] [seconds per run]      env: API_URL, KC_URL, JDBC_URL, PG_PORT
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$ROOT/bin/lib/postgres.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
target="${1:-1000000}"
seconds="${2:-15}"
org=00000000-0000-4000-a000-000000000001
year="$(date +%Y)"

log "topping the Social Work Centre up to $target cases and the hotline up to $target contacts"
mapfile -t sealed < <(bench_seal_legacy "Nguyễn Thị Mẫu" "Bị lừa sang bên kia biên giới làm việc, bị giữ giấy tờ." "Cửa khẩu Móng Cái" \
  "Nguyễn Thị Gọi" "0912 345 678" "Trần Thị Con" "Con gái 15 tuổi bỏ đi cùng người lạ quen trên mạng.")
bench_psql -v org="$org" -v target="$target" -v name_v1="${sealed[0]}" -v narrative_v1="${sealed[1]}" -v place_v1="${sealed[2]}" \
  -f "$ROOT/bench/sql/seed-cases.sql"
bench_psql -v target="$target" -v caller="${sealed[3]}" -v phone="${sealed[4]}" -v concerned="${sealed[5]}" -v summary="${sealed[6]}" \
  -f "$ROOT/bench/sql/seed-tickets.sql"
bench_psql -c "ANALYZE case_file; ANALYZE person; ANALYZE hotline_ticket;"
supervisor="$(bench_token supervisor)"
analyst="$(bench_token analyst)"
vn="'Asia/Ho_Chi_Minh'"
from="'$year-01-01 00:00:00+07'"
to="'$((year + 1))-01-01 00:00:00+07'"
cases_sql="SELECT p.sex, c.channel, count(*) FROM case_file c JOIN person p ON p.id = c.person_id
  WHERE c.received_at >= $from AND c.received_at < $to AND c.organization_id = '$org' GROUP BY 1, 2"
verification_sql="SELECT CASE WHEN c.verified_at IS NOT NULL AND c.verified_at <= c.verification_due_at THEN 'ON_TIME' WHEN c.verified_at IS NOT NULL THEN 'LATE'
  WHEN now() <= c.verification_due_at THEN 'PENDING' ELSE 'OVERDUE' END, to_char(c.received_at AT TIME ZONE $vn, 'YYYY-MM'), count(*)
  FROM case_file c WHERE c.received_at >= $from AND c.received_at < $to AND c.organization_id = '$org' GROUP BY 1, 2"
hotline_sql="SELECT l.code, t.urgency, count(*) FROM hotline_ticket t JOIN hotline_line l ON l.id = t.line_id
  WHERE t.started_at >= $from AND t.started_at < $to AND t.organization_id = '$org' GROUP BY 1, 2"

bench_header
for conns in 1 16; do
  bench_wrk "cases-received sex,channel (sup.)" "$conns" "$seconds" "$supervisor" "$API_URL/api/reports/cases-received?period=$year&groupBy=sex,channel"
  bench_wrk "cases-received (analyst, suppr.)" "$conns" "$seconds" "$analyst" "$API_URL/api/reports/cases-received?period=$year&groupBy=sex,channel"
  bench_java ReportBench.java "$JDBC_URL" "$seconds" "$conns" "same GROUP BY (raw JDBC)" "$cases_sql"
  bench_wrk "verification outcome,month (sup.)" "$conns" "$seconds" "$supervisor" "$API_URL/api/reports/verification?period=$year&groupBy=outcome,month"
  bench_java ReportBench.java "$JDBC_URL" "$seconds" "$conns" "same GROUP BY (raw JDBC)" "$verification_sql"
  bench_wrk "hotline line,urgency (sup.)" "$conns" "$seconds" "$supervisor" "$API_URL/api/reports/hotline-contacts?period=$year&groupBy=line,urgency"
  bench_java ReportBench.java "$JDBC_URL" "$seconds" "$conns" "same GROUP BY (raw JDBC)" "$hotline_sql"
done
