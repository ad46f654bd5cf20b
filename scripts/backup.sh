#!/usr/bin/env bash
# Writes one consistent archive of a Recovery Desk installation while it runs:
#   scripts/backup.sh [FOLDER]        (default: ./backups; prints the archive's path)
# The application's database (attachments are stored in it) and Keycloak's are dumped in one transaction, so
# both show the same instant: an account and the staff row that points at it are either both in or both out.
# Reads DB_HOST, DB_PORT, BACKUP_DB_USER, BACKUP_DB_PASSWORD, APP_DB_NAME and KC_DB_URL_DATABASE from the environment.
set -euo pipefail
source "$(dirname "$0")/backup-lib.sh"

folder="${1:-$ROOT/backups}"
mkdir -p "$folder"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

# --single-transaction: one consistent snapshot of both databases without locking the application out.
mariadb-dump "${DB_CLIENT[@]}" --single-transaction --quick --hex-blob --routines --triggers --events \
    --default-character-set=utf8mb4 --databases "$APP_DB_NAME" "$KC_DB_NAME" > "$work/databases.sql"
cat > "$work/manifest.txt" <<TXT
recovery-desk-backup 1
created $stamp
application-database $APP_DB_NAME
keycloak-database $KC_DB_NAME
server $(mariadb "${DB_CLIENT[@]}" -N -e 'select version()')
TXT
archive="$folder/recovery-desk-$stamp.tar.gz"
tar -C "$work" -czf "$archive.part" manifest.txt databases.sql
mv "$archive.part" "$archive"   # never a half-written archive under the final name
echo "Backup written in $((SECONDS - started)) s ($(du -h "$archive" | cut -f1))" >&2
echo "$archive"
