#!/usr/bin/env bash
# Stops or starts one server as ./run.sh does, for the durability tests: servers.sh start|stop keycloak|wildfly
source "$(dirname "$0")/lib.sh"
case "$1 $2" in
    "start keycloak") start_keycloak; wait_for_keycloak; sync_realm ;;
    "start wildfly") start_wildfly; wait_for_wildfly ;;
    "stop keycloak" | "stop wildfly") stop_service "$2" ;;
    *) echo "usage: servers.sh start|stop keycloak|wildfly" >&2; exit 2 ;;
esac
