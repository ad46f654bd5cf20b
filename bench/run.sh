#!/usr/bin/env bash
# The benchmark: builds the application, starts its own Keycloak (:8280) and WildFly (:9080, port offset 1000)
# on a fresh database `recovery_bench`, then runs the Java benchmark with the given options (see --help), e.g.
#   bench/run.sh --incidents 20000 --duration 5
#   bench/run.sh --incidents 1000000 --scenarios report   # seeding and the compliance report only
#   bench/run.sh --incidents 1000000 --tenants 2000 --big-tenant 300000   # one big chain among many small businesses
#   BENCH_SKIP_BUILD=1 bench/run.sh ...     # again, without building
#   BENCH_KEEP_DB=1 bench/run.sh ...        # on the database the last run left (seeds only what is missing)
#   BENCH_EAR=path/to/recovery-desk.ear BENCH_SKIP_BUILD=1 bench/run.sh ...   # on that build of the application
#       (built with -Pdemo: the benchmark signs in as the demo tenants)
# Uses other ports and copies of the servers, so ./run.sh or ./test.sh may run at the same time.
source "$(dirname "$0")/../scripts/lib.sh"
cd "$ROOT"

BENCH_DIR="$ROOT/bench/target"
LOG_DIR="$BENCH_DIR/logs"                  # lib.sh's messages point here too
KC_PORT=8280
PORT_OFFSET=1000                           # WildFly: http 9080, https 9443, management 10990
APP_URL="http://localhost:$((8080 + PORT_OFFSET))"
REALM_URL="http://localhost:$KC_PORT/realms/recovery"
DB_NAME=recovery_bench
JDBC_URL="jdbc:mysql://127.0.0.1:3306/$DB_NAME?characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"
# Read by WildFly's datasource (ear/src/main/server/configure.cli) and by ensure_mysql.
export DB_URL="jdbc:mysql://127.0.0.1:3306/$DB_NAME?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"

for arg in "$@"; do   # the options, without building or starting anything
    if [ "$arg" = --help ] || [ "$arg" = -h ]; then
        [ -f bench/target/recovery-bench.jar ] || "${MVN[@]}" -q -Pbench -pl bench -am package -Dmaven.test.skip=true
        exec java -jar bench/target/recovery-bench.jar --help
    fi
done

require_free_ports "$KC_PORT" $((8080 + PORT_OFFSET)) $((8443 + PORT_OFFSET)) $((9990 + PORT_OFFSET))
ensure_mysql

if [ "${BENCH_SKIP_BUILD:-}" = 1 ]; then   # re-runs on what the last build left in the target folders
    log "Not building (BENCH_SKIP_BUILD=1)"
else
    log "Building the application, Keycloak and the benchmark"
    # tests are neither compiled nor run: the benchmark needs only the packaged application
    "${MVN[@]}" -q package -Dmaven.test.skip=true -Pdemo -pl '!keycloak'   # with the demo tenants
    "${MVN[@]}" -q -pl keycloak package
    "${MVN[@]}" -q -Pbench -pl bench -am package -Dmaven.test.skip=true
fi

# A million incidents with their report indexes are ~1 GB: with MariaDB's default 128 MB buffer pool every
# "warm" request reads from disk. Production sizes the pool to the working set; so does the benchmark.
BUFFER_POOL_BYTES=${BENCH_BUFFER_POOL_BYTES:-2147483648}
log "Database buffer pool: at least $((BUFFER_POOL_BYTES / 1024 / 1024)) MB"
mariadb --protocol=tcp -h 127.0.0.1 -u root -e \
    "SET GLOBAL innodb_buffer_pool_size = GREATEST(@@innodb_buffer_pool_size, $BUFFER_POOL_BYTES)"
# MariaDB's default assumes a disk of 200 writes per second: gigabytes of seeded pages then take many minutes to be
# written back, in the background of the measurements. Production on SSDs sets it higher too.
mariadb --protocol=tcp -h 127.0.0.1 -u root -e "SET GLOBAL innodb_io_capacity_max = GREATEST(@@innodb_io_capacity_max, 8000);
    SET GLOBAL innodb_io_capacity = GREATEST(@@innodb_io_capacity, 4000)"

if [ "${BENCH_KEEP_DB:-}" = 1 ]; then   # e.g. to measure again at 1M without seeding for minutes
    log "Keeping database $DB_NAME (BENCH_KEEP_DB=1)"
    mariadb --protocol=tcp -h 127.0.0.1 -u root -e "
        CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        GRANT ALL PRIVILEGES ON $DB_NAME.* TO 'recovery'@'%', 'recovery'@'localhost';"
else
    log "Fresh database $DB_NAME"
    mariadb --protocol=tcp -h 127.0.0.1 -u root -e "
        DROP DATABASE IF EXISTS $DB_NAME;
        CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        GRANT ALL PRIVILEGES ON $DB_NAME.* TO 'recovery'@'%', 'recovery'@'localhost';"
