# Shared steps of ./run.sh and ./test.sh. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KEYCLOAK_VERSION="$(sed -n 's:.*<version.keycloak>\(.*\)</version.keycloak>.*:\1:p' "$ROOT/pom.xml")"
WILDFLY_VERSION="$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' "$ROOT/pom.xml")"
KEYCLOAK_HOME="$ROOT/keycloak/target/keycloak-$KEYCLOAK_VERSION"
WILDFLY_HOME="$ROOT/ear/target/wildfly-$WILDFLY_VERSION"
LOG_DIR="$ROOT/logs"
MVN=(mvn -B -ntp)
PIDS=()

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
    log "Installing $* (Debian packages)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

mysql_tcp_ok() {
    mariadb --protocol=tcp -h 127.0.0.1 -P 3306 -u root -e 'select 1' >/dev/null 2>&1 \
        || mysql --protocol=tcp -h 127.0.0.1 -P 3306 -u root -e 'select 1' >/dev/null 2>&1
}

start_local_mysql() {
    command -v mariadbd >/dev/null 2>&1 || apt_install mariadb-server mariadb-client
    if ! mariadb-admin ping >/dev/null 2>&1; then
        log "Starting MariaDB"
        as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld || true
        [ -d /var/lib/mysql/mysql ] || as_root mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
        as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
        for _ in $(seq 1 60); do mariadb-admin ping >/dev/null 2>&1 && break; sleep 1; done
    fi
    if ! mysql_tcp_ok; then
        log "Letting root connect over TCP without a password (development database only)"
        as_root mariadb -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('');
                            CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
                            GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;"
    fi
}

