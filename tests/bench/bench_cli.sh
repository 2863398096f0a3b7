#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The `barter` CLI on a generated book (DESIGN.md §9), against a plain SQLite load of the same
# rows. Prints a Markdown table (wall time, max RSS) for the README.
#
# Usage: tests/bench/bench_cli.sh [LINES] [BUILD_DIR]     (defaults 1000000, /work/main/build)
# Env:   BENCH_KEEP=1 keeps the temporary directory (book, data, outputs) and prints its path.
#
# Every CLI call includes one Argon2id login; "login only" (balance on an empty book) shows
# that fixed cost so it can be subtracted. Needs python3, sqlite3 and GNU time (/usr/bin/time).
set -euo pipefail

LINES="${1:-1000000}"
BUILD_DIR="${2:-/work/main/build}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BARTER="$BUILD_DIR/app/cli/barter"
GEN="$HERE/gen_deliveries.py"
COMMAND_LINE="tests/bench/bench_cli.sh $*"

for tool in "$BARTER" /usr/bin/time; do
    [[ -x "$tool" ]] || { echo "bench_cli.sh: $tool not found or not executable" >&2; exit 1; }
done
for tool in python3 sqlite3; do
    command -v "$tool" >/dev/null || { echo "bench_cli.sh: $tool not found" >&2; exit 1; }
done
[[ "$LINES" =~ ^[0-9]+$ && "$LINES" -gt 0 ]] || { echo "usage: $0 [LINES] [BUILD_DIR]" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/barter-bench-cli.XXXXXX")"
cleanup() {
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        echo "kept: $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

DATA="$WORK/data"
BOOK="$WORK/bench.barter"
EMPTY="$WORK/empty.barter"
printf 'bench-admin-password\n' >"$WORK/admin.pw"
printf 'bench-manager-password\n' >"$WORK/manager.pw"

log() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------- timing
ROWS=()      # "operation|wall s|rss MB"
declare -A WALL RSS

# timed KEY LABEL COMMAND...: runs COMMAND under GNU time (stdout to $WORK/out/KEY.out).
timed() {
    local key="$1" label="$2"
    shift 2
    mkdir -p "$WORK/out"
    local tfile="$WORK/out/$key.time"
    if ! /usr/bin/time -v -o "$tfile" "$@" >"$WORK/out/$key.out" 2>"$WORK/out/$key.err"; then
        log "FAILED: $label: $*"
        sed -n '1,40p' "$WORK/out/$key.err" >&2
        grep -E 'Exit status|Elapsed' "$tfile" >&2 || true
        exit 1
    fi
    local wall kb
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {
              n = split($2, p, ":"); s = 0
              for (i = 1; i <= n; i++) s = s * 60 + p[i]
              printf "%.2f", s }' "$tfile")"
    kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tfile")"
    WALL[$key]="$wall"
    RSS[$key]="$(awk -v k="$kb" 'BEGIN {printf "%.0f", k / 1024}')"
    ROWS+=("$label|$wall|${RSS[$key]}")
    log "$(printf '%-60s %8s s %6s MB' "$label" "$wall" "${RSS[$key]}")"
}

barter_as() { # barter_as USER PASSWORD_FILE ARGS...
    local user="$1" pw="$2"
    shift 2
    BARTER_BOOK="${BARTER_BOOK_OVERRIDE:-$BOOK}" BARTER_USER="$user" \
        "$BARTER" --password-file "$pw" "$@"
}
admin() { barter_as admin "$WORK/admin.pw" "$@"; }
manager() { barter_as manager "$WORK/manager.pw" "$@"; }

setup_book() { # setup_book FILE
    local file="$1"
    "$BARTER" init "$file" --admin admin --password-file "$WORK/admin.pw" >/dev/null
    BARTER_BOOK_OVERRIDE="$file" admin user add manager --role manager \
        --new-password-file "$WORK/manager.pw" >/dev/null
    BARTER_BOOK_OVERRIDE="$file" manager party add RU-PRIMORYE --name "Primorye Trading House" \
        --country RU >/dev/null
    BARTER_BOOK_OVERRIDE="$file" manager party add KP-RUNGRA --name "Rungra General Trading" \
        --country KP >/dev/null
    BARTER_BOOK_OVERRIDE="$file" manager unit add CU --name "Clearing unit" >/dev/null
    BARTER_BOOK_OVERRIDE="$file" manager agreement add BENCH --party-a RU-PRIMORYE \
        --party-b KP-RUNGRA --unit CU >/dev/null
}

# ---------------------------------------------------------------- data and books
log "barter: $BARTER ($("$BARTER" --version 2>/dev/null || echo '?'))"
log "generating $LINES delivery lines into $DATA"
gen_start=$(date +%s.%N)
python3 "$GEN" --lines "$LINES" --out "$DATA"
gen_end=$(date +%s.%N)
log "$(awk -v a="$gen_start" -v b="$gen_end" 'BEGIN {printf "generated in %.1f s", b - a}')"
cat "$DATA/expected.txt" >&2

setup_book "$EMPTY"
setup_book "$BOOK"
manager import goods "$DATA/goods.csv" >/dev/null
manager import prices "$DATA/prices.csv" --agreement BENCH >/dev/null

# ---------------------------------------------------------------- the timed operations
# (GNU time runs programs, not shell functions: the manager's call spelled out.)
MANAGER=(env BARTER_BOOK="$BOOK" BARTER_USER=manager "$BARTER" --password-file "$WORK/manager.pw")
# The fixed cost of one CLI call (open + Argon2id login), on an empty book: best of 3.
best_login=""
for i in 1 2 3; do
    /usr/bin/time -v -o "$WORK/login.time" env BARTER_BOOK="$EMPTY" BARTER_USER=manager \
        "$BARTER" --password-file "$WORK/manager.pw" balance BENCH >/dev/null
    w="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
          for (j = 1; j <= n; j++) s = s * 60 + p[j]; printf "%.2f", s }' "$WORK/login.time")"
    if [[ -z "$best_login" ]] || awk -v a="$w" -v b="$best_login" 'BEGIN {exit !(a < b)}'; then
        best_login="$w"
        cp "$WORK/login.time" "$WORK/login.best"
    fi
done
WALL[login]="$best_login"
RSS[login]="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$WORK/login.best")"
ROWS+=("login only: \`barter balance BENCH\` on an empty book (best of 3)|${WALL[login]}|${RSS[login]}")
log "$(printf '%-60s %8s s %6s MB' "login only (empty book, best of 3)" "${WALL[login]}" "${RSS[login]}")"

