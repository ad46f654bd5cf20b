#!/usr/bin/env bash
# The whole test suite: unit tests, then Arquillian, API and browser tests against a real WildFly, Keycloak
# and MySQL/MariaDB, then the durability tests (a restart of both servers, a backup restored), which start and
# stop the servers the way ./run.sh does, then the cluster tests on the cluster of ./run.sh --cluster (nodes killed
# while in use). Installs or starts what it needs (MariaDB, Chromium, axe-core) when missing.
#   ./test.sh -Dit.test=InitiativeIT       one class (the durability and cluster tests are then left out)
#   ./test.sh -Dit.test=SessionFailoverIT  one class of the cluster stage (only that stage runs)
#   ./test.sh -DskipCluster=true           everything but the cluster stage
#   ./test.sh -DskipMain=true              only the durability and cluster tests
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

started=$SECONDS
require_free_ports 8080 8180 9000 9990 13306 13307
# Each run starts from empty schemas: the application's built by its migrations, Keycloak's by its own, with the
# realm imported fresh. The bootstrap admin's password is this run's own.
export KC_DB_URL_DATABASE=keycloak_test
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}"
export DEMO_DATA=true
ensure_mysql
ensure_chromium
ensure_axe
# The application reaches the database through a relay that the outage test can cut (DB_PROXY_CONTROL), as a
# database that goes away would.
export DB_URL="jdbc:mysql://127.0.0.1:13306/recovery_test?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
export DB_PROXY_CONTROL=13307
mariadb --protocol=tcp -h 127.0.0.1 -u root -e 'DROP DATABASE IF EXISTS recovery_test; DROP DATABASE IF EXISTS keycloak_test'

log "Unpacking Keycloak"
"${MVN[@]}" -q -pl keycloak package
trap 'stop_all; stop_service wildfly; bash "$ROOT/scripts/cluster.sh" stop' EXIT
mkdir -p "$LOG_DIR"
start_service database-proxy "$LOG_DIR/database-proxy.log" \
    java "$ROOT/scripts/DatabaseProxy.java" 13306 127.0.0.1 3306 "$DB_PROXY_CONTROL"
start_keycloak   # starts while the rest builds
( wait_for_keycloak && sync_realm ) &
realm_ready=$!

durability=()
[[ "$*" == *-Dit.test=* && "$*" != *skipDurability* ]] && durability=(-DskipDurability=true)
# The cluster stage (ear/src/test/java/app/recoverydesk/it/cluster) runs the classes of -Dit.test that are its own,
# the main suite the others; with none of its classes named, it is left out.
args=()
for arg in "$@"; do
    if [[ "$arg" == -Dit.test=* ]]; then
        main_classes=() cluster_classes=()
        IFS=, read -ra named <<< "${arg#-Dit.test=}"
        for class in "${named[@]}"; do
            if [ -f "$ROOT/ear/src/test/java/app/recoverydesk/it/cluster/$class.java" ]; then
                cluster_classes+=("$class")
            else
                main_classes+=("$class")
            fi
        done
        if [ ${#cluster_classes[@]} -gt 0 ]; then
            args+=("-Dcluster.test=$(IFS=,; echo "${cluster_classes[*]}")")
        else
            args+=(-DskipCluster=true)
        fi
        if [ ${#main_classes[@]} -gt 0 ]; then
            args+=("-Dit.test=$(IFS=,; echo "${main_classes[*]}")")
        else
            args+=(-DskipMain=true)
        fi
    else
        args+=("$arg")
    fi
done
# Maven's output as it comes, and how long each stage took, read from the executions Maven announces.
timed_stages() {
    local stage="build and unit tests" since=$SECONDS line next times=()
    while IFS= read -r line; do
        printf '%s\n' "$line"
        case "$line" in
            *"failsafe-plugin:"*":integration-test (default) @"*) next="integration tests" ;;
            *"failsafe-plugin:"*":integration-test (durability) @"*) next="durability tests" ;;
            *"failsafe-plugin:"*":integration-test (cluster) @"*) next="cluster tests" ;;
            *) continue ;;
        esac
        times+=("$stage $((SECONDS - since)) s"); stage="$next"; since=$SECONDS
    done
    times+=("$stage $((SECONDS - since)) s")
    log "Time per stage: preparing $prepared s, $(IFS=,; echo "${times[*]}" | sed 's/,/, /g')"
}

prepared=$((SECONDS - started))
log "Building and running the tests"
# -Pdemo: the tests need the demo tenants
"${MVN[@]}" clean verify -Pdemo -pl '!keycloak' "${durability[@]}" "${args[@]}" 2>&1 | timed_stages
wait "$realm_ready" || { echo "Keycloak or its realm update failed; see $LOG_DIR/keycloak.log" >&2; exit 1; }
log "All tests passed in $((SECONDS - started)) s"