# A MySQL-compatible server on 127.0.0.1:3306 that root may use without a password (as on the dev machines).
# Skipped when DB_URL points somewhere else.
ensure_mysql() {
    if [ -n "${DB_URL:-}" ] && [[ "$DB_URL" != *"127.0.0.1:3306"* && "$DB_URL" != *"localhost:3306"* ]]; then
        return
    fi
    mysql_tcp_ok || start_local_mysql
    mysql_tcp_ok || { echo "MySQL/MariaDB is not reachable on 127.0.0.1:3306 as root" >&2; exit 1; }
    # The application's and Keycloak's own accounts (a datasource password cannot be empty).
    mariadb --protocol=tcp -h 127.0.0.1 -u root -e "
        CREATE USER IF NOT EXISTS 'recovery'@'%' IDENTIFIED BY 'recovery';
        CREATE USER IF NOT EXISTS 'recovery'@'localhost' IDENTIFIED BY 'recovery';
        GRANT ALL PRIVILEGES ON recovery.* TO 'recovery'@'%', 'recovery'@'localhost';
        GRANT ALL PRIVILEGES ON recovery_test.* TO 'recovery'@'%', 'recovery'@'localhost';
        CREATE USER IF NOT EXISTS '$KC_DB_USERNAME'@'%' IDENTIFIED BY '$KC_DB_PASSWORD';
        CREATE USER IF NOT EXISTS '$KC_DB_USERNAME'@'localhost' IDENTIFIED BY '$KC_DB_PASSWORD';
        GRANT ALL PRIVILEGES ON \`$KC_DB_URL_DATABASE\`.* TO '$KC_DB_USERNAME'@'%', '$KC_DB_USERNAME'@'localhost';"
}

ensure_chromium() {
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then return; fi
    apt_install chromium chromium-driver
}

# axe-core, the accessibility rules the browser tests run in each page (AccessibilityIT), from npm at a pinned
# version into a cache outside the clone: fetched once, then found there without the network.
AXE_VERSION=4.14.1
ensure_axe() {
    local dir="${XDG_CACHE_HOME:-$HOME/.cache}/recovery-desk/axe-core-$AXE_VERSION"
    if [ ! -s "$dir/node_modules/axe-core/axe.min.js" ]; then
        command -v npm >/dev/null 2>&1 || apt_install npm
        log "Installing axe-core $AXE_VERSION (npm)"
        mkdir -p "$dir"
        npm install --prefix "$dir" --no-audit --no-fund --no-package-lock "axe-core@$AXE_VERSION" >/dev/null
    fi
    export AXE_JS="$dir/node_modules/axe-core/axe.min.js"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_ports() {
    for port in "$@"; do
        port_free "$port" || { echo "Port $port is in use; stop whatever runs there first." >&2; exit 1; }
    done
}

# Keycloak in production mode on the same MySQL/MariaDB server (its own database and account), built once for
# these options. The realm is imported only when it does not exist yet; RealmSync then brings an existing realm
# up to the files in keycloak/ without touching its users. Secrets come from the environment; the bootstrap admin's
# password, needed again at every later start, is kept outside the clone when not given.
KC_BUILD_OPTIONS=(--db=mariadb --health-enabled=true --metrics-enabled=true)
: "${KC_DB_URL_DATABASE:=keycloak}" "${KC_DB_USERNAME:=keycloak}" "${KC_DB_PASSWORD:=keycloak}"

keycloak_admin_password() {
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    if [ -n "${KC_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then return; fi
    local file="${XDG_CONFIG_HOME:-$HOME/.config}/recovery-desk/keycloak-admin-password"
    if [ ! -s "$file" ]; then
        mkdir -p "$(dirname "$file")"
        (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$file")
    fi
    export KC_BOOTSTRAP_ADMIN_PASSWORD="$(cat "$file")"
}

build_keycloak() {
    local marker="$KEYCLOAK_HOME/lib/recovery-build-options"
    if [ "$(cat "$marker" 2>/dev/null)" != "${KC_BUILD_OPTIONS[*]}" ]; then
        log "Building Keycloak for MariaDB (once per unpacked Keycloak)"
        "$KEYCLOAK_HOME/bin/kc.sh" build "${KC_BUILD_OPTIONS[@]}" > "$LOG_DIR/keycloak-build.log" 2>&1 \
            || { echo "kc.sh build failed; see $LOG_DIR/keycloak-build.log" >&2; exit 1; }
        echo "${KC_BUILD_OPTIONS[*]}" > "$marker"
    fi
}

realm_sync() { # import-file OUT | sync
    local command="$1"; shift
    java -cp "$KEYCLOAK_HOME/lib/lib/main/*" "$ROOT/scripts/RealmSync.java" "$command" \
        "$ROOT/keycloak/src/main/realm/recovery-realm.json" "$ROOT/keycloak/src/main/realm/recovery-demo.json" "$@"
}

start_keycloak() {
    log "Starting Keycloak $KEYCLOAK_VERSION on http://localhost:8180 (realm recovery, database $KC_DB_URL_DATABASE)"
    mkdir -p "$LOG_DIR" "$KEYCLOAK_HOME/data/import"
    keycloak_admin_password
    build_keycloak
    mariadb --protocol=tcp -h 127.0.0.1 -u root -e \
        "CREATE DATABASE IF NOT EXISTS \`$KC_DB_URL_DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    realm_sync import-file "$KEYCLOAK_HOME/data/import/recovery-realm.json"
    # options through the environment (kc.sh reads KC_*), so that no password shows in the process list;
    # exported for this server only (local -x), not to other servers started from the same shell
    local -x KC_DB_URL_DATABASE="$KC_DB_URL_DATABASE" KC_DB_USERNAME="$KC_DB_USERNAME" KC_DB_PASSWORD="$KC_DB_PASSWORD" \
        KC_DB_URL_HOST="${KC_DB_URL_HOST:-127.0.0.1}" KC_DB_URL_PORT="${KC_DB_URL_PORT:-3306}" \
        KC_HOSTNAME="${KC_HOSTNAME:-http://localhost:8180}" KC_HTTP_ENABLED=true KC_HTTP_PORT=8180 \
        KC_HTTP_HOST="${KC_HTTP_HOST:-127.0.0.1}" KC_CACHE="${KC_CACHE:-local}" \
        KC_SHUTDOWN_TIMEOUT="${KC_SHUTDOWN_TIMEOUT:-10}"
    start_service keycloak "$LOG_DIR/keycloak.log" "$KEYCLOAK_HOME/bin/kc.sh" start --optimized --import-realm
}

# After Keycloak answers: the realm's settings and clients from keycloak/ reach a realm imported earlier.
sync_realm() {
    realm_sync sync >> "$LOG_DIR/keycloak.log" 2>&1 || { echo "Realm update failed; see $LOG_DIR/keycloak.log" >&2; exit 1; }
}

# WildFly with the built application. On SIGTERM (what Ctrl-C sends it) WildFly first suspends: requests in
# flight complete, new ones are refused, for up to STOP_GRACE_SECONDS.
start_wildfly() {
    log "Starting WildFly $WILDFLY_VERSION on http://localhost:8080"
    rm -f "$WILDFLY_HOME"/standalone/deployments/recovery-desk.ear.*
    cp "$ROOT/ear/target/recovery-desk.ear" "$WILDFLY_HOME/standalone/deployments/"
    start_service wildfly "$LOG_DIR/wildfly.log" "$WILDFLY_HOME/bin/standalone.sh" \
        "-Dorg.wildfly.sigterm.suspend.timeout=${STOP_GRACE_SECONDS:-20}"
}

wait_for_wildfly() {
    local marker="$WILDFLY_HOME/standalone/deployments/recovery-desk.ear"
    for _ in $(seq 1 240); do
        [ -f "$marker.deployed" ] && return 0
        [ -f "$marker.failed" ] && { echo "Deployment failed; see $LOG_DIR/wildfly.log" >&2; return 1; }
        sleep 1
    done
    echo "Deployment timed out; see $LOG_DIR/wildfly.log" >&2
    return 1
}

# Each server runs in its own process group, recorded in logs/NAME.pid, so that a stop reaches its Java child
# (killing kc.sh alone would leave Java running) and another script can stop and start it again.
start_service() { # name logfile command...
    local name="$1" logfile="$2"; shift 2
    setsid bash -c 'exec "$@"' bash "$@" < /dev/null >> "$logfile" 2>&1 &
    echo $! > "$LOG_DIR/$name.pid"
    PIDS+=("$name")
}

stop_service() {
    local pid
    pid="$(cat "$LOG_DIR/$1.pid" 2>/dev/null)" || return 0
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$LOG_DIR/$1.pid"
}

wait_for() { # url seconds what
    for _ in $(seq 1 "$2"); do
        if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
        sleep 1
    done
    echo "$3 did not come up within $2 s; see $LOG_DIR" >&2
    return 1
}

wait_for_keycloak() { wait_for http://localhost:8180/realms/recovery/.well-known/openid-configuration 180 Keycloak; }

stop_all() {
    for name in "${PIDS[@]:-}"; do
        [ -n "$name" ] && stop_service "$name"
    done
    PIDS=()
}