timed import "\`barter import deliveries\` ($LINES lines)" \
    "${MANAGER[@]}" import deliveries "$DATA/deliveries.csv" --agreement BENCH
timed balance "\`barter balance BENCH\`" "${MANAGER[@]}" --format csv balance BENCH
timed balance_at "\`barter balance BENCH --at 2022-06-30\`" \
    "${MANAGER[@]}" --format csv balance BENCH --at 2022-06-30
timed statement "\`barter statement BENCH\` one month (2024-06), CSV" \
    "${MANAGER[@]}" statement BENCH --from 2024-06-01 --to 2024-06-30 --format csv
timed turnover "\`barter turnover BENCH --by good\`" "${MANAGER[@]}" turnover BENCH --by good
timed verify "\`barter verify\`" "${MANAGER[@]}" verify
timed pdf "\`barter export pdf BENCH\` (the whole statement, $LINES lines)" \
    "${MANAGER[@]}" export pdf BENCH -o "$WORK/out/statement.pdf"

# ---------------------------------------------------------------- plain SQLite baseline
cat >"$WORK/plain.sql" <<EOF
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TABLE delivery (
    date TEXT NOT NULL, reference TEXT NOT NULL, shipper TEXT NOT NULL,
    good TEXT NOT NULL, quantity INTEGER NOT NULL
) STRICT;
BEGIN;
.import --csv --skip 1 $DATA/plain.csv delivery
COMMIT;
CREATE INDEX delivery_by_date ON delivery (date);
EOF
timed plain "plain \`sqlite3\`: .import $LINES rows in one transaction, then index (date)" \
    sqlite3 -bail "$WORK/plain.sqlite" ".read $WORK/plain.sql"
