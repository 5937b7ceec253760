# Shared by the bench scripts: bin/run's addresses, a JDK >= 21 and the PostgreSQL JDBC driver
# (fetched once through Maven into .local/bench), and `bench_java FILE ARGS...` to run a bench
# program from bench/java as a source-code program.
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"
API_URL="${API_URL:-http://127.0.0.1:8080}"
KC_URL="${KC_URL:-http://127.0.0.1:8180}"
JDBC_URL="${JDBC_URL:-jdbc:postgresql://127.0.0.1:54320/safereturn?user=safereturn&password=safereturn}"
BENCH_LIB="$LOCAL/bench"
PG_DRIVER_VERSION=42.7.10

bench_java() {
  pick_java
  local driver="$BENCH_LIB/postgresql-$PG_DRIVER_VERSION.jar"
  if [ ! -f "$driver" ]; then
    mkdir -p "$BENCH_LIB"
    mvn -q dependency:copy -Dartifact="org.postgresql:postgresql:$PG_DRIVER_VERSION" -DoutputDirectory="$BENCH_LIB" >&2 \
      || die "could not fetch the PostgreSQL JDBC driver through Maven"
  fi
  local program="$1"; shift
  "$JAVA_HOME/bin/java" -cp "$driver" "$ROOT/bench/java/$program" "$@"
}

# A token for a demo user (password grant of the test client, demo realm only) or, with two
# arguments, for an API client (client credentials).
bench_token() {
  local form
  if [ $# -eq 2 ]; then
    form=(-d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$2")
  else
    form=(-d grant_type=password -d client_id=safereturn-test -d client_secret=safereturn-test-secret -d "username=$1" -d password=demo)
  fi
  curl -fsS "$KC_URL/realms/safereturn/protocol/openid-connect/token" "${form[@]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

bench_header() {
  printf '%-34s %5s %9s %9s %9s %7s\n' what conns "per s" "p50 ms" "p99 ms" errors
}

# bench_wrk LABEL CONNS SECONDS TOKEN URL [wrk args...]: one wrk run (after a 3-second warm-up
# run that is not counted) printed as a row of the table.
bench_wrk() {
  local label="$1" conns="$2" seconds="$3" token="$4" url="$5"; shift 5
  local threads=$(( conns < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$conns" -d3s -H "Authorization: Bearer $token" "$@" "$url" >/dev/null
  wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$@" "$url" | awk -v label="$label" -v conns="$conns" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { errors += $5 }
    /Socket errors/ { errors += $4 + $6 + $8 + $10 }
    END { printf "%-34s %5d %9.1f %9.2f %9.2f %7d\n", label, conns, rps, p50, p99, errors }'
}

# bench_psql [psql args...]: psql on bin/run's database as the schema's owner.
bench_psql() {
  ensure_postgres_binaries
  PGPASSWORD="${SAFERETURN_DB_PASSWORD:-safereturn}" "$PG_BIN/psql" -h 127.0.0.1 -p "${PG_PORT:-54320}" -U safereturn -d "${PG_DB:-safereturn}" -qAt "$@"
}

# bench_seal_legacy TEXT...: each text sealed in the form that opens in any row (v1, no binding),
# one per line, with bin/run's data key: generated rows share these values, since a ciphertext
# copied from another row would not open (bench/java/SealLegacy.java).
bench_seal_legacy() {
  local key
  key="$(set -a; source "$ROOT/.local/run/keys.env"; echo "$SAFERETURN_CRYPTO_DATA_KEY")"
  pick_java
  "$JAVA_HOME/bin/java" "$ROOT/bench/java/SealLegacy.java" "$key" "$@"
}

# bench_top_up CASES CONTACTS: tops the Social Work Centre up to CASES cases (sql/seed-cases.sql)
# and the hotline up to CONTACTS contacts (sql/seed-tickets.sql), their personal data sealed once
# with bin/run's key, then analyses the tables.
bench_top_up() {
  log "topping the Social Work Centre up to $1 cases and the hotline up to $2 contacts"
  local sealed
  mapfile -t sealed < <(bench_seal_legacy "Nguyễn Thị Mẫu" "Bị lừa sang bên kia biên giới làm việc, bị giữ giấy tờ." "Cửa khẩu Móng Cái" \
    "Nguyễn Thị Gọi" "0912 345 678" "Trần Thị Con" "Con gái 15 tuổi bỏ đi cùng người lạ quen trên mạng.")
  bench_psql -v org=00000000-0000-4000-a000-000000000001 -v target="$1" -v name_v1="${sealed[0]}" -v narrative_v1="${sealed[1]}" \
    -v place_v1="${sealed[2]}" -f "$ROOT/bench/sql/seed-cases.sql"
  bench_psql -v target="$2" -v caller="${sealed[3]}" -v phone="${sealed[4]}" -v concerned="${sealed[5]}" -v summary="${sealed[6]}" \
    -f "$ROOT/bench/sql/seed-tickets.sql"
  bench_psql -c "ANALYZE case_file; ANALYZE person; ANALYZE hotline_ticket;"
}
