#!/usr/bin/env bash
# Checks the chain of hashes of each business's audit log in the database, without the application:
#   scripts/verify-audit.sh [TENANT]      (a tenant's id or exact name; default: every business)
# Prints one line per business — "intact, N entries" or the first broken link (its seq and id, and whether the
# entry was changed, entries are missing before it, it does not follow the one before, or entries at the end were
# removed) — and exits with 1 if any chain is broken. The hash is recomputed by the application's own class
# (persistence module, AuditChain), so the script and the verify action can never disagree on what it covers.
# Reaches the database as scripts/backup.sh does: DB_HOST, DB_PORT, BACKUP_DB_USER, BACKUP_DB_PASSWORD, APP_DB_NAME.
set -euo pipefail
source "$(dirname "$0")/backup-lib.sh"

classes="${AUDIT_CLASSPATH:-}"
if [ -z "$classes" ]; then
    classes="$(ls "$ROOT"/persistence/target/recovery-persistence-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)"
    if [ -z "$classes" ]; then
        log "Building the persistence module (once) for the audit chain's class" >&2
        (cd "$ROOT" && "${MVN[@]}" -q -pl persistence package -DskipTests) >&2
        classes="$(ls "$ROOT"/persistence/target/recovery-persistence-*.jar | grep -v -e sources -e javadoc | head -1)"
    fi
fi

where_entry="" where_head="" where_tenant=""
if [ $# -gt 0 ] && [ -n "$1" ]; then
    if [[ "$1" =~ ^[0-9]+$ ]]; then
        id="$1"
    else
        name_hex="$(printf '%s' "$1" | od -An -tx1 | tr -d ' \n')"
        id="$(mariadb "${DB_CLIENT[@]}" -N -B "$APP_DB_NAME" -e "select id from tenant where name = unhex('$name_hex')")"
        [ -n "$id" ] || { echo "No business named '$1'" >&2; exit 2; }
    fi
    where_entry="where tenant_id = $id" where_head="where tenant_id = $id" where_tenant="where id = $id"
fi

# Texts as hex (no escaping, no byte lost), NULL as "-"; the time exactly as stored (UTC, to the microsecond).
mariadb "${DB_CLIENT[@]}" -N -B --default-character-set=utf8mb4 "$APP_DB_NAME" -e "
    select 'T', id, hex(name) from tenant $where_tenant order by id;
    select 'H', tenant_id, seq, hash from audit_head $where_head;
    select 'E', tenant_id, id, seq, date_format(at, '%Y-%m-%d %H:%i:%s.%f'), hex(actor), hex(kind), hex(subject),
           ifnull(hex(from_value), '-'), ifnull(hex(to_value), '-'), prev_hash, hash
      from audit_entry $where_entry order by tenant_id, seq" \
    | java -cp "$classes" "$ROOT/scripts/VerifyAudit.java"
