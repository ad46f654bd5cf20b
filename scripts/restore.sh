#!/usr/bin/env bash
# Brings a stopped installation back to a backup made by scripts/backup.sh:
#   scripts/restore.sh ARCHIVE
# Replaces the application's and Keycloak's databases (APP_DB_NAME, KC_DB_URL_DATABASE; defaults recovery and
# keycloak) with the archive's, whatever names they had when it was made. Refuses to replace the databases of
# servers that are running here; stop ./run.sh first.
set -euo pipefail
source "$(dirname "$0")/backup-lib.sh"

archive="${1:?usage: scripts/restore.sh ARCHIVE}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$archive" manifest.txt databases.sql
grep -q '^recovery-desk-backup 1$' "$work/manifest.txt" || { echo "$archive is not a Recovery Desk backup" >&2; exit 1; }
from_app="$(sed -n 's/^application-database //p' "$work/manifest.txt")"
from_kc="$(sed -n 's/^keycloak-database //p' "$work/manifest.txt")"

if [ "$APP_DB_NAME" = "${LIVE_APP_DB_NAME:-recovery}" ] || [ "$KC_DB_NAME" = "${LIVE_KC_DB_NAME:-keycloak}" ]; then
    for port in 8080 8180; do
        port_free "$port" || { echo "A server is running on port $port: stop it before restoring over its database." >&2; exit 1; }
    done
fi

# The dump names its databases; it is read into the target names instead (only the lines that choose a database).
mariadb "${DB_CLIENT[@]}" -e "DROP DATABASE IF EXISTS \`$APP_DB_NAME\`; DROP DATABASE IF EXISTS \`$KC_DB_NAME\`"
sed -e "s/^CREATE DATABASE \(.*\)\`$from_app\`/CREATE DATABASE \1\`$APP_DB_NAME\`/" \
    -e "s/^USE \`$from_app\`;/USE \`$APP_DB_NAME\`;/" \
    -e "s/^CREATE DATABASE \(.*\)\`$from_kc\`/CREATE DATABASE \1\`$KC_DB_NAME\`/" \
    -e "s/^USE \`$from_kc\`;/USE \`$KC_DB_NAME\`;/" "$work/databases.sql" | mariadb "${DB_CLIENT[@]}"
echo "Restored $archive into databases $APP_DB_NAME and $KC_DB_NAME" >&2