plain_rows="$(sqlite3 "$WORK/plain.sqlite" 'SELECT count(*) FROM delivery')"
[[ "$plain_rows" == "$LINES" ]] || { log "plain load has $plain_rows rows, not $LINES"; exit 1; }

# The same load, then the indexes a ledger of these rows needs (as the book keeps: by date, by
# good and shipper covering the quantity, by reference): DESIGN.md §9's "load-then-index".
sed 's/^CREATE INDEX delivery_by_date.*$/CREATE INDEX delivery_by_date ON delivery (date);\
CREATE INDEX delivery_by_good ON delivery (good, shipper, quantity);\
CREATE INDEX delivery_by_reference ON delivery (reference);/' "$WORK/plain.sql" >"$WORK/plain3.sql"
timed plain3 "plain \`sqlite3\`: the same load, then three indexes (date; good, shipper, quantity; reference)" \
    sqlite3 -bail "$WORK/plain3.sqlite" ".read $WORK/plain3.sql"

# ---------------------------------------------------------------- correctness of what was timed
expected() { awk -F= -v k="$1" '$1 == k {print $2}' "$DATA/expected.txt"; }
csv_balance() { awk -F, 'NR == 2 {print $8}' "$WORK/out/$1.out"; }
status=ok
check() { # check WHAT GOT WANT
    if [[ "$2" == "$3" ]]; then log "check $1: $2 ok"; else log "check $1: got $2, want $3"; status=MISMATCH; fi
}
check "import output" "$(cat "$WORK/out/import.out")" \
    "Imported $LINES rows: $(expected exchanges) exchanges, $LINES delivery lines"
check "balance" "$(csv_balance balance)" "$(expected balance)"
check "balance at 2022-06-30" "$(csv_balance balance_at)" "$(expected balance_at_2022-06-30)"
grep -q '^OK:' "$WORK/out/verify.out" || { log "verify: $(cat "$WORK/out/verify.out")"; status=MISMATCH; }
pdf_pages="$(pdfinfo "$WORK/out/statement.pdf" | awk '/^Pages:/ {print $2}')"
pdftotext -f "$pdf_pages" -l "$pdf_pages" "$WORK/out/statement.pdf" - |
    grep -q "Page $pdf_pages of $pdf_pages" || { log "pdf: no \"Page $pdf_pages of $pdf_pages\""; status=MISMATCH; }
log "pdf: $pdf_pages pages, $(du -k "$WORK/out/statement.pdf" | cut -f1) KB"
statement_rows=$(($(wc -l <"$WORK/out/statement.out") - 1))
book_mb="$(du -m "$BOOK" | cut -f1)"
plain_mb="$(du -m "$WORK/plain.sqlite" | cut -f1)"

# ---------------------------------------------------------------- report
ratio="$(awk -v a="${WALL[import]}" -v b="${WALL[plain]}" 'BEGIN {printf "%.2f", a / b}')"
ratio_net="$(awk -v a="${WALL[import]}" -v l="${WALL[login]}" -v b="${WALL[plain]}" \
    'BEGIN {printf "%.2f", (a - l) / b}')"
ratio3="$(awk -v a="${WALL[import]}" -v b="${WALL[plain3]}" 'BEGIN {printf "%.2f", a / b}')"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"

echo
echo "### barter CLI, $(printf "%'d" "$LINES" 2>/dev/null || echo "$LINES") delivery lines"
echo
echo "| operation | wall time | max RSS |"
echo "|---|---:|---:|"
for row in "${ROWS[@]}"; do
    IFS='|' read -r op wall rss <<<"$row"
    echo "| $op | $wall s | $rss MB |"
done
echo "| import ÷ plain SQLite load with one index | $ratio (without login: $ratio_net) | |"
echo "| import ÷ plain SQLite load-then-index, three indexes (budget ≤ 2) | $ratio3 | |"
echo
echo "Book file $book_mb MB, plain SQLite file $plain_mb MB; the statement has $statement_rows lines."
echo "Results checked against the generator's totals: $status."
echo "Machine: $(nproc) cores, $cpu; sqlite3 $(sqlite3 --version | cut -d' ' -f1)."
echo
echo "Command: \`$COMMAND_LINE\`"
[[ "$status" == ok ]]
