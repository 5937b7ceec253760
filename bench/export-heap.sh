#!/usr/bin/env bash
# Export with a small heap: starts a second copy of the backend beside bin/run's, on the same
# database and Keycloak, with its heap capped (-Xmx256m by default), and asks it for the
# anonymised data set of the last ten years as XLSX, the largest row-by-row export there is.
# Prints the rows, the time, the rows per second and the most heap the copy used while it worked
# (jstat, every 100 ms), beside psql copying the source rows out bare in the same run.
# Usage: bench/export-heap.sh [heap]      env: KC_URL, PG_PORT; needs bin/run (and its data: bench/reports.sh tops it up)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
heap="${1:-256m}"
port=8096
pick_java
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || die "build the backend first (bin/run does)"
set -a; source "$LOCAL/run/keys.env"; set +a
log "a backend copy with -Xmx$heap on 127.0.0.1:$port"
QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_ENABLED=false \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${PG_PORT:-54320}/safereturn" \
QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/safereturn" SAFERETURN_STAFF_CLIENT_SECRET=backend-demo-secret \
  "$JAVA_HOME/bin/java" "-Xmx$heap" -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$LOCAL/run/backend-heap.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null && break
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" || die "the copy did not start: $LOCAL/run/backend-heap.log"

year="$(date +%Y)"
from="$((year - 9))-01-01"
to="$year-12-31"
# export FORMAT: one request for the data set, with the heap in use (survivor, eden and old spaces,
# KB) polled by jstat while it runs; prints rows, ms, rows per second and the peak heap in MB.
export_once() {
  local format="$1" out peak_file poller token start code ms rows peak_kb
  out="$(mktemp)"; peak_file="$(mktemp)"
  ( while kill -0 $pid 2>/dev/null; do
      "$JAVA_HOME/bin/jstat" -gc "$pid" 2>/dev/null | awk 'NR == 2 { printf "%d\n", $3 + $4 + $6 + $8 }'
      sleep 0.1
    done ) >"$peak_file" &
  poller=$!
  token="$(bench_token analyst)"
  start=$(date +%s%N)
  code=$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/reports/datasets/ctdc?from=$from&to=$to&format=$format")
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill $poller 2>/dev/null || true
  [ "$code" = 200 ] || die "the export answered $code: $(head -c 300 "$out")"
  if [ "$format" = xlsx ]; then
    rows=$(python3 -c 'import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1]); print(sum(1 for _ in re.finditer(rb"<row ", z.read("xl/worksheets/sheet1.xml"))) - 1)' "$out")
  else
    rows=$(( $(wc -l < "$out") - 1 ))
  fi
  peak_kb=$(sort -n "$peak_file" | tail -1)
  printf '%-40s %9d %9d %12d %12d %9d\n' "ctdc $format, 10 years (-Xmx$heap)" "$rows" "$ms" $(( rows * 1000 / (ms > 0 ? ms : 1) )) \
    $(( peak_kb / 1024 )) $(( $(stat -c %s "$out") / 1048576 ))
  rm -f "$out" "$peak_file"
}

printf '%-40s %9s %9s %12s %12s %9s\n' what rows ms "rows per s" "peak heap MB" "file MB"
export_once xlsx
export_once csv
ctdc_sql="SELECT c.received_at, p.sex, p.age_band, p.nationality, c.ident_country, c.ident_forms, c.ident_means_of_control,
  c.ident_recruiter_relation, c.ident_labour_types, c.ident_sexual_exploitation_types
  FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.received_at >= '$from 00:00:00+07' AND c.received_at < '$((year + 1))-01-01 00:00:00+07'
  AND (c.ident_result = 'VICTIM' OR (c.category IN ('VICTIM', 'PRESUMED_VICTIM') AND c.ident_result IS NULL))"
start=$(date +%s%N)
bare_rows=$(bench_psql -c "COPY ($ctdc_sql) TO STDOUT" | wc -l)
bare_ms=$(( ($(date +%s%N) - start) / 1000000 ))
printf '%-40s %9d %9d %12d %12s %9s\n' "its source rows (psql COPY)" "$bare_rows" "$bare_ms" $(( bare_rows * 1000 / (bare_ms > 0 ? bare_ms : 1) )) "-" "-"
