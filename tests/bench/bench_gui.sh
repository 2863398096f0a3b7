#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop application on a generated book of LINES delivery lines (DESIGN.md §9): start to a
# usable window, first page, scrolling to the end, random jumps, a filter, resident memory.
# Usage: tests/bench/bench_gui.sh [LINES] [BUILD_DIR]   (defaults 1000000, ./build)
# Env:   BENCH_BOOK=FILE reuses (or keeps) the generated book there.
#        BENCH_SERVER=1 also copies the book onto a PostgreSQL 15 server (a throwaway one of its
#        own, scripts/pg-cluster: the copy makes its users logins of the server) and measures the
#        window there, beside the file book in the same run, with the time until another desk's
#        posting shows.
set -euo pipefail
LINES="${1:-1000000}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_DIR="${2:-$HERE/../../build}"
BARTER="$BUILD_DIR/app/cli/barter"
BENCH="$BUILD_DIR/tests/bench/gui_bench"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/barter-bench-gui.XXXXXX")"
OWN=""
DB="benchgui_$$"
cleanup() {
    [[ -n "$OWN" ]] && "$HERE/../../scripts/pg-cluster" stop "$OWN"
    rm -rf "$WORK"
}
trap cleanup EXIT
BOOK="${BENCH_BOOK:-$WORK/bench.barter}"
printf 'bench-admin-password\n' >"$WORK/admin.pw"
printf 'bench-manager-password\n' >"$WORK/manager.pw"
as() { local u=$1; shift; BARTER_BOOK="$BOOK" BARTER_USER=$u "$BARTER" --password-file "$WORK/$u.pw" "$@" >/dev/null; }

if [ ! -e "$BOOK" ]; then
    echo "generating and importing $LINES lines into $BOOK" >&2
    python3 "$HERE/gen_deliveries.py" --lines "$LINES" --out "$WORK/data"
    "$BARTER" init "$BOOK" --admin admin --password-file "$WORK/admin.pw" >/dev/null
    as admin user add manager --role manager --new-password-file "$WORK/manager.pw"
    as manager party add RU-PRIMORYE --name "Primorye Trading House" --country RU
    as manager party add KP-RUNGRA --name "Rungra General Trading" --country KP
    as manager unit add CU --name "Clearing unit"
    as manager agreement add BENCH --party-a RU-PRIMORYE --party-b KP-RUNGRA --unit CU
    as manager import goods "$WORK/data/goods.csv"
    as manager import prices "$WORK/data/prices.csv" --agreement BENCH
    as manager import deliveries "$WORK/data/deliveries.csv" --agreement BENCH
fi
export XDG_CONFIG_HOME=$WORK/config XDG_RUNTIME_DIR=$WORK/run QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
echo "tests/bench/bench_gui.sh $LINES ($(nproc) cores)"
if [[ "${BENCH_SERVER:-}" != 1 ]]; then
    "$BENCH" "$BOOK" manager "$WORK/manager.pw"
    exit 0
fi
echo
echo "file book:"
"$BENCH" "$BOOK" manager "$WORK/manager.pw"

# The same book on the server: its users become logins of this run's own.
OWN="$WORK-pg" # beside WORK: the server's user cannot enter WORK
eval "$("$HERE/../../scripts/pg-cluster" start "$OWN")"
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
URI="postgresql:///$DB?host=$PGHOST&port=${PGPORT:-5432}"
echo "copying the book onto the server" >&2
start=$(date +%s.%N)
BARTER_USER=admin BARTER_PASSWORD="$(cat "$WORK/admin.pw")" "$BARTER" copy "$BOOK" \
    "$URI&user=${PGUSER:-postgres}" --admin "${DB}_u_admin" >/dev/null
BARTER_BOOK="$URI" BARTER_USER="${DB}_u_admin" "$BARTER" --password-file "$WORK/admin.pw" \
    user add "${DB}_u_manager" --role manager --new-password-file "$WORK/manager.pw" >/dev/null
echo "copied in $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s" >&2
echo
echo "server book (PostgreSQL $(psql -X -t -A -d postgres -c 'SHOW server_version' | cut -d' ' -f1), Unix socket):"
"$BENCH" "$URI" "${DB}_u_manager" "$WORK/manager.pw"
