#!/usr/bin/env bash
# Backend start time (process start to /q/health/ready answering) and resident memory after
# start and after a warm-up of directory reads. Needs bin/run's PostgreSQL and Keycloak up;
# starts a second backend on port 8095 and stops it again. Usage: bench/startup.sh [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/bin/lib/common.sh"
pick_java
RUNS="${1:-3}"
PORT=8095
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || build_backend
ensure_local_keys "$LOCAL/run/keys.env"
KC_URL="${KC_URL:-http://127.0.0.1:8180}"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT is in use: stop what runs there first" >&2; exit 1
fi
for run in $(seq "$RUNS"); do
  start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${SAFERETURN_PG_PORT:-54320}/safereturn" \
  QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/safereturn" SAFERETURN_DEMO_DATA_ENABLED=true java -jar "$JAR" >/tmp/safereturn-bench-start.log 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -20 /tmp/safereturn-bench-start.log >&2; echo "backend exited" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_start=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  token=$(curl -fsS "$KC_URL/realms/safereturn/protocol/openid-connect/token" -d grant_type=client_credentials \
    -d client_id=blue-dragon-api -d client_secret=blue-dragon-demo-secret | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  for i in $(seq 500); do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT/api/v1/organizations"; done
  rss_warm=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  quarkus=$(grep -o 'started in [0-9.]*s' /tmp/safereturn-bench-start.log | head -1)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $run: ready after ${ready_ms} ms (Quarkus: $quarkus), RSS ${rss_start} kB at start, ${rss_warm} kB after 500 requests"
done
