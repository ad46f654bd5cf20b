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
    # The application's own account (the datasource's default user; a datasource password cannot be empty).
    mariadb --protocol=tcp -h 127.0.0.1 -u root -e "
        CREATE USER IF NOT EXISTS 'recovery'@'%' IDENTIFIED BY 'recovery';
        CREATE USER IF NOT EXISTS 'recovery'@'localhost' IDENTIFIED BY 'recovery';
        GRANT ALL PRIVILEGES ON recovery.* TO 'recovery'@'%', 'recovery'@'localhost';
        GRANT ALL PRIVILEGES ON recovery_test.* TO 'recovery'@'%', 'recovery'@'localhost';"
}

ensure_chromium() {
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then return; fi
    apt_install chromium chromium-driver
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_ports() {
    for port in "$@"; do
        port_free "$port" || { echo "Port $port is in use; stop whatever runs there first." >&2; exit 1; }
    done
}

# Keycloak in dev mode with the realm imported from keycloak/ on every start (fresh data folder), so the
# realm always matches the file. Runs in its own process group: killing kc.sh alone would leave Java running.
start_keycloak() {
    log "Starting Keycloak $KEYCLOAK_VERSION on http://localhost:8180 (realm recovery)"
    mkdir -p "$LOG_DIR"
    rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/tmp"
    mkdir -p "$KEYCLOAK_HOME/data/import"
    cp "$ROOT/keycloak/src/main/realm/recovery-realm.json" "$KEYCLOAK_HOME/data/import/"
    setsid bash -c "exec '$KEYCLOAK_HOME/bin/kc.sh' start-dev --http-port=8180 --import-realm \
        > '$LOG_DIR/keycloak.log' 2>&1" &
    PIDS+=($!)
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
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        for _ in $(seq 1 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    done
    PIDS=()
}
