#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop application on a generated book of LINES delivery lines (DESIGN.md §9): start to a
# usable window, first page, scrolling to the end, random jumps, a filter, resident memory.
# Usage: tests/bench/bench_gui.sh [LINES] [BUILD_DIR]   (defaults 1000000, ./build)
# Env:   BENCH_BOOK=FILE reuses (or keeps) the generated book there.
set -euo pipefail
LINES="${1:-1000000}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_DIR="${2:-$HERE/../../build}"
BARTER="$BUILD_DIR/app/cli/barter"
BENCH="$BUILD_DIR/tests/bench/gui_bench"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/barter-bench-gui.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
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
"$BENCH" "$BOOK" manager "$WORK/manager.pw"
