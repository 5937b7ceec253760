# shellcheck shell=bash
# Keycloak as a plain local process (no Docker). Sourced by bin/run and bin/test; never executed.
#
#   kc_install DIR              unpack the Keycloak server distribution into DIR (once)
#   kc_start   DIR PORT LOGFILE start it in the background on 127.0.0.1:PORT, import the realm,
#                               wait until the realm answers (management/health on PORT+1000)
#   kc_stop    DIR              stop it (TERM, then KILL after KC_STOP_TIMEOUT seconds)
#   kc_reimport DIR             drop its dev-file database, so the next start imports the realm fresh
#
# Settings (environment, all optional):
#   KC_VERSION                    server version (26.7.3)
#   KC_REALM                      realm name (safereturn)
#   KC_REALM_FILE                 realm as code (<repo>/keycloak/realm-safereturn.json)
#   KC_BOOTSTRAP_ADMIN_USERNAME   master-realm admin created on the first start (admin; local dev only)
#   KC_BOOTSTRAP_ADMIN_PASSWORD   its password (admin; local dev only)
#   KC_MANAGEMENT_PORT            management interface port (/health, /metrics): PORT+1000
#   KC_START_TIMEOUT              seconds to wait for the realm to answer (300: a first start on a
#                                 busy 2-core machine took up to 117 s, a warm one 14-40 s)
#   KC_STOP_TIMEOUT               seconds to wait after TERM before KILL (20)
#   KC_M2_REPO                    Maven local repository (~/.m2/repository)
#   JAVA_HOME                     a JDK >= 21; otherwise the first one under /usr/lib/jvm
#
# Everything a Keycloak install keeps lives inside DIR: the server, its dev-file (H2) database
# in DIR/data/h2, the realm checksum in DIR/realm.sha256 and the PID in DIR/kc.pid, so two
# installs (bin/run's and bin/test's) never share state.

KC_VERSION="${KC_VERSION:-26.7.3}"
KC_REALM="${KC_REALM:-safereturn}"

_kc_lib_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_kc_repo_root="$(cd "$_kc_lib_dir/../.." && pwd)"

_kc_log() { printf '[keycloak] %s\n' "$*" >&2; }

_kc_realm_file() { printf '%s\n' "${KC_REALM_FILE:-$_kc_repo_root/keycloak/realm-safereturn.json}"; }

