#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Login timing (issue 8): a failed login for a name that does not exist must cost what one for
# an existing name with a wrong password costs (one Argon2id verification and the same back-off).
# Each round uses a fresh copy of a book, so both attempts are the first failure under their name.
#
# Usage: tests/stress/login_timing.sh BARTER [ROUNDS]   (default 10). Prints the mean times.
set -euo pipefail
BARTER="$1"
ROUNDS="${2:-10}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/barter-login.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
printf 'timing-admin-password\n' >"$WORK/admin.pw"
"$BARTER" init "$WORK/base.barter" --admin admin --password-file "$WORK/admin.pw" >/dev/null

attempt() { # attempt USER: milliseconds one failed `barter balance` takes
    local start end
    start=$(date +%s%N)
    if BARTER_BOOK="$WORK/book.barter" BARTER_USER="$1" BARTER_PASSWORD=not-the-password \
        "$BARTER" balance >/dev/null 2>&1; then
        echo "login_timing.sh: the wrong password was accepted" >&2
        exit 1
    fi
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

unknown=0 wrong=0
for ((i = 1; i <= ROUNDS; i++)); do
    cp "$WORK/base.barter" "$WORK/book.barter"
    unknown=$((unknown + $(attempt "nobody-$i")))
    wrong=$((wrong + $(attempt admin)))
done
echo "login_timing.sh: a failed login (first failure under the name), mean of $ROUNDS: unknown user $((unknown / ROUNDS)) ms, known user with a wrong password $((wrong / ROUNDS)) ms"
