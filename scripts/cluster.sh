#!/usr/bin/env bash
# A cluster on this one machine (README "Scaling out"): MariaDB, two Keycloak nodes on its shared database, two
# WildFly nodes of the HA profile, and HAProxy in front of both pairs on the single server's addresses (the
# application on 8080, Keycloak on 8180). Each server runs in its own process group, recorded in logs/NAME.pid.
#   cluster.sh run                 start everything and stay in front until Ctrl-C, which stops it all (./run.sh --cluster)
#   cluster.sh start | stop        start everything and return once all is ready; stop everything
#   cluster.sh kill NAME           SIGKILL to one server (wildfly-node1, keycloak-kc2 …), as a crash would
#   cluster.sh start-node NAME     start that one server again and wait until it is ready
#   cluster.sh stop-node NAME      stop that one server as Ctrl-C would (the cluster benchmark's one-node steps)
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

WILDFLY_NODES=(node1 node2)
KEYCLOAK_NODES=(kc1 kc2)
CLUSTER_DIR="$ROOT/ear/target/cluster"

# Ports: a WildFly node's are the single server's plus its offset (http 10080/11080, management 11990/12990,
# JGroups 9600/10600, which configure-ha.cli lists); a Keycloak node's are its own (http, management, JGroups).
wildfly_offset() { case "$1" in node1) echo 2000 ;; node2) echo 3000 ;; esac; }
keycloak_port() { # node http|management|jgroups
    local base; case "$1" in kc1) base=0 ;; kc2) base=100 ;; esac
    case "$2" in http) echo $((8380 + base)) ;; management) echo $((9300 + base)) ;; jgroups) echo $((7810 + base / 10)) ;; esac
}

ensure_haproxy() { command -v haproxy >/dev/null 2>&1 || apt_install haproxy; }

start_balancer() {
    log "Starting HAProxy: the application on http://localhost:8080, Keycloak on http://localhost:8180, stats on http://127.0.0.1:8404/"
    start_service haproxy "$LOG_DIR/haproxy.log" haproxy -db -f "$ROOT/scripts/haproxy.cfg"
}

# A Keycloak node in production mode on the shared database; the cache is the distributed one (ispn), whose
# members find each other through a table in that database (jdbc-ping), bound to the loopback address. Every node
# has the balancer's address as its hostname, so tokens carry one issuer whichever node signed them.
start_keycloak_node() { # node [--import-realm]
    local node="$1"; shift
    log "Starting Keycloak $node on port $(keycloak_port "$node" http)"
    local -x KC_DB_URL_DATABASE="$KC_DB_URL_DATABASE" KC_DB_USERNAME="$KC_DB_USERNAME" KC_DB_PASSWORD="$KC_DB_PASSWORD" \
        KC_DB_URL_HOST="${KC_DB_URL_HOST:-127.0.0.1}" KC_DB_URL_PORT="${KC_DB_URL_PORT:-3306}" \
        KC_HOSTNAME=http://localhost:8180 KC_HTTP_ENABLED=true KC_HTTP_HOST=127.0.0.1 \
        KC_HTTP_PORT="$(keycloak_port "$node" http)" KC_HTTP_MANAGEMENT_PORT="$(keycloak_port "$node" management)" \
        KC_CACHE=ispn KC_CACHE_STACK=jdbc-ping KC_CACHE_EMBEDDED_NETWORK_BIND_ADDRESS=127.0.0.1 \
        KC_CACHE_EMBEDDED_NETWORK_BIND_PORT="$(keycloak_port "$node" jgroups)" \
        KC_SHUTDOWN_TIMEOUT="${KC_SHUTDOWN_TIMEOUT:-10}"
    start_service "keycloak-$node" "$LOG_DIR/keycloak-$node.log" "$KEYCLOAK_HOME/bin/kc.sh" start --optimized "$@"
}

wait_for_keycloak_node() {
    wait_for "http://127.0.0.1:$(keycloak_port "$1" management)/health/ready" 240 "Keycloak $1"
}

