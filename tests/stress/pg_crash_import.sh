#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fault test of a server book (issue 16, DESIGN.md §10): an import into a book on the test server
# is cut off at a random moment, by `kill -9` of the client and by a crash of the server
# (`pg_ctl stop -m immediate`, then a restart that recovers from its log), taking turns. After
# each cut the book must hold none or all of the import (one import is one transaction) and
# `barter verify` must pass.
#
# Usage: tests/stress/pg_crash_import.sh BARTER [ITERATIONS] [LINES]   (defaults 20, 20000)
# Needs the server that scripts/test starts (BARTER_TEST_PG, PGHOST = its folder); without one
# it says so and exits 77 (skipped). Prints one summary line; exits 1 on the first broken promise.
set -euo pipefail

BARTER="$1"
ITERATIONS="${2:-20}"
LINES="${3:-20000}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLUSTER="$HERE/../../scripts/pg-cluster"
if [[ -z "${BARTER_TEST_PG:-}" || -z "${PGHOST:-}" ]]; then
    echo "pg_crash_import.sh: no test server (BARTER_TEST_PG); skipped"
    exit 77
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/barter-pgcrash.XXXXXX")"
DB="pgcrash_$$"
cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    for role in owner admin manager clerk auditor; do
        psql -X -q -d postgres -c "DROP ROLE IF EXISTS ${DB}_$role" >/dev/null 2>&1 || true
    done
    for user in "${A:-}" "${M:-}"; do
        [[ -n "$user" ]] && psql -X -q -d postgres -c "DROP ROLE IF EXISTS $user" >/dev/null 2>&1
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
export PGOPTIONS="-c client_min_messages=warning"
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

# A file book with the goods and prices of the generated data, copied onto the server for each
# cut. Its users are this test's own logins (logins are the server's, shared by every book).
A="${DB}_admin_login"
M="${DB}_manager_login"
printf 'crash-admin-password\n' >"$WORK/$A.pw"
printf 'crash-manager-password\n' >"$WORK/$M.pw"
for user in "$A" "$M"; do
    sql postgres "CREATE ROLE $user LOGIN PASSWORD '$(cat "$WORK/$user.pw")'" >/dev/null
done
python3 "$HERE/../bench/gen_deliveries.py" --lines "$LINES" --out "$WORK/data" >/dev/null
BASE="$WORK/base.barter"
as() { local user="$1" book="$2"; shift 2
    BARTER_BOOK="$book" BARTER_USER="$user" "$BARTER" --password-file "$WORK/$user.pw" "$@"; }
"$BARTER" init "$BASE" --admin "$A" --password-file "$WORK/$A.pw" >/dev/null
as "$A" "$BASE" user add "$M" --role manager --new-password-file "$WORK/$M.pw" >/dev/null
as "$M" "$BASE" party add RU-PRIMORYE --name "Primorye Trading House" --country RU >/dev/null
as "$M" "$BASE" party add KP-RUNGRA --name "Rungra General Trading" --country KP >/dev/null
as "$M" "$BASE" unit add CU --name "Clearing unit" >/dev/null
as "$M" "$BASE" agreement add BENCH --party-a RU-PRIMORYE --party-b KP-RUNGRA --unit CU >/dev/null
as "$M" "$BASE" import goods "$WORK/data/goods.csv" >/dev/null
as "$M" "$BASE" import prices "$WORK/data/prices.csv" --agreement BENCH >/dev/null

URI="postgresql:///$DB?host=$PGHOST&port=${PGPORT:-5432}"
total=$(python3 - "$WORK/data/deliveries.csv" <<'PY'
import csv, sys
print(len({row["reference"] for row in csv.DictReader(open(sys.argv[1], newline=""))}))
PY
)
none=0 all=0
for ((i = 1; i <= ITERATIONS; i++)); do
    sql postgres "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
    for role in owner admin manager clerk auditor; do sql postgres "DROP ROLE IF EXISTS ${DB}_$role" >/dev/null; done
    sql postgres "CREATE DATABASE $DB" >/dev/null
    BARTER_USER="$A" BARTER_PASSWORD="$(cat "$WORK/$A.pw")" "$BARTER" copy "$BASE" \
        "$URI&user=${PGUSER:-postgres}" --admin "$A" >/dev/null
    mode=$((i % 2 == 1 ? 0 : 1)) # 0: kill the client, 1: crash the server
    as "$M" "$URI" import deliveries "$WORK/data/deliveries.csv" --agreement BENCH \
        >"$WORK/import.log" 2>&1 &
    pid=$!
    sleep "$(python3 -c "import random; print(round(random.uniform(0.1, 1.2), 2))")"
    if [[ $mode == 0 ]]; then
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    else
        "$CLUSTER" crash "$PGHOST"
        wait "$pid" 2>/dev/null || true
        "$CLUSTER" resume "$PGHOST"
    fi
    # A killed client's transaction is rolled back when the server notices the lost connection.
    for _ in $(seq 50); do
        [[ "$(sql "$DB" "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()")" == 0 ]] && break
        sleep 0.1
    done
    count=$(sql "$DB" "SELECT count(*) FROM barter.exchange")
    if [[ "$count" == 0 ]]; then
        none=$((none + 1))
    elif [[ "$count" == "$total" ]]; then
        all=$((all + 1))
    else
        echo "pg_crash_import.sh: iteration $i ($([[ $mode == 0 ]] && echo kill -9 || echo server crash)): $count of $total exchanges" >&2
        exit 1
    fi
    if ! as "$M" "$URI" verify >"$WORK/verify.log" 2>&1; then
        echo "pg_crash_import.sh: iteration $i: verify failed:" >&2
        cat "$WORK/verify.log" >&2
        exit 1
    fi
done
echo "pg_crash_import.sh: $ITERATIONS cuts of a $LINES-line import ($total exchanges) into a server book, kill -9 and server crash in turn: none $none, all $all; verify ok every time"
