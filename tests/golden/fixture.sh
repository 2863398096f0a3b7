#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the small, deterministic book every golden case starts from (a fresh copy each).
# Usage: fixture.sh BARTER_BINARY BOOK_FILE
set -euo pipefail
barter=$1
book=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$book" "$book-wal" "$book-shm"

printf 'admin-pass\n' >"$work/admin"
printf 'manager-pass\n' >"$work/manager"
printf 'clerk-pass\n' >"$work/clerk"
printf 'auditor-pass\n' >"$work/auditor"
"$barter" init "$book" --admin admin --password-file "$work/admin" >/dev/null
export BARTER_BOOK=$book
as() { local user=$1; shift; "$barter" --user "$user" --password-file "$work/$user" "$@" >/dev/null; }
as admin user add manager --role manager --new-password-file "$work/manager"
as admin user add clerk --role clerk --new-password-file "$work/clerk"
as admin user add auditor --role auditor --new-password-file "$work/auditor"
as manager party add RU-PRIMORYE --name "Primorye Foreign Trade" --country RU --native-name "ВЭО «Приморье»"
as manager party add KP-RUNGRA --name "Rungra Trading" --country KP --native-name "릉라무역"
as manager unit add CU --name "Clearing unit"
as manager import goods "$here/fixture/goods.csv"
as manager agreement add RUKP --party-a RU-PRIMORYE --party-b KP-RUNGRA --unit CU --swing 500000 --from 2023-01-01 --to 2025-12-31
as manager import prices "$here/fixture/prices.csv" --agreement RUKP
as manager import restrictions "$here/fixture/restrictions.csv" --list UN --version 2023-1
as manager import exemptions "$here/fixture/exemptions.csv"
as manager good convert DIESEL --to bbl --factor 7.46
as clerk import deliveries "$here/fixture/deliveries.csv" --agreement RUKP
as clerk record RUKP --date 2023-06-15 --ref RU-0615 --line "RU-PRIMORYE FLOUR 120.5" --line "RU-PRIMORYE OIL 10@1010.25" --price-reason "spot price, protocol 7" --memo "rail via Khasan"
as manager reverse 3 --reason "wagons counted twice" --date 2023-04-20
