#!/usr/bin/env bash
# Crash test (issue 8): `kill -9` at a random moment of an import, again and again. After every
# kill the book must pass SQLite's integrity_check and `barter verify`, and hold either none or
# all of the import (one import is one transaction).
#
# Usage: tests/stress/crash_import.sh BARTER [ITERATIONS] [LINES]   (defaults 200, 100000)
# Prints one summary line; exits 1 on the first broken promise, naming the iteration.
set -euo pipefail

BARTER="$1"
ITERATIONS="${2:-200}"
LINES="${3:-100000}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GEN="$HERE/../bench/gen_deliveries.py"
[[ -x "$BARTER" ]] || { echo "crash_import.sh: $BARTER is not executable" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/barter-crash.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
printf 'crash-admin-password\n' >"$WORK/admin.pw"
printf 'crash-manager-password\n' >"$WORK/manager.pw"
BASE="$WORK/base.barter"
BOOK="$WORK/book.barter"

as() { # as USER ARGS...: runs barter on $BOOK_FILE
    local user="$1"
    shift
    BARTER_BOOK="$BOOK_FILE" BARTER_USER="$user" "$BARTER" --password-file "$WORK/$user.pw" "$@"
}

# A book with the goods and prices of the generated data, and nothing posted yet.
python3 "$GEN" --lines "$LINES" --out "$WORK/data" >/dev/null
BOOK_FILE="$BASE"
"$BARTER" init "$BASE" --admin admin --password-file "$WORK/admin.pw" >/dev/null
as admin user add manager --role manager --new-password-file "$WORK/manager.pw" >/dev/null
as manager party add RU-PRIMORYE --name "Primorye Trading House" --country RU >/dev/null
as manager party add KP-RUNGRA --name "Rungra General Trading" --country KP >/dev/null
as manager unit add CU --name "Clearing unit" >/dev/null
as manager agreement add BENCH --party-a RU-PRIMORYE --party-b KP-RUNGRA --unit CU >/dev/null
as manager import goods "$WORK/data/goods.csv" >/dev/null
as manager import prices "$WORK/data/prices.csv" --agreement BENCH >/dev/null

exchanges() { # exchanges FILE: how many exchanges the book holds (read-only connection)
    python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
check = db.execute("PRAGMA integrity_check").fetchall()
if check != [("ok",)]:
    print("integrity_check: " + "; ".join(row[0] for row in check[:3]))
    sys.exit(1)
print(db.execute("SELECT count(*) FROM exchange").fetchone()[0])
PY
}

# One import run to the end: how long it takes, and how many exchanges it makes.
BOOK_FILE="$BOOK"
cp "$BASE" "$BOOK"
start=$(date +%s%N)
as manager import deliveries "$WORK/data/deliveries.csv" --agreement BENCH >/dev/null
full_ms=$((($(date +%s%N) - start) / 1000000))
full=$(printf '%d.%03d' $((full_ms / 1000)) $((full_ms % 1000)))
whole=$(exchanges "$BOOK")

none=0 all=0
for ((i = 1; i <= ITERATIONS; i++)); do
    rm -f "$BOOK" "$BOOK-wal" "$BOOK-shm"
    cp "$BASE" "$BOOK"
    # A moment anywhere from the start to a little past the usual end of the import.
    delay=$(python3 -c "import random; print(f'{random.uniform(0, 1.15 * $full_ms / 1000):.3f}')")
    # (exec: the background job is barter itself, so the kill reaches it, not a subshell)
    (exec env BARTER_BOOK="$BOOK" BARTER_USER=manager "$BARTER" --password-file "$WORK/manager.pw" \
        import deliveries "$WORK/data/deliveries.csv" --agreement BENCH >/dev/null 2>&1) &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # `verify` opens the book first, as any user would next: SQLite recovers its log then.
    if ! as manager verify >"$WORK/verify.out" 2>&1; then
        echo "crash_import.sh: iteration $i (kill after ${delay} s): verify failed:" >&2
        cat "$WORK/verify.out" >&2
        exit 1
    fi
    if ! count=$(exchanges "$BOOK"); then
        echo "crash_import.sh: iteration $i (kill after ${delay} s): $count" >&2
        exit 1
    fi
    if [[ "$count" == 0 ]]; then
        none=$((none + 1))
    elif [[ "$count" == "$whole" ]]; then
        all=$((all + 1))
    else
        echo "crash_import.sh: iteration $i (kill after ${delay} s): $count of $whole exchanges" >&2
        exit 1
    fi
done
echo "crash_import.sh: $ITERATIONS kills during an import of $LINES lines ($whole exchanges, ${full} s uninterrupted): integrity_check ok and verify ok every time; none of it $none times, all of it $all times"
