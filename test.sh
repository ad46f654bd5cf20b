#!/usr/bin/env bash
# The whole test suite: unit tests, then Arquillian, API and browser tests against a real WildFly, Keycloak
# and MySQL/MariaDB. Installs or starts what it needs (MariaDB, Chromium) when missing.
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

started=$SECONDS
require_free_ports 8080 8180 9990 13306 13307
ensure_mysql
ensure_chromium

# Each run starts from an empty schema, built by the migrations themselves. The application reaches the database
# through a relay that the outage test can cut (DB_PROXY_CONTROL), as a database that goes away would.
export DB_URL="jdbc:mysql://127.0.0.1:13306/recovery_test?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
export DB_PROXY_CONTROL=13307
mariadb --protocol=tcp -h 127.0.0.1 -u root -e 'DROP DATABASE IF EXISTS recovery_test'

log "Unpacking Keycloak"
"${MVN[@]}" -q -pl keycloak clean package
trap 'stop_all' EXIT
mkdir -p "$LOG_DIR"
setsid java "$ROOT/scripts/DatabaseProxy.java" 13306 127.0.0.1 3306 "$DB_PROXY_CONTROL" > "$LOG_DIR/database-proxy.log" 2>&1 &
PIDS+=($!)
start_keycloak   # starts while the rest builds

log "Building and running the tests"
"${MVN[@]}" clean verify -pl '!keycloak' "$@"   # e.g. -Dit.test=InitiativeIT for one class
log "All tests passed in $((SECONDS - started)) s"
