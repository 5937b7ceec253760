#!/usr/bin/env bash
# Rate limits: (1) the limiter's own cost: GET /api/v1/organizations as a partner's API client at
# 16 connections on a backend copy whose budgets are never spent, beside a copy with the limiter
# off (the bare equivalent), in ABBA rounds, in the same run; (2) one partner client over its budget
# at 64 connections on a copy with the shipped budgets: answers served and refused per second.
# Needs bin/run's PostgreSQL and Keycloak up; starts copies on 8096-8098 and stops them again.
# Usage: [WARM_ROUNDS=5] bench/ratelimit.sh [seconds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
pick_java
SECONDS_PER_RUN="${1:-15}"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || { echo "build the backend first (bin/run does)" >&2; exit 1; }
set -a; source "${KEYS_ENV:-$LOCAL/run/keys.env}"; set +a
PIDS=()
trap 'for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done' EXIT

start_copy() { # start_copy PORT ENV...
  local port="$1"; shift
  env QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${SAFERETURN_PG_PORT:-54320}/safereturn" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/safereturn" SAFERETURN_DEMO_DATA_ENABLED=true SAFERETURN_STAFF_CLIENT_SECRET=backend-demo-secret "$@" \
    java -jar "$JAR" >"/tmp/safereturn-bench-$port.log" 2>&1 &
  PIDS+=($!)
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -20 "/tmp/safereturn-bench-$port.log" >&2; exit 1; }
    sleep 0.2
  done
}

TOKEN=$(bench_token blue-dragon-api blue-dragon-demo-secret)
echo "== the limiter's own cost: partner client, 16 connections, ${SECONDS_PER_RUN} s a run"
start_copy 8096 SAFERETURN_RATE_LIMIT_PARTNER=1000000000
start_copy 8097 SAFERETURN_RATE_LIMIT_ENABLED=false
# Both copies are fresh JVMs: warm them in turn (not counted) before the rounds that are, then
# run the rounds in ABBA order (on, off, off, on, ...) so that what still drifts (the JIT,
# PostgreSQL's caches) weighs on both sides alike.
# A token lives 5 minutes: each run takes a fresh one, so none of the runs counts 401s.
for warm in $(seq "${WARM_ROUNDS:-5}"); do
  for port in 8096 8097; do
    TOKEN=$(bench_token blue-dragon-api blue-dragon-demo-secret)
    wrk -t2 -c16 -d20s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/v1/organizations" >/dev/null
  done
done
bench_header
RESULTS=$(mktemp)
round=0
for mode in on off off on on off off on on off off on; do
  round=$((round + 1))
  TOKEN=$(bench_token blue-dragon-api blue-dragon-demo-secret)
  if [ "$mode" = on ]; then port=8096; label="limiter on (round $round)"; else port=8097; label="limiter off, bare (round $round)"; fi
  bench_wrk "$label" 16 "$SECONDS_PER_RUN" "$TOKEN" "http://127.0.0.1:$port/api/v1/organizations" | tee -a "$RESULTS"
done
awk '/^limiter on/ { on += $(NF-3); n_on++ } /^limiter off/ { off += $(NF-3); n_off++ } /^limiter/ && $NF > 0 { bad++ }
  END { if (bad) printf "NOT VALID: %d runs answered errors\n", bad; printf "mean: limiter on %.1f/s, bare %.1f/s: the limiter costs %.1f %% of throughput\n", on / n_on, off / n_off, 100 * (1 - (on / n_on) / (off / n_off)) }' "$RESULTS"
rm -f "$RESULTS"
kill "${PIDS[@]}"; wait 2>/dev/null || true; PIDS=()

echo "== one partner client over its budget (the shipped 120 a minute), 64 connections"
start_copy 8098
TOKEN=$(bench_token blue-dragon-api blue-dragon-demo-secret)
for run in 1 2; do
  wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" --latency -s "$ROOT/bench/lua/count-status.lua" -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:8098/api/v1/organizations" | awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
      /^served=/ { split($0, f, /[= ]/); served = f[2]; refused = f[4]; secs = f[6] }
      END { printf "run: served %.1f/s, refused (429) %.1f/s, p50 %.2f ms, p99 %.2f ms\n", served / secs, refused / secs, p50, p99 }'
done
