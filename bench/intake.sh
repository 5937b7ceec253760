#!/usr/bin/env bash
# Intakes per second and p50/p99 through the API (wrk, a different person in every request) at 1,
# 16 and 64 connections, each side by side with raw JDBC writing the same rows in the same run
# (bench/java/IntakeBench.java). Needs bin/run and wrk; every API intake becomes a real case in
# bin/run's database. Usage:
#   bench/intake.sh [seconds per run] [connections...]      env: API_URL, KC_URL, JDBC_URL
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
seconds="${1:-15}"; shift || true
levels=("${@:-1}"); [ $# -gt 0 ] || levels=(1 16 64)

bench_header
for conns in "${levels[@]}"; do
  bench_wrk "POST /api/v1/intakes" "$conns" "$seconds" "$(bench_token worker)" "$API_URL/api/v1/intakes" -s "$ROOT/bench/lua/intake.lua"
  bench_java IntakeBench.java "$JDBC_URL" "$seconds" "$conns"
done
