#!/bin/sh
# Runs once, when the database volume is first made: the backend's own role. It logs in and gets
# its rights from the migrations (rows of every table; only INSERT and SELECT on the audit trail).
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$APP_DB_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE safereturn_app LOGIN PASSWORD :'app_password';
SQL
