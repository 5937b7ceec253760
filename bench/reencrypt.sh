#!/usr/bin/env bash
# Re-encryption rows per second: the admin's job (POST /api/v1/admin/reencryptions) moving case notes
# written in the form used before key ids to the current key, next to bare JDBC doing the same work
# on the same rows in the same run (bench/java/ReencryptBench.java). Needs bin/run (its keys in
# .local/run/keys.env). Usage:
#   bench/reencrypt.sh [rows]      env: API_URL, KC_URL, JDBC_URL
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rows="${1:-20000}"
set -a; source "$ROOT/.local/run/keys.env"; set +a
bench_java ReencryptBench.java "$JDBC_URL" "$API_URL" "$(bench_token admin)" "$SAFERETURN_CRYPTO_DATA_KEY" "$rows"
