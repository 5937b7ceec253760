#!/usr/bin/env bash
# Hotline tickets: tickets created per second and p50/p99 through the API (wrk, a different contact
# in every request) at 1, 16 and 64 connections, each side by side with raw JDBC writing the same
# rows in the same run (bench/java/TicketBench.java); then the tickets are topped up to N
# (bench/sql/seed-tickets.sql, 1,000,000 by default) and the operator console and open-ticket list
# are measured at 1 and 16 connections. Needs bin/run and wrk; every API ticket is a real ticket in
# bin/run's database. Usage:
#   bench/hotline.sh [tickets] [seconds per run] [connections...]      env: API_URL, KC_URL, JDBC_URL
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
target="${1:-1000000}"
seconds="${2:-15}"; shift 2 || shift $# || true
levels=("${@:-1}"); [ $# -gt 0 ] || levels=(1 16 64)
operator="$(bench_token operator)"

bench_header
for conns in "${levels[@]}"; do
  bench_wrk "POST /api/v1/hotline/tickets" "$conns" "$seconds" "$operator" "$API_URL/api/v1/hotline/tickets" -s "$ROOT/bench/lua/ticket.lua"
  bench_java TicketBench.java "$JDBC_URL" "$seconds" "$conns"
done

log "topping the tickets up to $target"
mapfile -t sealed < <(bench_seal_legacy "Nguyễn Thị Gọi" "0912 345 678" "Trần Thị Con" "Con gái 15 tuổi bỏ đi cùng người lạ quen trên mạng.")
bench_psql -v target="$target" -v caller="${sealed[0]}" -v phone="${sealed[1]}" -v concerned="${sealed[2]}" -v summary="${sealed[3]}" \
  -f "$ROOT/bench/sql/seed-tickets.sql"
operator="$(bench_token operator)"
bench_header
for conns in 1 16; do
  bench_wrk "GET /api/v1/hotline/console" "$conns" "$seconds" "$operator" "$API_URL/api/v1/hotline/console"
  bench_wrk "tickets ?view=open" "$conns" "$seconds" "$operator" "$API_URL/api/v1/hotline/tickets?view=open"
  bench_wrk "tickets ?view=all (newest)" "$conns" "$seconds" "$operator" "$API_URL/api/v1/hotline/tickets"
  bench_wrk "tickets ?overdue=true" "$conns" "$seconds" "$operator" "$API_URL/api/v1/hotline/tickets?overdue=true"
done
