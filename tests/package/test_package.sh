#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built Barter Ledger .deb as an installed package: unpacked into a scratch root with
# `dpkg -x` (no root needed, nothing touches the system), away from the source and build trees.
#   - the control fields: name, version, architecture, Depends (qt6-qpa-plugins and what
#     dpkg-shlibdeps found), Recommends (the Noto fonts, Qt's translations);
#   - the contents: the two programs and their data under /usr, owned by root, and nothing of
#     the build (static libraries, headers, tests, benchmarks);
#   - the programs from there: barter --version, demo, balance, verify; barter-ledger --version
#     and --help without a display (also in Russian: the translations are inside the program),
#     and a real start under the offscreen platform that renders the demo book and exits cleanly;
#   - desktop integration: desktop-file-validate, appstreamcli validate(-tree), the MIME type
#     (a book is recognised by its name and by its content), the icons, and the man pages
#     (rendered without a warning, holding every line of `barter help`).
# Usage: tests/package/test_package.sh DEB   (or a directory holding exactly one such .deb)
set -euo pipefail

fail() {
    echo "test_package: FAIL: $*" >&2
    exit 1
}
ok() { echo "ok - $*"; }

[ $# -eq 1 ] || fail "usage: $0 DEB|DIR"
deb=$1
if [ -d "$deb" ]; then
    debs=("$deb"/barter-ledger_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one barter-ledger_*.deb in $deb"
    deb=${debs[0]}
fi
[ -f "$deb" ] || fail "no such package: $deb"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
started=$(date +%s)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
# The programs run as a user who has nothing set up: no book, no settings, no display.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_RUNTIME_DIR=$work/run TZ=UTC LC_ALL=C.UTF-8
unset BARTER_BOOK BARTER_USER BARTER_PASSWORD DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"

# --- The control fields -------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = barter-ledger ] || fail "Package is '$(field Package)'"
version=$(field Version)
upstream=${version%-*}
[[ $upstream =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "Version '$version' is not VERSION-RELEASE"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture '$(field Architecture)'"
[ -n "$(field Maintainer)" ] && [ -n "$(field Section)" ] && [ -n "$(field Description)" ] ||
    fail "Maintainer, Section or Description is empty"
# One relation per line, without version constraints: "libc6 (>= 2.34)" -> "libc6".
relations() { field "$1" | tr ',' '\n' | sed -e 's/^ *//' -e 's/ *(.*//'; }
depends=$(relations Depends)
recommends=$(relations Recommends)
for pattern in '^qt6-qpa-plugins$' '^libqt6widgets6' '^libqt6charts6' '^libsqlite3-' '^libsodium' '^libc6$'; do
    grep -q "$pattern" <<<"$depends" || fail "Depends lacks $pattern: $(field Depends)"
done
for package in fonts-noto-core fonts-noto-cjk qt6-translations-l10n; do
    grep -qx "$package" <<<"$recommends" || fail "Recommends lacks $package: $(field Recommends)"
done
ok "control: barter-ledger $version, Depends: $(field Depends | cut -c1-60)..., Recommends: $(field Recommends)"

# --- The contents -------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb")
files=$(awk '$1 !~ /^d/ { print $6 }' <<<"$listing" | sed 's|^\./||' | sort)
owners=$(awk '{ print $2 }' <<<"$listing" | sort -u)
[ "$owners" = root/root ] || fail "files not owned by root/root: $owners"
outside=$(grep -vE '^usr/(bin|share)/' <<<"$files" || true)
[ -z "$outside" ] || fail "files outside /usr/bin and /usr/share: $outside"
[ "$(grep '^usr/bin/' <<<"$files")" = $'usr/bin/barter\nusr/bin/barter-ledger' ] ||
    fail "/usr/bin holds: $(grep '^usr/bin/' <<<"$files" | tr '\n' ' ')"
stray=$(grep -E '\.(a|h|o|so)$|_tests?$|test_|bench|/include/|cmake' <<<"$files" || true)
[ -z "$stray" ] || fail "build leftovers in the package: $stray"
desktop=$(grep '^usr/share/applications/.*\.desktop$' <<<"$files") || fail "no .desktop file"
metainfo=$(grep '^usr/share/metainfo/.*\.metainfo\.xml$' <<<"$files") || fail "no metainfo file"
app_id=$(basename "$desktop" .desktop)
[ "$(basename "$metainfo" .metainfo.xml)" = "$app_id" ] || fail "$metainfo does not match $desktop"
expected=(
    usr/share/man/man1/barter.1.gz usr/share/man/man1/barter-ledger.1.gz
    usr/share/mime/packages/barter-ledger.xml
    usr/share/barter-ledger/demo/restrictions-un-dprk.csv
    usr/share/barter-ledger/demo/exemptions-demo.csv
    usr/share/icons/hicolor/scalable/apps/barter-ledger.svg
    usr/share/doc/barter-ledger/CHANGELOG.md
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/barter-ledger.png")
done
for f in "${expected[@]}"; do
    grep -qx "$f" <<<"$files" || fail "missing from the package: /$f"
done
ok "contents: $(wc -l <<<"$files") files, all under /usr/bin and /usr/share, owned by root"

dpkg -x "$deb" "$root"
barter=$root/usr/bin/barter
gui=$root/usr/bin/barter-ledger
for program in "$barter" "$gui"; do
    missing=$(ldd "$program" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$(basename "$program") needs libraries that are not installed: $missing"
done
ok "installed with dpkg -x into a scratch root; every shared library resolves"

# --- The command line ---------------------------------------------------------------------
out=$("$barter" --version)
[[ $out =~ ^barter\ ${upstream//./\\.}\ \(git\ [0-9a-f]{4,}|unknown ]] || fail "barter --version: $out"
[[ $out == *"SQLite "*", libsodium "* ]] || fail "barter --version names no libraries: $out"
ok "barter --version: $out"

book=$work/demo.barter
out=$("$barter" demo "$book") || fail "barter demo failed: $out"
grep -q 'demo-auditor-pass' <<<"$out" || fail "barter demo printed no users: $out"
[ -s "$book" ] || fail "barter demo wrote no book"
ok "barter demo $(basename "$book") (built from the data inside the program)"

export BARTER_BOOK=$book BARTER_USER=auditor BARTER_PASSWORD=demo-auditor-pass
out=$("$barter" balance --at 2024-12-31 --format json)
grep -q '"agreement":"RU-KP-2020"' <<<"$out" || fail "barter balance: $out"
ok "barter balance --at 2024-12-31: $(grep -o '"balance":"[^"]*"' <<<"$out")"
"$barter" verify >/dev/null || fail "barter verify of the demo book failed"
ok "barter verify"
unset BARTER_BOOK BARTER_USER BARTER_PASSWORD

# --- The desktop application --------------------------------------------------------------
out=$(QT_QPA_PLATFORM=offscreen "$gui" --version) || fail "barter-ledger --version failed"
[[ $out =~ ^barter-ledger\ ${upstream//./\\.}\ \( ]] && [[ $out == *"Qt "*"SQLite "*"libsodium "* ]] ||
    fail "barter-ledger --version: $out"
ok "QT_QPA_PLATFORM=offscreen barter-ledger --version: $out"
out=$("$gui" --help) || fail "barter-ledger --help without a display failed"
grep -q -- '--demo' <<<"$out" || fail "barter-ledger --help: $out"
ok "barter-ledger --help works without a display"
out=$("$gui" --help --lang ru) || fail "barter-ledger --help --lang ru failed"
grep -qF -- 'Открыть демо-книгу' <<<"$out" ||
    fail "barter-ledger --help --lang ru is not in Russian (no translations in the program?): $out"
ok "barter-ledger --help --lang ru speaks Russian, from the translations inside the program"
# A real start: Qt loads its offscreen platform plugin, opens the demo book, logs in and
# renders every view, then exits with 0.
printf 'demo-manager-pass\n' >"$work/password"
out=$(QT_QPA_PLATFORM=offscreen "$gui" --demo "$book" --user manager --password-file "$work/password" \
    --screenshot "$work/shots" 2>"$work/gui.err") || fail "barter-ledger did not exit cleanly: $(cat "$work/gui.err")"
shots=$(find "$work/shots" -name '*.png' | wc -l)
[ "$shots" -ge 3 ] || fail "barter-ledger rendered $shots views: $out"
ok "barter-ledger started offscreen on the demo book, rendered $shots views and exited with 0"

# --- Desktop integration ------------------------------------------------------------------
desktop-file-validate "$root/$desktop" || fail "desktop-file-validate $desktop"
grep -qx 'Exec=barter-ledger %f' "$root/$desktop" || fail "$desktop: Exec is not 'barter-ledger %f'"
grep -qx 'MimeType=application/x-barter-book;' "$root/$desktop" || fail "$desktop: no MimeType"
grep -qx 'Icon=barter-ledger' "$root/$desktop" || fail "$desktop: Icon is not barter-ledger"
ok "desktop-file-validate /$desktop"
appstreamcli validate --no-net --strict "$root/$metainfo" >"$work/as.log" 2>&1 ||
    fail "appstreamcli validate: $(cat "$work/as.log")"
grep -q "<id>$app_id</id>" "$root/$metainfo" || fail "$metainfo: the id is not $app_id"
grep -q "<release version=\"$upstream\"" "$root/$metainfo" || fail "$metainfo: no release $upstream"
appstreamcli validate-tree --no-net --strict "$root" >"$work/as.log" 2>&1 ||
    fail "appstreamcli validate-tree: $(cat "$work/as.log")"
ok "appstreamcli validate --strict and validate-tree: /$metainfo"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$root/$metainfo" ||
    fail "$metainfo: project_license is not GPL-3.0-or-later"
copyright="$root/usr/share/doc/barter-ledger/copyright"
[ -f "$copyright" ] || fail "no /usr/share/doc/barter-ledger/copyright"
grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" "$copyright" &&
    grep -q "^License: GPL-3.0-or-later" "$copyright" ||
    fail "/usr/share/doc/barter-ledger/copyright does not give GPL-3.0-or-later in Debian's form"
ok "the licence: GPL-3.0-or-later in the metadata and /usr/share/doc/barter-ledger/copyright"

# The book type, as a desktop sees it after the package's trigger ran update-mime-database:
# by the name *.barter, and by the content of a book under any name (not any SQLite file).
mkdir -p "$work/xdg/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/barter-ledger.xml" \
    "$work/xdg/mime/packages/"
XDG_DATA_DIRS=$work/xdg update-mime-database "$work/xdg/mime"
grep -qx 'application/x-barter-book:\*\.barter' <(cut -d: -f2- "$work/xdg/mime/globs2") ||
    fail "update-mime-database: no glob *.barter"
cp "$book" "$work/renamed.dat"
sqlite3 "$work/other.sqlite" 'CREATE TABLE t (x)'
content_type() {
    XDG_DATA_DIRS=$work/xdg XDG_DATA_HOME=$work/nothing gio info -a standard::content-type "$1" |
        sed -n 's/.*standard::content-type: //p'
}
[ "$(content_type "$book")" = application/x-barter-book ] || fail "$book is $(content_type "$book")"
[ "$(content_type "$work/renamed.dat")" = application/x-barter-book ] ||
    fail "a renamed book is $(content_type "$work/renamed.dat")"
[ "$(content_type "$work/other.sqlite")" != application/x-barter-book ] ||
    fail "a plain SQLite file is taken for a book"
ok "MIME: application/x-barter-book by *.barter and by content; a plain SQLite file is not one"

# The man pages render without a warning, and barter(1) holds every line of `barter help`
# that the page keeps as it is (the indented ones; the others are filled into paragraphs).
for page in barter barter-ledger; do
    man=$root/usr/share/man/man1/$page.1.gz
    warnings=$(zcat "$man" | groff -man -Tascii -ww -z 2>&1)
    [ -z "$warnings" ] || fail "$page.1 renders with warnings: $warnings"
done
rendered=$(zcat "$root/usr/share/man/man1/barter.1.gz" | groff -man -Tascii -P-cbou 2>/dev/null)
while IFS= read -r line; do
    [[ $line == "  "* ]] || continue
    line=${line#  }
    grep -qF -- "$line" <<<"$rendered" || fail "barter(1) lacks this line of barter help: $line"
done < <("$barter" help)
grep -qF -- '--screenshot <dir>' <(zcat "$root/usr/share/man/man1/barter-ledger.1.gz" | groff -man -Tascii -P-cbou 2>/dev/null) ||
    fail "barter-ledger(1) lacks the options of barter-ledger --help"
ok "man pages barter(1) and barter-ledger(1) render cleanly and follow the help texts"

echo "test_package: all checks passed for $(basename "$deb") in $(($(date +%s) - started)) s"
