#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A server book (DESIGN.md §10) on the PostgreSQL 15 test server against the same operations on
# a file book, and each against its plain reference in the same run: `import deliveries` beside a
# plain COPY of the same rows into an indexed table, reports beside a login alone, four desks
# posting at once. Prints a Markdown table for the README.
#
# Usage: tests/bench/bench_server.sh [LINES] [BUILD_DIR]     (defaults 20000, /work/main/build)
# Starts a throwaway server of its own (scripts/pg-cluster) unless BARTER_TEST_PG names one.
set -euo pipefail

LINES="${1:-20000}"
BUILD_DIR="${2:-/work/main/build}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$HERE/../.."
BARTER="$BUILD_DIR/app/cli/barter"
[[ -x "$BARTER" ]] || { echo "bench_server.sh: $BARTER not found" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/barter-bench-server.XXXXXX")"
OWN=""
if [[ -z "${BARTER_TEST_PG:-}" ]]; then
    OWN="$WORK-pg" # beside WORK: the server's user cannot enter WORK
    eval "$("$ROOT/scripts/pg-cluster" start "$OWN")"
fi
export PGOPTIONS="-c client_min_messages=warning"
DB="bench_$$"
A="${DB}_u_admin"
M="${DB}_u_mgr"
cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    for r in owner admin manager clerk auditor; do
        psql -X -q -d postgres -c "DROP ROLE IF EXISTS ${DB}_$r" >/dev/null 2>&1 || true
    done
    for u in "$A" "$M" "${DB}_u_c1" "${DB}_u_c2" "${DB}_u_c3" "${DB}_u_c4"; do
        psql -X -q -d postgres -c "DROP ROLE IF EXISTS $u" >/dev/null 2>&1 || true
    done
    [[ -n "$OWN" ]] && "$ROOT/scripts/pg-cluster" stop "$OWN"
    rm -rf "$WORK"
}
trap cleanup EXIT
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
seconds() { # seconds CMD...: wall time of CMD in seconds (3 decimals)
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.3f}')"
}

python3 "$HERE/gen_deliveries.py" --lines "$LINES" --out "$WORK/data" >/dev/null
printf 'bench-admin-pass\n' >"$WORK/$A.pw"
printf 'bench-manager-pass\n' >"$WORK/$M.pw"
FILE="$WORK/book.barter"
as() { local user="$1" book="$2"; shift 2
    BARTER_BOOK="$book" BARTER_USER="$user" "$BARTER" --password-file "$WORK/$user.pw" "$@"; }
"$BARTER" init "$FILE" --admin "$A" --password-file "$WORK/$A.pw" >/dev/null
as "$A" "$FILE" user add "$M" --role manager --new-password-file "$WORK/$M.pw" >/dev/null
for c in 1 2 3 4; do
    printf 'bench-clerk-pass\n' >"$WORK/${DB}_u_c$c.pw"
    as "$A" "$FILE" user add "${DB}_u_c$c" --role clerk --new-password-file "$WORK/${DB}_u_c$c.pw" >/dev/null
done
as "$M" "$FILE" party add RU-PRIMORYE --name "Primorye Trading House" --country RU >/dev/null
as "$M" "$FILE" party add KP-RUNGRA --name "Rungra General Trading" --country KP >/dev/null
as "$M" "$FILE" unit add CU --name "Clearing unit" >/dev/null
as "$M" "$FILE" agreement add BENCH --party-a RU-PRIMORYE --party-b KP-RUNGRA --unit CU >/dev/null
as "$M" "$FILE" import goods "$WORK/data/goods.csv" >/dev/null
as "$M" "$FILE" import prices "$WORK/data/prices.csv" --agreement BENCH >/dev/null
# The same book on the server, its logins this run's own.
for u in "$A" "$M" "${DB}_u_c1" "${DB}_u_c2" "${DB}_u_c3" "${DB}_u_c4"; do
    sql postgres "CREATE ROLE $u LOGIN PASSWORD '$(cat "$WORK/$u.pw")'" >/dev/null
done
sql postgres "CREATE DATABASE $DB" >/dev/null
URI="postgresql:///$DB?host=$PGHOST&port=${PGPORT:-5432}"
BARTER_USER="$A" BARTER_PASSWORD="$(cat "$WORK/$A.pw")" "$BARTER" copy "$FILE" \
    "$URI&user=${PGUSER:-postgres}" --admin "$A" >/dev/null

