#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash test (issues 8 and 15): `kill -9` at a random moment of an import, again and again. After
# every kill the book must pass SQLite's integrity_check and `barter verify`, give the balance of
# none or all of the import (one import is one transaction), never a false "damaged".
#
# With a READER, another SQLite program opens the book first after each kill, as an admin looking
# at it would: it recovers the write-ahead log the killed import left and, as the last connection,
# copies it into the book. `sqlite3` is the stock shell, `python` Python's sqlite3 module, `both`
# takes turns. At the end, a page changed with that program must still be refused (exit 5).
#
# Usage: tests/stress/crash_import.sh BARTER [ITERATIONS] [LINES] [READER]
#        (defaults 200, 100000, none; READER: none, sqlite3, python or both)
# Prints one summary line; exits 1 on the first broken promise, naming the iteration.
set -euo pipefail

BARTER="$1"
ITERATIONS="${2:-200}"
LINES="${3:-100000}"
READER="${4:-none}"
case "$READER" in none | sqlite3 | python | both) ;; *) echo "crash_import.sh: READER must be none, sqlite3, python or both" >&2; exit 1 ;; esac
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

# Another SQLite program opens the book read-write, checks it and reads it, and closes it.
look() { # look READER FILE
    case "$1" in
    sqlite3)
        local out
        out=$(sqlite3 "$2" 'PRAGMA integrity_check; SELECT count(*) FROM exchange;' 2>&1) || { echo "sqlite3: $out"; return 1; }
        [[ "$(head -1 <<<"$out")" == ok ]] || { echo "sqlite3 integrity_check: $out"; return 1; }
        ;;
    python)
        python3 - "$2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
check = db.execute("PRAGMA integrity_check").fetchall()
if check != [("ok",)]:
    print("python integrity_check: " + "; ".join(row[0] for row in check[:3]))
    sys.exit(1)
db.execute("SELECT count(*) FROM exchange").fetchone()
db.close()
PY
        ;;
    esac
}

# One import run to the end: how long it takes, how many exchanges it makes, and the balance
# before and after it.
BOOK_FILE="$BOOK"
cp "$BASE" "$BOOK"
before=$(as manager balance --format json)
start=$(date +%s%N)
as manager import deliveries "$WORK/data/deliveries.csv" --agreement BENCH >/dev/null
full_ms=$((($(date +%s%N) - start) / 1000000))
full=$(printf '%d.%03d' $((full_ms / 1000)) $((full_ms % 1000)))
whole=$(exchanges "$BOOK")
after=$(as manager balance --format json)

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
    reader="$READER"
    [[ "$reader" == both ]] && reader=$([[ $((i % 2)) == 1 ]] && echo sqlite3 || echo python)
    if [[ "$reader" != none ]] && ! out=$(look "$reader" "$BOOK"); then
        echo "crash_import.sh: iteration $i (kill after ${delay} s): $out" >&2
        exit 1
    fi
    if ! balance=$(as manager balance --format json 2>&1); then
        echo "crash_import.sh: iteration $i (kill after ${delay} s, then $reader): balance failed: $balance" >&2
        exit 1
    fi
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
    if [[ "$count" == 0 && "$balance" == "$before" ]]; then
        none=$((none + 1))
    elif [[ "$count" == "$whole" && "$balance" == "$after" ]]; then
        all=$((all + 1))
    else
        echo "crash_import.sh: iteration $i (kill after ${delay} s): $count of $whole exchanges, balance $balance" >&2
        exit 1
    fi
done
read_by=""
if [[ "$READER" != none ]]; then
    read_by=", the book opened by $READER after each kill"
    [[ "$READER" == both ]] && read_by=", the book opened by the sqlite3 shell and Python's sqlite3 in turn after each kill"
    # A page another program changes is still refused.
    changer=$([[ "$READER" == python ]] && echo python || echo sqlite3)
    if [[ "$changer" == sqlite3 ]]; then
        sqlite3 "$BOOK" "UPDATE party SET name = 'Changed outside' WHERE code = 'KP-RUNGRA'"
    else
        python3 -c "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute(\"UPDATE party SET name = 'Changed outside' WHERE code = 'KP-RUNGRA'\"); db.commit(); db.close()" "$BOOK"
    fi
    set +e
    as manager balance >/dev/null 2>"$WORK/changed.err"
    rc=$?
    set -e
    if [[ $rc != 5 ]] || ! grep -q "damaged" "$WORK/changed.err"; then
        echo "crash_import.sh: a page changed with $changer was not refused as damaged (exit $rc): $(cat "$WORK/changed.err")" >&2
        exit 1
    fi
    read_by="$read_by; a page then changed with $changer refused (exit 5)"
fi
echo "crash_import.sh: $ITERATIONS kills during an import of $LINES lines ($whole exchanges, ${full} s uninterrupted$read_by): integrity_check ok, the balance of none or all of it and verify ok every time; none of it $none times, all of it $all times"
