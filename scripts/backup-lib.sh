# What scripts/backup.sh and scripts/restore.sh share. Sourced, not run.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
APP_DB_NAME="${APP_DB_NAME:-recovery}"
KC_DB_NAME="$KC_DB_URL_DATABASE"   # lib.sh: keycloak unless set
DB_CLIENT=(--protocol=tcp -h "${DB_HOST:-127.0.0.1}" -P "${DB_PORT:-3306}" -u "${BACKUP_DB_USER:-root}")
# the password through the environment, not the command line that any user can list
if [ -n "${BACKUP_DB_PASSWORD:-}" ]; then export MYSQL_PWD="$BACKUP_DB_PASSWORD"; fi
