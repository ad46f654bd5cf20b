#!/usr/bin/env bash
# The cluster benchmark (README "Scaling out"): builds the application, starts the cluster of scripts/cluster.sh
# (HAProxy on 8080/8180, two Keycloak and two WildFly nodes) on fresh databases recovery_cluster_bench and
# keycloak_cluster_bench, seeds them, and measures the filtered list and API logging through the balancer on one
# and on two WildFly nodes (node 2 keeps running while the balancer has it out of service), first on the shared
# cores and then with each node capped at --node-cores (see ClusterBench). Stops the cluster at the end. Options
# as bench/run.sh's (bench/run.sh --help), e.g.
#   bench/cluster.sh                                   # 200,000 incidents, 16 clients, 60 s warm-up + 20 s per step
#   BENCH_SKIP_BUILD=1 bench/cluster.sh --incidents 100000 --duration 10 --node-cores 0.3
# It takes the standard ports of ./run.sh --cluster: not beside ./run.sh, ./test.sh or another cluster. The
# capped steps need root (they make a control group); --node-cores 0 leaves them out.
source "$(dirname "$0")/../scripts/lib.sh"
cd "$ROOT"

DB_NAME=recovery_cluster_bench
JDBC_URL="jdbc:mysql://127.0.0.1:3306/$DB_NAME?characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"
# Read by the nodes (their datasource, the demo tenants, the heap as bench/run.sh gives it) and Keycloak (its database)
export DB_URL="jdbc:mysql://127.0.0.1:3306/$DB_NAME?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"
export DEMO_DATA=true
export JBOSS_JAVA_SIZING="-Xms${BENCH_SERVER_HEAP:-1g} -Xmx${BENCH_SERVER_HEAP:-1g}"
export KC_DB_URL_DATABASE=keycloak_cluster_bench

for arg in "$@"; do
    if [ "$arg" = --help ] || [ "$arg" = -h ]; then exec "$ROOT/bench/run.sh" --help; fi
done

require_free_ports 8080 8180 8404
ensure_mysql
if [ "${BENCH_SKIP_BUILD:-}" = 1 ]; then
    log "Not building (BENCH_SKIP_BUILD=1)"
else
    log "Building the application, Keycloak and the benchmark"
    "${MVN[@]}" -q package -Dmaven.test.skip=true -Pdemo -pl '!keycloak'   # with the demo tenants
    "${MVN[@]}" -q -pl keycloak package
    "${MVN[@]}" -q -Pbench -pl bench -am package -Dmaven.test.skip=true
fi

# as bench/run.sh: the working set in memory (see there)
mariadb --protocol=tcp -h 127.0.0.1 -u root -e \
    "SET GLOBAL innodb_buffer_pool_size = GREATEST(@@innodb_buffer_pool_size, ${BENCH_BUFFER_POOL_BYTES:-2147483648})"
log "Fresh databases $DB_NAME and $KC_DB_URL_DATABASE"
mariadb --protocol=tcp -h 127.0.0.1 -u root -e "
    DROP DATABASE IF EXISTS $DB_NAME;
    DROP DATABASE IF EXISTS $KC_DB_URL_DATABASE;
    CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    GRANT ALL PRIVILEGES ON $DB_NAME.* TO 'recovery'@'%', 'recovery'@'localhost';"

trap 'echo; log "Stopping the cluster"; scripts/cluster.sh stop' EXIT
trap 'exit 130' INT TERM
scripts/cluster.sh start

log "Running the cluster benchmark (logs of the servers: $LOG_DIR)"
java -cp bench/target/recovery-bench.jar app.recoverydesk.bench.ClusterBench --incidents 200000 --warmup 60 \
    --app http://localhost:8080 --realm http://localhost:8180/realms/recovery --jdbc "$JDBC_URL" "$@"
