#!/usr/bin/env bash
# Reports: each aggregate over a large register, through the API and bare in the same run. Tops
# the Social Work Centre up to N cases (bench/sql/seed-cases.sql, 1,000,000 by default) and the
# hotline up to N contacts (bench/sql/seed-tickets.sql), then measures at 1 and 16 connections:
# GET /api/reports/... as a supervisor (the organization's figures) and as an analyst (every
# organization, small cells protected) with wrk, beside the same GROUP BY on raw JDBC
# (bench/java/ReportBench.java) over the records. The API answers the case and hotline reports
# from the rollups the database keeps (V43), so the bare query is what it would cost without them.
# Needs bin/run and wrk.
# Usage: bench/reports.sh [rows] [seconds per run]      env: API_URL, KC_URL, JDBC_URL, PG_PORT
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$ROOT/bin/lib/postgres.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
target="${1:-1000000}"
seconds="${2:-15}"
org=00000000-0000-4000-a000-000000000001
year="$(date +%Y)"

bench_top_up "$target" "$target"
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
# The report gives each cell the average time to respond too: so does the bare query.
hotline_sql="SELECT l.code, t.urgency, count(*), avg(EXTRACT(EPOCH FROM (t.responded_at - t.started_at))) / 60.0
  FROM hotline_ticket t JOIN hotline_line l ON l.id = t.line_id
  WHERE t.started_at >= $from AND t.started_at < $to AND t.organization_id = '$org' GROUP BY 1, 2"
# The plan's 3-day verification of the year, as its progress counts it: numerator and denominator, by month.
plan=00000000-0000-4000-e100-000000000001
plan_sql="SELECT to_char(c.received_at AT TIME ZONE $vn, 'YYYY-MM'), count(*) FILTER (WHERE c.verified_at <= c.verification_due_at),
  count(*) FILTER (WHERE c.verified_at IS NOT NULL OR now() > c.verification_due_at)
  FROM case_file c LEFT JOIN place pf ON pf.code = c.place_found_code
  WHERE c.received_at >= $from AND c.received_at < $to AND c.organization_id = '$org' GROUP BY 1"

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
supervisor="$(bench_token supervisor)"  # tokens live minutes: fresh ones for each part
for conns in 1 16; do
  bench_wrk "plan progress (sup., 7 targets)" "$conns" "$seconds" "$supervisor" "$API_URL/api/v1/plans/$plan/progress"
  bench_java ReportBench.java "$JDBC_URL" "$seconds" "$conns" "its verification target (raw JDBC)" "$plan_sql"
done

# The anonymised data set of the year, made k-anonymous, as CSV: rows per second of one request,
# beside the bare rows it is made from copied out by psql.
log "the anonymised data set of $year (one request each)"
ctdc_sql="SELECT CAST(extract(YEAR FROM c.received_at AT TIME ZONE $vn) AS int), p.sex, coalesce(p.age_band, 'UNKNOWN'), p.nationality,
  c.ident_country, c.ident_forms, c.ident_means_of_control, c.ident_recruiter_relation
  FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.received_at >= $from AND c.received_at < $to
  AND (c.ident_result = 'VICTIM' OR (c.category IN ('VICTIM', 'PRESUMED_VICTIM') AND c.ident_result IS NULL))"
analyst="$(bench_token analyst)"
out="$(mktemp)"
start=$(date +%s%N)
curl -fsS -H "Authorization: Bearer $analyst" "$API_URL/api/reports/datasets/ctdc?period=$year&format=csv" -o "$out"
api_ms=$(( ($(date +%s%N) - start) / 1000000 ))
api_rows=$(( $(wc -l < "$out") - 1 ))
start=$(date +%s%N)
bare_rows=$(bench_psql -c "COPY ($ctdc_sql) TO STDOUT" | wc -l)
bare_ms=$(( ($(date +%s%N) - start) / 1000000 ))
rm -f "$out"
printf '%-34s %9s %9s %12s\n' what rows ms "rows per s"
printf '%-34s %9d %9d %12d\n' "ctdc CSV (released rows)" "$api_rows" "$api_ms" $(( api_rows * 1000 / (api_ms > 0 ? api_ms : 1) ))
printf '%-34s %9d %9d %12d\n' "its source rows (psql COPY)" "$bare_rows" "$bare_ms" $(( bare_rows * 1000 / (bare_ms > 0 ? bare_ms : 1) ))
