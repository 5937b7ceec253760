#!/usr/bin/env bash
# Throughput and latency of the directory reads with a real token, at 1, 16 and 64 connections.
# Needs the stack up (bin/run) and wrk (Debian package). Usage:
#   bench/directory.sh [seconds per run]        env: API_URL, KC_URL (bin/run's by default)
set -euo pipefail
API_URL="${API_URL:-http://127.0.0.1:8080}"
KC_URL="${KC_URL:-http://127.0.0.1:8180}"
SECONDS_PER_RUN="${1:-15}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

# A partner client's token reads both the application API and the HSDS feed. Tokens live 5
# minutes, so one is fetched per run.
token() {
  curl -fsS "$KC_URL/realms/safereturn/protocol/openid-connect/token" \
    -d grant_type=client_credentials -d client_id=blue-dragon-api -d client_secret=blue-dragon-demo-secret \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

printf '%-28s %5s %10s %9s %9s %9s\n' endpoint conns req/s p50 p99 errors
for path in "/api/v1/organizations?size=20" "/api/hsds/services?per_page=50"; do
  for conns in 1 16 64; do
    threads=$(( conns < 2 ? 1 : 2 ))
    out=$(wrk -t"$threads" -c"$conns" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $(token)" "$API_URL$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5} /Socket errors/ {print "socket:" $0}' <<<"$out")
    printf '%-28s %5s %10s %9s %9s %9s\n' "${path%%\?*}" "$conns" "$rps" "$p50" "$p99" "${errors:-0}"
  done
done