# A WildFly node of the HA profile with its own copy of standalone/ (configuration, deployments, data), its name,
# its transaction node id and its port offset. IPv4 only: JGroups binds the loopback address.
start_wildfly_node() {
    local node="$1" base="$CLUSTER_DIR/$1"
    log "Starting WildFly $node on port $((8080 + $(wildfly_offset "$node")))"
    if [ ! -d "$base/configuration" ]; then
        mkdir -p "$base"
        cp -r "$WILDFLY_HOME/standalone/configuration" "$base/"
        mkdir -p "$base/deployments"
    fi
    rm -f "$base"/deployments/recovery-desk.ear*
    cp "$ROOT/ear/target/recovery-desk.ear" "$base/deployments/"
    start_service "wildfly-$node" "$LOG_DIR/wildfly-$node.log" "$WILDFLY_HOME/bin/standalone.sh" \
        -c standalone-ha.xml -Djboss.server.base.dir="$base" -Djboss.node.name="$node" -Djboss.tx.node.id="$node" \
        -Djboss.socket.binding.port-offset="$(wildfly_offset "$node")" -Djava.net.preferIPv4Stack=true \
        "-Dorg.wildfly.sigterm.suspend.timeout=${STOP_GRACE_SECONDS:-20}"
}

wait_for_wildfly_node() {
    local node="$1" marker="$CLUSTER_DIR/$1/deployments/recovery-desk.ear"
    for _ in $(seq 1 300); do
        [ -f "$marker.failed" ] && { echo "Deployment failed on $node; see $LOG_DIR/wildfly-$node.log" >&2; return 1; }
        [ -f "$marker.deployed" ] && break
        sleep 1
    done
    wait_for "http://127.0.0.1:$((9990 + $(wildfly_offset "$node")))/health/ready" 60 "WildFly $node"
}

# Node 1 first, then node 2, for each pair: the first creates the schema (Keycloak's, and the application's
# migrations and demo data); two at once would race for it.
start_cluster() {
    require_free_ports 8080 8180 8380 8480 9300 9400 10080 11080 11990 12990 9600 10600 8404
    ensure_mysql
    ensure_haproxy
    mkdir -p "$LOG_DIR"
    rm -rf "$CLUSTER_DIR"
    keycloak_admin_password
    build_keycloak
    mariadb --protocol=tcp -h 127.0.0.1 -u root -e \
        "CREATE DATABASE IF NOT EXISTS \`$KC_DB_URL_DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    mkdir -p "$KEYCLOAK_HOME/data/import"
    realm_sync import-file "$KEYCLOAK_HOME/data/import/recovery-realm.json"
    start_balancer
    start_keycloak_node kc1 --import-realm
    start_wildfly_node node1   # its start does not need Keycloak, which it reaches at the first sign-in
    wait_for_keycloak_node kc1
    start_keycloak_node kc2
    wait_for_keycloak
    sync_realm
    wait_for_wildfly_node node1
    start_wildfly_node node2
    wait_for_keycloak_node kc2
    wait_for_wildfly_node node2
}

stop_cluster() {
    for name in wildfly-node2 wildfly-node1 keycloak-kc2 keycloak-kc1 haproxy; do stop_service "$name"; done
}

kill_server() {
    local pid
    pid="$(cat "$LOG_DIR/$1.pid")"
    kill -KILL -- "-$pid"
    while kill -0 -- "-$pid" 2>/dev/null; do sleep 0.2; done
    rm -f "$LOG_DIR/$1.pid"
}

start_node() {
    case "$1" in
        wildfly-*) start_wildfly_node "${1#wildfly-}"; wait_for_wildfly_node "${1#wildfly-}" ;;
        keycloak-*) keycloak_admin_password; start_keycloak_node "${1#keycloak-}"; wait_for_keycloak_node "${1#keycloak-}" ;;
        *) echo "no such server: $1" >&2; exit 2 ;;
    esac
}

case "${1:-}" in
    run)
        trap 'echo; log "Stopping"; stop_cluster' EXIT
        trap 'exit 130' INT TERM
        start_cluster
        cat <<TXT

  Recovery Desk is running as a cluster: http://localhost:8080/ (HAProxy; its stats: http://127.0.0.1:8404/)
    WildFly node1 http://127.0.0.1:10080 (management 11990), node2 http://127.0.0.1:11080 (management 12990)
    Keycloak http://localhost:8180/: kc1 http://127.0.0.1:8380 (management 9300), kc2 http://127.0.0.1:8480 (9400)
  Demo logins as for ./run.sh (password: demo). Logs: $LOG_DIR (wildfly-node1.log, keycloak-kc1.log …)
  Ctrl-C stops everything.
TXT
        wait ;;
    start) trap 'stop_cluster' EXIT; start_cluster; trap - EXIT ;;   # nothing left running when a start fails
    stop) stop_cluster ;;
    kill) kill_server "$2" ;;
    start-node) start_node "$2" ;;
    stop-node) stop_service "$2" ;;
    *) echo "usage: cluster.sh run|start|stop|kill NAME|start-node NAME|stop-node NAME" >&2; exit 2 ;;
esac