fi

# Copies of both servers, so that neither keycloak/target nor ear/target is touched while they run.
log "Copying the servers to $BENCH_DIR"
rm -rf "$BENCH_DIR/keycloak" "$BENCH_DIR/wildfly" "$LOG_DIR"
mkdir -p "$LOG_DIR"
cp -a "$KEYCLOAK_HOME" "$BENCH_DIR/keycloak"
rm -rf "$BENCH_DIR/keycloak/data"
mkdir -p "$BENCH_DIR/keycloak/data/import"
# with the demo users; the web client's redirect URIs name this WildFly, so that the pages scenario can sign in
DEMO_DATA=true RECOVERY_APP_URL="$APP_URL" realm_sync import-file "$BENCH_DIR/keycloak/data/import/recovery-realm.json"
cp -a "$WILDFLY_HOME" "$BENCH_DIR/wildfly"
rm -rf "$BENCH_DIR/wildfly/standalone/"{data,log,tmp} "$BENCH_DIR/wildfly/standalone/deployments/"* \
    "$BENCH_DIR/wildfly/standalone/configuration/standalone_xml_history"
# The whole run's GC log, one file without rotation (JAVA_OPTS naming -Xlog:gc keeps standalone.sh from adding its
# own rotating one): the benchmark reads its pauses at the end.
GC_LOG_FILE="$LOG_DIR/wildfly-gc.log"
echo "JAVA_OPTS=\"\$JAVA_OPTS -Xlog:gc*:file=$GC_LOG_FILE:time,uptimemillis,level,tags\"" \
    >> "$BENCH_DIR/wildfly/bin/standalone.conf"
# a server the tests run has the application deployed through management, recorded in its configuration
sed -i '/^    <deployments>/,/^    <\/deployments>/d' "$BENCH_DIR/wildfly/standalone/configuration/standalone.xml"
# BENCH_EAR: another build of the application (e.g. a copy kept aside, to compare runs on the same build)
cp "${BENCH_EAR:-ear/target/recovery-desk.ear}" "$BENCH_DIR/wildfly/standalone/deployments/recovery-desk.ear"

trap 'echo; log "Stopping the benchmark servers"; stop_all' EXIT
trap 'exit 130' INT TERM

# Each server in its own process group (start_service), so stop_all ends its Java process too.
log "Starting Keycloak on :$KC_PORT and WildFly on :$((8080 + PORT_OFFSET))"
# A throwaway Keycloak in dev mode (its own file database), rebuilt from the production build's options.
# The realm's redirect URIs name :8080; the API's direct grants do not use them.
start_service keycloak "$LOG_DIR/keycloak.log" "$BENCH_DIR/keycloak/bin/kc.sh" start-dev --db=dev-file \
    --http-port=$KC_PORT --http-management-port=$((9000 + PORT_OFFSET)) --import-realm
# JBOSS_HOME from the environment would win over the copy's own location. The heap: WildFly's default 512 MB
# left a young generation of ~36 MB, collected several times a second under load; production sizes it, as the
# buffer pool above.
start_service wildfly "$LOG_DIR/wildfly.log" env -u JBOSS_HOME \
    JBOSS_JAVA_SIZING="-Xms${BENCH_SERVER_HEAP:-1g} -Xmx${BENCH_SERVER_HEAP:-1g}" OIDC_PROVIDER_URL="$REALM_URL" \
    DEMO_DATA=true DB_USER=recovery DB_PASSWORD=recovery \
    "$BENCH_DIR/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset=$PORT_OFFSET

# dev mode rebuilds Keycloak first: minutes where other work shares the CPUs
wait_for "$REALM_URL/.well-known/openid-configuration" "${BENCH_KEYCLOAK_WAIT:-600}" Keycloak
deployments="$BENCH_DIR/wildfly/standalone/deployments"
for _ in $(seq 1 300); do
    [ -f "$deployments/recovery-desk.ear.deployed" ] && break
    if [ -f "$deployments/recovery-desk.ear.failed" ]; then
        echo "Deployment failed; see $LOG_DIR/wildfly.log" >&2; exit 1
    fi
    sleep 1
done
[ -f "$deployments/recovery-desk.ear.deployed" ] || { echo "Deployment timed out; see $LOG_DIR" >&2; exit 1; }

log "Running the benchmark (logs of the servers: $LOG_DIR)"
# the servers' process groups (start_service), for their resident memory at the end
java -jar bench/target/recovery-bench.jar --app "$APP_URL" --realm "$REALM_URL" --jdbc "$JDBC_URL" \
    --gc-log "$GC_LOG_FILE" --servers "wildfly=$(cat "$LOG_DIR/wildfly.pid"),keycloak=$(cat "$LOG_DIR/keycloak.pid")" "$@"