# Major version of the JDK at $1 (a JAVA_HOME), or 0.
_kc_java_major() {
    local java="$1/bin/java" v
    [[ -x "$java" ]] || { echo 0; return 0; }
    v="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)"
    v="${v#1.}"
    [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

# Prints a JAVA_HOME with a JDK >= 21: $JAVA_HOME when it qualifies, else the first under /usr/lib/jvm.
kc_java_home() {
    local candidate
    if [[ -n "${JAVA_HOME:-}" ]] && (( $(_kc_java_major "$JAVA_HOME") >= 21 )); then
        printf '%s\n' "$JAVA_HOME"; return 0
    fi
    for candidate in /usr/lib/jvm/*; do
        [[ -d "$candidate" && ! -L "$candidate" ]] || continue
        if (( $(_kc_java_major "$candidate") >= 21 )); then
            printf '%s\n' "$candidate"; return 0
        fi
    done
    _kc_log "no JDK >= 21 found (set JAVA_HOME)"
    return 1
}

# Path of the distribution zip, fetched into the Maven local repository when missing.
_kc_zip() {
    local repo="${KC_M2_REPO:-$HOME/.m2/repository}"
    local zip="$repo/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
    if [[ -s "$zip" ]]; then printf '%s\n' "$zip"; return 0; fi
    command -v mvn >/dev/null 2>&1 || { _kc_log "mvn not found; cannot fetch the Keycloak distribution"; return 1; }
    local tmp java_home
    tmp="$(mktemp -d)"
    java_home="$(kc_java_home)" || { rm -rf "$tmp"; return 1; }
    _kc_log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (about 170 MB) with Maven"
    if ! (cd "$tmp" && JAVA_HOME="$java_home" mvn -q dependency:copy \
            "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
            "-DoutputDirectory=$tmp" ${KC_M2_REPO:+"-Dmaven.repo.local=$KC_M2_REPO"} >&2); then
        rm -rf "$tmp"; _kc_log "mvn dependency:copy failed"; return 1
    fi
    # dependency:copy resolves into the local repository first; use that copy, else the copied one.
    if [[ -s "$zip" ]]; then
        rm -rf "$tmp"
    else
        mkdir -p "$(dirname "$zip")"
        mv "$tmp/keycloak-quarkus-dist-$KC_VERSION.zip" "$zip" && rm -rf "$tmp" || { rm -rf "$tmp"; return 1; }
    fi
    printf '%s\n' "$zip"
}

# kc_install DIR: unpack the server into DIR once (idempotent; keeps DIR/data).
kc_install() {
    local dir="${1:?usage: kc_install DIR}"
    if [[ -x "$dir/bin/kc.sh" && "$(cat "$dir/.kc-version" 2>/dev/null)" == "$KC_VERSION" ]]; then
        return 0
    fi
    command -v unzip >/dev/null 2>&1 || { _kc_log "unzip not found"; return 1; }
    local zip stage
    zip="$(_kc_zip)" || return 1
    mkdir -p "$dir"
    stage="$(mktemp -d "$dir/.unpack.XXXXXX")"
    _kc_log "unpacking Keycloak $KC_VERSION into $dir"
    if ! unzip -q "$zip" -d "$stage"; then rm -rf "$stage"; _kc_log "unzip failed"; return 1; fi
    # Replace the server files, keep data/ (database, import dir) and our state files.
    rm -rf "$dir/bin" "$dir/lib" "$dir/themes" "$dir/providers" "$dir/conf"
    cp -a "$stage/keycloak-$KC_VERSION/." "$dir/"
    rm -rf "$stage"
    printf '%s\n' "$KC_VERSION" >"$dir/.kc-version"
}

# PID from DIR/kc.pid when that process still runs; else nothing and status 1.
_kc_pid() {
    local pid
    pid="$(cat "$1/kc.pid" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && { printf '%s\n' "$pid"; return 0; }
    return 1
}

_kc_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_kc_checksum() { sha256sum "$1" | cut -d' ' -f1; }

# kc_start DIR PORT LOGFILE
kc_start() {
    local dir="${1:?usage: kc_start DIR PORT LOGFILE}" port="${2:?usage: kc_start DIR PORT LOGFILE}"
    local logfile="${3:?usage: kc_start DIR PORT LOGFILE}"
    local mport="${KC_MANAGEMENT_PORT:-$((port + 1000))}"
    local timeout="${KC_START_TIMEOUT:-300}"
    local realm_file url pid java_home sum

    [[ -x "$dir/bin/kc.sh" ]] || { _kc_log "no Keycloak in $dir (run kc_install first)"; return 1; }
    realm_file="$(_kc_realm_file)"
    [[ -s "$realm_file" ]] || { _kc_log "realm file $realm_file missing"; return 1; }
    url="http://127.0.0.1:$port/realms/$KC_REALM/.well-known/openid-configuration"

    if pid="$(_kc_pid "$dir")"; then
        _kc_log "already running (pid $pid)"
        _kc_wait_ready "$dir" "$url" "$logfile" "$timeout"
        return
    fi
    rm -f "$dir/kc.pid"
    local p
    for p in "$port" "$mport"; do
        if _kc_port_busy "$p"; then _kc_log "port $p on 127.0.0.1 is already in use"; return 1; fi
    done

    # Realm as code: re-import when the file changed since the last successful start.
    sum="$(_kc_checksum "$realm_file")"
    if [[ -d "$dir/data/h2" && "$(cat "$dir/realm.sha256" 2>/dev/null)" != "$sum" ]]; then
        _kc_log "realm file changed: dropping the database to import it fresh"
        kc_reimport "$dir" || return 1
    fi
    mkdir -p "$dir/data/import" "$(dirname "$logfile")"
    rm -f "$dir/data/import/"*.json
    cp "$realm_file" "$dir/data/import/realm-$KC_REALM.json"

    java_home="$(kc_java_home)" || return 1
    _kc_log "starting on http://127.0.0.1:$port (management $mport), log $logfile"
    (
        export JAVA_HOME="$java_home"
        export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
        export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
        cd "$dir"
        exec nohup "$dir/bin/kc.sh" start-dev \
            --http-host=127.0.0.1 --http-port="$port" \
            --hostname="http://127.0.0.1:$port" \
            --http-management-port="$mport" \
            --health-enabled=true \
            --db=dev-file \
            --import-realm \
            </dev/null >"$logfile" 2>&1
    ) &
    pid=$!
    printf '%s\n' "$pid" >"$dir/kc.pid"
    if _kc_wait_ready "$dir" "$url" "$logfile" "$timeout"; then
        printf '%s\n' "$sum" >"$dir/realm.sha256"
        return 0
    fi
    kc_stop "$dir"   # leave no half-started server behind
    return 1
}

_kc_wait_ready() {
    local dir="$1" url="$2" logfile="$3" timeout="$4" start=$SECONDS
    while (( SECONDS - start < timeout )); do
        if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
            _kc_log "ready after $((SECONDS - start)) s: $url"
            return 0
        fi
        if ! _kc_pid "$dir" >/dev/null; then
            _kc_log "Keycloak exited during start; last log lines:"
            tail -n 40 "$logfile" >&2 2>/dev/null || true
            rm -f "$dir/kc.pid"
            return 1
        fi
        sleep 1
    done
    _kc_log "not ready after $timeout s; last log lines:"
    tail -n 40 "$logfile" >&2 2>/dev/null || true
    return 1
}

# kc_stop DIR: TERM, wait, KILL (the launcher script and its java child) after KC_STOP_TIMEOUT s.
kc_stop() {
    local dir="${1:?usage: kc_stop DIR}" pid children start
    if ! pid="$(_kc_pid "$dir")"; then
        rm -f "$dir/kc.pid"
        return 0
    fi
    children="$(ps -o pid= --ppid "$pid" 2>/dev/null | tr -s ' \n' ' ' || true)"
    _kc_log "stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    start=$SECONDS
    while kill -0 "$pid" 2>/dev/null && (( SECONDS - start < ${KC_STOP_TIMEOUT:-20} )); do
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        _kc_log "still running after ${KC_STOP_TIMEOUT:-20} s: KILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    local c
    for c in $children; do
        kill -0 "$c" 2>/dev/null && kill -KILL "$c" 2>/dev/null || true
    done
    # Reap it when it is a child of this shell.
    wait "$pid" 2>/dev/null || true
    rm -f "$dir/kc.pid"
}

# kc_reimport DIR: remove the dev-file database; the next kc_start imports the realm fresh.
kc_reimport() {
    local dir="${1:?usage: kc_reimport DIR}"
    if _kc_pid "$dir" >/dev/null; then
        _kc_log "running: stop it before dropping its database"
        return 1
    fi
    rm -rf "$dir/data/h2" "$dir/realm.sha256"
}
