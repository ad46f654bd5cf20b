#!/usr/bin/env bash
# Builds Recovery Desk, starts Keycloak (8180) and WildFly (8080) with the demo tenants. Ctrl-C stops both;
# everything (the application's data, Keycloak's accounts, attachments) stays in MariaDB for the next run.
#   ./run.sh --cluster   the same behind HAProxy on two WildFly and two Keycloak nodes (README "Scaling out")
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

cluster=false
[ "${1:-}" = --cluster ] && cluster=true
$cluster || require_free_ports 8080 8180 9000 9990
ensure_mysql
log "Building (the first run downloads WildFly and Keycloak from Maven Central)"
"${MVN[@]}" -q clean package -DskipTests -Pdemo -pl '!keycloak'   # -Pdemo: the EAR with the demo module
"${MVN[@]}" -q package -pl keycloak   # unpacked once; kept, with its build, across runs
export DEMO_DATA="${DEMO_DATA:-true}"
export DEMO_HISTORY="${DEMO_HISTORY:-true}"   # six months of demo cases, for the compliance report
$cluster && exec "$ROOT/scripts/cluster.sh" run
trap 'echo; log "Stopping"; stop_all' EXIT
trap 'exit 130' INT TERM
start_keycloak
start_wildfly
wait_for_keycloak
sync_realm
wait_for_wildfly

cat <<TXT

  Recovery Desk is running: http://localhost:8080/
  Keycloak (realm recovery): http://localhost:8180/   (admin: ${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}, password in
    ${XDG_CONFIG_HOME:-$HOME/.config}/recovery-desk/keycloak-admin-password unless KC_BOOTSTRAP_ADMIN_PASSWORD is set)

  Demo logins (password: demo)
    Bistro Nord (restaurant, Oslo, NOK):      bistro-frontline  bistro-manager  bistro-executive  bistro-admin
    Hotel Adriatic (hotel, Split, EUR):       hotel-frontline   hotel-manager   hotel-executive   hotel-admin
    Rent-a-Car Kraków (car rental, PLN):      rental-frontline  rental-manager  rental-executive  rental-admin
    Platform operator:                        operator

  Logs: $LOG_DIR    Ctrl-C stops both servers.
TXT
wait