file_import=$(seconds as "$M" "$FILE" import deliveries "$WORK/data/deliveries.csv" --agreement BENCH)
server_import=$(seconds as "$M" "$URI" import deliveries "$WORK/data/deliveries.csv" --agreement BENCH)
sql "$DB" "CREATE TABLE plain (date text, reference text, shipper text, good text, quantity text, unit_price text, value text, memo text); CREATE INDEX ON plain (reference); CREATE INDEX ON plain (date)" >/dev/null
header=$(head -1 "$WORK/data/deliveries.csv")
plain_copy=$(seconds psql -X -q -d "$DB" -c "\\copy plain ($header) FROM '$WORK/data/deliveries.csv' CSV HEADER")
exchanges=$(sql "$DB" "SELECT count(*) FROM barter.exchange")

peak() { # peak BOOK ARGS...: the command's peak resident memory in MB
    local book="$1"; shift
    BARTER_BOOK="$book" BARTER_USER="$M" python3 -c '
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f}")' \
        "$BARTER" --password-file "$WORK/$M.pw" "$@"
}
median() { python3 -c "import statistics,sys; print(f'{statistics.median(float(x) for x in sys.argv[1:]):.3f}')" "$@"; }
timed() { # timed BOOK ARGS...: the median of 5 runs
    local book="$1"; shift
    local runs=()
    for _ in 1 2 3 4 5; do runs+=("$(seconds as "$M" "$book" "$@")"); done
    median "${runs[@]}"
}
file_login=$(timed "$FILE" party list)
server_login=$(timed "$URI" party list)
file_balance=$(timed "$FILE" balance BENCH)
server_balance=$(timed "$URI" balance BENCH)
file_turnover=$(timed "$FILE" turnover BENCH --by good)
server_turnover=$(timed "$URI" turnover BENCH --by good)
file_statement=$(timed "$FILE" statement BENCH --from 2024-06-01 --to 2024-06-30)
server_statement=$(timed "$URI" statement BENCH --from 2024-06-01 --to 2024-06-30)
file_verify=$(timed "$FILE" verify)
server_verify=$(timed "$URI" verify)
file_verify_mb=$(peak "$FILE" verify)
server_verify_mb=$(peak "$URI" verify)
file_statement_mb=$(peak "$FILE" export csv BENCH -o "$WORK/file-statement.csv")
server_statement_mb=$(peak "$URI" export csv BENCH -o "$WORK/server-statement.csv")
cmp -s "$WORK/file-statement.csv" "$WORK/server-statement.csv" && same_statement=identical || same_statement=DIFFERENT
book_mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$FILE\") / 1048576:.0f}')")

# Four desks posting at once, 25 exchanges each, on the server book.
desks_start=$(date +%s.%N)
for c in 1 2 3 4; do
    (for i in $(seq 25); do
        as "${DB}_u_c$c" "$URI" record BENCH --date 2024-12-30 --ref "D$c-$i" \
            --line "RU-PRIMORYE G001 1" >/dev/null
    done) &
done
wait
desks_end=$(date +%s.%N)
desks=$(python3 -c "print(f'{$desks_end - $desks_start:.3f}')")
after=$(sql "$DB" "SELECT count(*), count(DISTINCT seq), max(seq) FROM barter.exchange")
verify_after=$(as "$M" "$URI" verify | head -1)

ratio() { python3 -c "print(f'{$1 / $2:.1f}')"; }
cat <<TABLE
Command: \`tests/bench/bench_server.sh $LINES\` ($(nproc) cores, $(date -u +%Y-%m-%d)); $LINES lines in $exchanges exchanges.

| measure | server book | file book | reference (same run) |
|---|---|---|---|
| \`import deliveries\` | $server_import s | $file_import s | plain \`COPY\` of the rows into an indexed table: $plain_copy s (server import $(ratio "$server_import" "$plain_copy")× it) |
| login alone (\`party list\`) | $server_login s | $file_login s | |
| \`balance\` | $server_balance s | $file_balance s | login alone: $server_login s / $file_login s |
| \`turnover --by good\` | $server_turnover s | $file_turnover s | login alone: $server_login s / $file_login s |
| \`statement\` of one month (2024-06) | $server_statement s | $file_statement s | login alone: $server_login s / $file_login s |
| \`verify\` | $server_verify s | $file_verify s | |
| \`verify\`, peak memory | $server_verify_mb MB | $file_verify_mb MB | the file book: $book_mb MB |
| \`export csv\` (the statement, every line), peak memory | $server_statement_mb MB | $file_statement_mb MB | the two files: $same_statement |
| four desks posting 25 exchanges each at once | $desks s (count, distinct seq, max seq: $after; $verify_after) | | |
TABLE
