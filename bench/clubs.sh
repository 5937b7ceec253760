#!/usr/bin/env bash
# Clubs: a 40-member meeting's attendance saved in one request (If-Match, as the SPA sends it) at
# 1 and 16 connections beside raw JDBC doing the same writes; then the province overview (the
# clubs list for a supervisor, 100 clubs a page, each with five years of monthly meetings) at 1 and
# 16 connections beside its bare SQL on raw JDBC, in the same run. Needs bin/run and wrk.
# Usage: bench/clubs.sh [seconds per run] [clubs]      env: API_URL, KC_URL, JDBC_URL
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
seconds="${1:-15}"
clubs="${2:-100}"

mapfile -t sealed < <(bench_seal_legacy "Thành viên thử tải")
log "topping the clubs of Quảng Ninh up to $clubs generated ones (30 members, 60 monthly meetings each)"
bench_psql -v target="$clubs" -v name="${sealed[0]}" -f "$ROOT/bench/sql/seed-clubs.sql"

supervisor="$(bench_token supervisor)"
bench_header
for conns in 1 16; do
  bench_java ClubBench.java "$API_URL" "$KC_URL" "$JDBC_URL" "$seconds" "$conns" "${sealed[0]}"
done
for conns in 1 16; do
  bench_wrk "GET /api/v1/clubs?size=100" "$conns" "$seconds" "$supervisor" "$API_URL/api/v1/clubs?size=100"
  bench_java ClubBench.java overview "$JDBC_URL" "$seconds" "$conns"
done
