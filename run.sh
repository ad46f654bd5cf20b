#!/usr/bin/env bash
# Builds Recovery Desk, starts Keycloak (8180) and WildFly (8080) with the demo tenants. Ctrl-C stops both.
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

require_free_ports 8080 8180 9990
ensure_mysql
log "Building (the first run downloads WildFly and Keycloak from Maven Central)"
"${MVN[@]}" -q clean package -DskipTests
trap 'echo; log "Stopping"; stop_all' EXIT
trap 'exit 130' INT TERM
start_keycloak

log "Starting WildFly $WILDFLY_VERSION on http://localhost:8080"
cp ear/target/recovery-desk.ear "$WILDFLY_HOME/standalone/deployments/"
export DEMO_DATA="${DEMO_DATA:-true}"
export DEMO_HISTORY="${DEMO_HISTORY:-true}"   # six months of demo cases, for the compliance report
setsid bash -c "exec '$WILDFLY_HOME/bin/standalone.sh' > '$LOG_DIR/wildfly.log' 2>&1" &
PIDS+=($!)

wait_for_keycloak
for _ in $(seq 1 240); do
    [ -f "$WILDFLY_HOME/standalone/deployments/recovery-desk.ear.deployed" ] && break
    if [ -f "$WILDFLY_HOME/standalone/deployments/recovery-desk.ear.failed" ]; then
        echo "Deployment failed; see $LOG_DIR/wildfly.log" >&2; exit 1
    fi
    sleep 1
done
[ -f "$WILDFLY_HOME/standalone/deployments/recovery-desk.ear.deployed" ] || { echo "Deployment timed out" >&2; exit 1; }

cat <<TXT

  Recovery Desk is running: http://localhost:8080/
  Keycloak (realm recovery): http://localhost:8180/

  Demo logins (password: demo)
    Bistro Nord (restaurant, Oslo, NOK):      bistro-frontline  bistro-manager  bistro-executive  bistro-admin
    Hotel Adriatic (hotel, Split, EUR):       hotel-frontline   hotel-manager   hotel-executive   hotel-admin
    Rent-a-Car Kraków (car rental, PLN):      rental-frontline  rental-manager  rental-executive  rental-admin
    Platform operator:                        operator

  Logs: $LOG_DIR    Ctrl-C stops both servers.
TXT
wait
