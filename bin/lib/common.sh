# Shared by bin/run and bin/test (sourced). Everything downloaded or started lives under .local/.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/.local"
mkdir -p "$LOCAL"

log() { printf '\033[1m[safereturn]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# A JDK of release 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
pick_java() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "no JDK 21 or newer under /usr/lib/jvm (install one, e.g. openjdk-21-jdk or Temurin)"
}

# Installs Debian packages that are missing (we run as root on these machines; sudo otherwise).
ensure_debs() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_postgres_binaries() {
  PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
  if [ ! -x "$PG_BIN/initdb" ]; then
    ensure_debs postgresql
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  export PG_BIN
}

# Waits until an HTTP URL answers 2xx/3xx, or fails after $2 seconds.
wait_http() {
  local url="$1" timeout="${2:-120}" start=$SECONDS
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if (( SECONDS - start > timeout )); then
      return 1
    fi
    sleep 1
  done
}

# Builds the backend jar when sources changed since the last build.
build_backend() {
  local jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
  if [ -f "$jar" ] && [ -z "$(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  log "building the backend"
  (cd "$ROOT/backend" && mvn -B -q package -DskipTests) || die "backend build failed"
}

ensure_frontend_deps() {
  if [ ! -d "$ROOT/frontend/node_modules" ] || [ "$ROOT/frontend/package-lock.json" -nt "$ROOT/frontend/node_modules/.package-lock.json" ]; then
    log "installing the SPA's npm packages"
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  fi
}

# Keys of sensitive data for a local installation: made once (random), kept in FILE (mode 600,
# under the git-ignored .local/) and exported, so the data stays readable across runs.
ensure_local_keys() {
  local file="$1" name
  mkdir -p "$(dirname "$file")"
  (umask 077 && touch "$file")
  # A key added in a later version is appended; the ones already there are kept (they hold the data).
  for name in SAFERETURN_CRYPTO_DATA_KEY SAFERETURN_CRYPTO_INDEX_KEY SAFERETURN_AUDIT_CHECKPOINT_KEY; do
    grep -q "^$name=" "$file" || echo "$name=$(head -c 32 /dev/urandom | base64)" >>"$file"
  done
  set -a; source "$file"; set +a
}
