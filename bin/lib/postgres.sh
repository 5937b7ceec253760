# PostgreSQL as a plain process on loopback (sourced). The server refuses to run as root, so
# it runs as the `postgres` OS user, which must own its data, socket and log paths.

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The folder a cluster really lives in: DIR when the postgres user can reach it, otherwise a
# folder of its own under /var/tmp named after DIR. A clone inside a private directory (mktemp -d
# makes them mode 700) is not traversable by postgres, and PostgreSQL refuses to run as root.
pg_home() {
  local dir="$1" parent
  parent="$(dirname "$dir")"
  mkdir -p "$parent"
  if [ "$(id -u)" -ne 0 ] || runuser -u postgres -- test -x "$parent" 2>/dev/null; then
    printf '%s\n' "$dir"
  else
    printf '/var/tmp/safereturn-pg-%s\n' "$(printf '%s' "$dir" | sha1sum | cut -c1-16)"
  fi
}

# pg_start DIR PORT: initialises a cluster in DIR once, starts it, creates the owner role and
# database `safereturn` (password from SAFERETURN_DB_PASSWORD, default `safereturn` for local use)
# and the backend's role `safereturn_app` (SAFERETURN_APP_DB_PASSWORD, default `safereturn_app`).
pg_start() {
  local dir port="$2"
  dir="$(pg_home "$1")"
  ensure_postgres_binaries
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    log "creating a PostgreSQL cluster in $dir"
    as_postgres mkdir -p "$dir/data" "$dir/socket"
    as_postgres "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
fsync = ${PG_FSYNC:-on}
shared_buffers = 256MB
max_connections = 200
CONF
    # Loopback TCP needs a password; the socket (postgres OS user only) is trusted.
    cat >"$dir/data/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 scram-sha-256
HBA
  fi
  as_postgres mkdir -p "$dir/socket"
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -o "-p $port" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
      || { tail -20 "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
  fi
  local password="${SAFERETURN_DB_PASSWORD:-safereturn}" app_password="${SAFERETURN_APP_DB_PASSWORD:-safereturn_app}"
  # safereturn owns the schema and runs the migrations; the backend connects as safereturn_app,
  # which the migrations grant rows to, but only INSERT and SELECT on the audit trail.
  as_postgres psql -h "$dir/socket" -p "$port" -U postgres -qAt -v ON_ERROR_STOP=1 <<SQL >/dev/null
SELECT 'CREATE ROLE safereturn LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'safereturn')\gexec
ALTER ROLE safereturn PASSWORD '$password';
SELECT 'CREATE ROLE safereturn_app LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'safereturn_app')\gexec
ALTER ROLE safereturn_app PASSWORD '$app_password';
SELECT 'CREATE DATABASE safereturn OWNER safereturn' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'safereturn')\gexec
SQL
}

pg_stop() {
  local dir
  dir="$(pg_home "$1")"
  ensure_postgres_binaries
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

# pg_kill DIR: stops the cluster at once, as a crash would (no checkpoint; it recovers on the next
# pg_start). The backend's outage test uses it to take the database away under load.
pg_kill() {
  local dir
  dir="$(pg_home "$1")"
  ensure_postgres_binaries
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
}

# pg_create_db DIR PORT NAME: an extra database owned by safereturn (e.g. for end-to-end tests).
pg_create_db() {
  local dir port="$2" name="$3"
  dir="$(pg_home "$1")"
  as_postgres psql -h "$dir/socket" -p "$port" -U postgres -qAt -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT 'CREATE DATABASE $name OWNER safereturn' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$name')\gexec
SQL
}

# pg_destroy DIR: stops the cluster and deletes its data (bin/test starts from nothing).
pg_destroy() {
  pg_stop "$1"
  rm -rf "$(pg_home "$1")"
}
