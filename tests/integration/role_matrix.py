#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The role matrix: every barter command run as admin, manager, clerk and auditor.

Usage: role_matrix.py BARTER FIXTURE_SH [--pdf | --no-pdf]

MATRIX below is the table of DESIGN.md §5 (and of the README's command reference where §5 is
silent) written out per command: who may run it, with arguments that are valid, so an allowed
run really does its work. Each (command, role) runs on a fresh copy of one fixture book: the
golden tests' book (tests/golden/fixture.sh: one user of each role, parties, goods, an
agreement, prices, restriction lists, posted and reversed exchanges) plus what the rest of the
commands need (a clerk's pending entry, a saved reconciliation, a locked fifth user).

  denied   exit 3, one line "barter: error: ...permission..." on stderr, nothing on stdout, no
           file written, and every table of the book except audit_event exactly as before;
  allowed  exit 0, and the effect the command is for: the book changed (a write), a file
           written (backup, exports, init, demo), or the book left alone (a read).

The test also fails when `barter help` lists a command the matrix lacks, or the matrix names
one that help no longer lists. Commands that render PDFs start Qt in the CLI: --pdf runs only
those, --no-pdf the rest (the sanitizer run checks leaks in the second group only).
"""
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROLES = ("admin", "manager", "clerk", "auditor")
PASSWORDS = {role: f"{role}-pass" for role in ROLES}  # as tests/golden/fixture.sh sets them
ANYONE = "anyone"  # no login at all (init, demo, help)
EVERY_ROLE = frozenset(ROLES)
ADMIN = frozenset({"admin"})
MANAGER = frozenset({"manager"})
ENTRY = frozenset({"manager", "clerk"})  # enter exchanges, import deliveries
EXPORT = frozenset({"manager", "clerk", "auditor"})
BACKUP = frozenset({"admin", "manager", "auditor"})

# What an allowed run leaves behind; a denied run leaves none of it.
READ = "read"  # the book unchanged (except audit events), nothing written
WRITE = "write"  # the book changed


class Case:
    def __init__(self, command, argv, who, effect=READ, output=None, setup=(), pdf=False,
                 label=None):
        self.command = command  # the command as `barter help` names it
        self.argv = argv  # arguments; {dir} is the case's folder, {name} a fixture figure
        self.who = who  # ANYONE, or the roles that may run it
        self.effect = effect
        self.output = output  # a file or folder the command writes, under {dir}
        self.setup = setup  # (role, argv) run on the fixture first, each must succeed
        self.pdf = pdf
        self.label = label or command


def write_case(command, argv, who, **kw):
    return Case(command, argv, who, effect=WRITE, **kw)


APPROVAL_ON = (("admin", ("settings", "set", "approval", "on")),)
# A strict protocol for 2023 (DESIGN.md §11), imported from the cases' data folder.
PROTOCOL = (("manager", ("protocol", "import", "RUKP", "data/protocol.csv", "--name", "2023",
                         "--from", "2023-01-01", "--through", "2023-12-31", "--strict")),)

MATRIX = [
    # Setting up: no login (README: init, demo "anyone").
    Case("init", ["init", "{dir}/new.barter", "--admin", "root", "--password-file",
                  "{data}/new-password"], ANYONE, output="{dir}/new.barter"),
    Case("demo", ["demo", "{dir}/demo.barter"], ANYONE, output="{dir}/demo.barter"),
    Case("help", ["help"], ANYONE),
    # Users and book settings: admin (§5). `user password` is everyone's own (README).
    write_case("user add", ["user", "add", "eve", "--role", "clerk", "--new-password-file",
                            "{data}/new-password"], ADMIN),
    write_case("user unlock", ["user", "unlock", "dora"], ADMIN),
    write_case("user disable", ["user", "disable", "dora"], ADMIN),
    write_case("user reset", ["user", "reset", "dora", "--new-password-file",
                              "{data}/new-password"], ADMIN),
    Case("user list", ["user", "list"], ADMIN),
    write_case("user password", ["user", "password", "--new-password-file",
                                 "{data}/new-password"], EVERY_ROLE),
    write_case("settings set", ["settings", "set", "approval", "on"], ADMIN),
    Case("settings show", ["settings", "show"], EVERY_ROLE),
    # Master data and restriction lists: manager (§5); reading them is a report: all.
    write_case("party add", ["party", "add", "CN-DANDONG", "--name", "Dandong Trading",
                             "--country", "CN"], MANAGER),
    Case("party list", ["party", "list"], EVERY_ROLE),
    write_case("unit add", ["unit", "add", "TR", "--name", "Transferable rouble"], MANAGER),
    Case("unit list", ["unit", "list"], EVERY_ROLE),
    write_case("good add", ["good", "add", "SALT", "--name", "Rock salt", "--hs", "250100",
                            "--unit", "t"], MANAGER),
    Case("good list", ["good", "list"], EVERY_ROLE),
    write_case("good convert", ["good", "convert", "OIL", "--to", "l", "--factor", "1090"],
               MANAGER),
    write_case("agreement add", ["agreement", "add", "KPRU", "--party-a", "KP-RUNGRA",
                                 "--party-b", "RU-PRIMORYE", "--unit", "CU"], MANAGER),
    Case("agreement list", ["agreement", "list"], EVERY_ROLE),
    write_case("price set", ["price", "set", "RUKP", "FLOUR", "340", "--from", "2023-09-01"],
               MANAGER),
    Case("price list", ["price", "list", "RUKP"], EVERY_ROLE),
    Case("price report", ["price", "report", "RUKP", "--at", "2023-06-30", "--from",
                          "2023-01-01", "--to", "2023-12-31"], EVERY_ROLE),
    write_case("import goods", ["import", "goods", "{data}/goods.csv"], MANAGER),
    write_case("import prices", ["import", "prices", "{data}/prices.csv", "--agreement", "RUKP"],
               MANAGER),
    write_case("import restrictions", ["import", "restrictions", "{data}/restrictions.csv",
                                       "--list", "ARMS", "--version", "2023-1"], MANAGER),
    write_case("import exemptions", ["import", "exemptions", "{data}/exemptions.csv"], MANAGER),
    # Entering exchanges and importing deliveries: manager, clerk (§5).
    write_case("import deliveries", ["import", "deliveries", "{data}/deliveries.csv",
                                     "--agreement", "RUKP"], ENTRY),
    write_case("record", ["record", "RUKP", "--date", "2023-07-02", "--ref", "ROLE-1", "--line",
                          "RU-PRIMORYE FLOUR 1"], ENTRY),
    # With approval on, a clerk's record is saved as pending and a clerk may not import
    # deliveries (it would bypass the approval; README "Maker-checker").
    write_case("record", ["record", "RUKP", "--date", "2023-07-02", "--ref", "ROLE-1", "--line",
                          "RU-PRIMORYE FLOUR 1"], ENTRY, setup=APPROVAL_ON,
               label="record (approval on)"),
    write_case("import deliveries", ["import", "deliveries", "{data}/deliveries.csv",
                                     "--agreement", "RUKP"], MANAGER, setup=APPROVAL_ON,
               label="import deliveries (approval on)"),
    # Overriding the swing limit: manager (§5). 2000 t of flour takes the balance past 500,000.
    write_case("record", ["record", "RUKP", "--date", "2023-07-03", "--ref", "SWING-1", "--line",
                          "RU-PRIMORYE FLOUR 2000", "--override-swing", "ministry protocol 12"],
               MANAGER, label="record --override-swing"),
    # Trade protocols: importing is master data (managers), reading them a report (all); letting
    # a line past a strict protocol is a manager's override.
    write_case("protocol import", ["protocol", "import", "RUKP", "{data}/protocol.csv", "--name",
                                   "2024", "--from", "2024-01-01", "--through", "2024-12-31"],
               MANAGER),
    Case("protocol list", ["protocol", "list"], EVERY_ROLE, setup=PROTOCOL),
    Case("protocol show", ["protocol", "show", "RUKP", "2023"], EVERY_ROLE, setup=PROTOCOL),
    Case("protocol fulfilment", ["protocol", "fulfilment", "RUKP", "--at", "2023-06-30"],
         EVERY_ROLE, setup=PROTOCOL),
    write_case("record", ["record", "RUKP", "--date", "2023-07-03", "--ref", "PROTO-1", "--line",
                          "RU-PRIMORYE COAL 1", "--override-protocol", "letter of 1 July"],
               MANAGER, setup=PROTOCOL, label="record --override-protocol"),
    # Approving others' pending entries and reversing: manager (§5).
    write_case("reverse", ["reverse", "2", "--reason", "counted twice", "--date", "2023-07-01"],
               MANAGER),
    write_case("approve", ["approve", "{pending}"], MANAGER),
    write_case("reject", ["reject", "{pending}", "--reason", "no such shipment"], MANAGER),
    Case("pending", ["pending", "--status", "all"], EVERY_ROLE),
    Case("show", ["show", "1"], EVERY_ROLE),
    # Screening: the lists and dry runs are reports (README: all).
    Case("restrictions", ["restrictions"], EVERY_ROLE),
    Case("exemptions", ["exemptions"], EVERY_ROLE),
    Case("screen", ["screen", "RUKP", "--date", "2023-07-01", "--line", "RU-PRIMORYE OIL 10"],
         EVERY_ROLE),
    Case("quota", ["quota", "RUKP", "--year", "2023"], EVERY_ROLE),
    # Reports and verify: everyone (§5); the audit trail too (README).
    Case("balance", ["balance", "--at", "2023-12-31"], EVERY_ROLE),
    Case("balance", ["balance", "RUKP", "--series", "month"], EVERY_ROLE,
         label="balance --series"),
    Case("aging", ["aging", "RUKP", "--at", "2023-12-31"], EVERY_ROLE),
    Case("positions", ["positions", "--at", "2023-12-31"], EVERY_ROLE),
    Case("settle", ["settle", "RUKP", "--goods", "BEER", "--date", "2023-12-31"], EVERY_ROLE),
    Case("statement", ["statement", "RUKP", "--from", "2023-03-01"], EVERY_ROLE),
    Case("turnover", ["turnover", "RUKP", "--by", "good"], EVERY_ROLE),
    Case("audit", ["audit", "--action", "login"], EVERY_ROLE),
    Case("verify", ["verify"], EVERY_ROLE),
    # Upgrade: admin (a book setting); the fixture has page checksums already, so it reads.
    Case("upgrade", ["upgrade"], ADMIN),
    # Reconciliation and period close: manager (§5); reading them: all (README).
    write_case("reconcile", ["reconcile", "RUKP", "--statement", "{data}/theirs.csv",
                             "--through", "2023-06-30"], MANAGER),
    Case("reconcile show", ["reconcile", "show", "{reconciliation}"], EVERY_ROLE),
    Case("reconcile list", ["reconcile", "list", "RUKP"], EVERY_ROLE),
    write_case("reconcile resolve", ["reconcile", "resolve", "{reconciliation}", "{item}",
                                     "--note", "they will add it"], MANAGER),
    write_case("close", ["close", "RUKP", "--through", "2023-06-30", "--agreed-balance",
                         "{balance}"], MANAGER),
    Case("periods", ["periods", "RUKP"], EVERY_ROLE),
    # Backup: admin, manager, auditor (README); exports: manager, clerk, auditor (§5).
    Case("backup", ["backup", "{dir}/copy.barter"], BACKUP, output="{dir}/copy.barter"),
    # Copy: admin (it carries the users and their password hashes).
    Case("copy", ["copy", "{dir}/book.barter", "{dir}/whole.barter", "--admin", "root"], ADMIN,
         output="{dir}/whole.barter"),
    Case("export journal", ["export", "journal", "RUKP", "-o", "{dir}/out.journal"], EXPORT,
         output="{dir}/out.journal"),
    Case("export csv", ["export", "csv", "RUKP", "-o", "{dir}/out.csv"], EXPORT,
         output="{dir}/out.csv"),
    Case("export pdf", ["export", "pdf", "RUKP", "-o", "{dir}/out.pdf"], EXPORT,
         output="{dir}/out.pdf", pdf=True),
    Case("export act", ["export", "act", "{reconciliation}", "--lang", "en+ru", "-o",
                        "{dir}/act.pdf"], EXPORT, output="{dir}/act.pdf", pdf=True),
    Case("export protocol", ["export", "protocol", "RUKP", "--at", "2023-06-30", "--lang",
                             "ru+ko", "-o", "{dir}/protocol.pdf"], EXPORT,
         output="{dir}/protocol.pdf", setup=PROTOCOL, pdf=True),
    Case("export bundle", ["export", "bundle", "RUKP", "-o", "{dir}/bundle"], EXPORT,
         output="{dir}/bundle", pdf=True),
]

# Files the cases read (their own statement for `reconcile` drops RU-0520, so items differ).
DATA = {
    "goods.csv": "code,name,hs_code,unit,decimals\nSALT,Rock salt,250100,t,3\n",
    "prices.csv": "good,effective_from,unit_price\nFLOUR,2023-08-01,341.25\n",
    "restrictions.csv": "hs_prefix,from_country,to_country,kind,source,valid_from\n"
                        "93,*,KP,prohibited,\"UNSCR 1718 (2006) para 8: arms\",2006-10-14\n",
    "exemptions.csv": "reference,hs_prefix,from_country,to_country,valid_from,valid_to,source\n"
                      "EX-SYR-2,901831,RU,KP,2024-01-01,2024-12-31,\"Fictional test exemption\"\n",
    "deliveries.csv": "date,reference,shipper,good,quantity\n"
                      "2023-07-05,IMP-1,RU-PRIMORYE,FLOUR,1\n"
                      "2023-07-06,IMP-2,KP-RUNGRA,BEER,100\n",
    "theirs.csv": "date,reference,shipper,good,quantity\n"
                  "2023-02-01,RU-0201,RU-PRIMORYE,FLOUR,250\n"
                  "2023-02-01,RU-0201,RU-PRIMORYE,OIL,12.5\n"
                  "2023-03-10,KP-0310,KP-RUNGRA,BEER,120000\n"
                  "2023-06-15,RU-0615,RU-PRIMORYE,FLOUR,120.5\n"
                  "2023-06-15,RU-0615,RU-PRIMORYE,OIL,10\n",
    "protocol.csv": "shipper,good,planned_quantity\nRU-PRIMORYE,FLOUR,1000\n"
                    "KP-RUNGRA,BEER,200000\n",
    "new-password": "role-matrix-new-pass\n",
}


def help_commands(help_text):
    """The commands `barter help` lists: "user add", "export pdf", "balance", ...

    A command starts a line indented by two spaces, or follows " | " (user unlock NAME | user
    disable NAME); its second word is a subcommand when it is a lowercase word (journal|csv
    gives two)."""
    found = set()
    for line in help_text.splitlines():
        pieces = line.split(" | ")
        starts = pieces[1:]
        if re.match(r"  [a-z]", line):
            starts = [pieces[0]] + starts
        for piece in starts:
            words = piece.split()
            if not words or not re.fullmatch(r"[a-z]+", words[0]):
                continue
            if len(words) > 1 and re.fullmatch(r"[a-z]+(\|[a-z]+)*", words[1]):
                found.update(f"{words[0]} {sub}" for sub in words[1].split("|"))
            else:
                found.add(words[0])
    return found


class Runner:
    def __init__(self, barter, root):
        self.barter = barter
        self.root = root
        self.data = os.path.join(root, "data")

    def env(self, role):
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8",
               "TZ": "UTC", "HOME": self.root, "QT_QPA_PLATFORM": "offscreen"}
        # The sanitizer run's settings reach the binary (scripts/test --sanitize).
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if name in os.environ:
                env[name] = os.environ[name]
        if role is not None:
            env.update(BARTER_USER=role, BARTER_PASSWORD=PASSWORDS[role])
        return env

    def run(self, book, role, argv, cwd):
        # The binary may be relinked by a concurrent build: wait a little for it to reappear.
        for _ in range(50):
            if os.path.exists(self.barter):
                break
            time.sleep(0.2)
        return subprocess.run([self.barter, "--book", book] + argv, cwd=cwd,
                              env=self.env(role), capture_output=True, text=True,
                              stdin=subprocess.DEVNULL)

    def must(self, book, role, argv):
        r = self.run(book, role, argv, self.root)
        if r.returncode != 0:
            raise SystemExit(f"fixture: barter {' '.join(argv)} as {role} exited "
                             f"{r.returncode}: {r.stderr.strip()}")
        return r.stdout


def snapshot(book):
    """A digest per table of every row except the audit trail's, and of the schema; and the
    audit trail's rows, which may only be added to."""
    db = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    try:
        audit = list(db.execute("SELECT * FROM audit_event ORDER BY id"))
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'audit_event' ORDER BY name")]
        digest = {"(schema)": hashlib.sha256(repr(sorted(db.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"))).encode()).hexdigest()}
        for table in tables:
            rows = sorted(repr(row) for row in db.execute(f'SELECT * FROM "{table}"'))
            digest[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return digest, audit
    finally:
        db.close()


def build_fixture(runner, fixture_sh):
    """The golden fixture book, plus a pending entry by the clerk, a saved reconciliation and a
    locked clerk "dora" for the user commands to act on. Returns the book and its figures."""
    book = os.path.join(runner.root, "fixture.barter")
    subprocess.run(["bash", fixture_sh, runner.barter, book], check=True, env=runner.env(None),
                   stdin=subprocess.DEVNULL)
    runner.must(book, "admin", ["user", "add", "dora", "--role", "clerk", "--new-password-file",
                                os.path.join(runner.data, "new-password")])
    runner.must(book, "admin", ["settings", "set", "approval", "on"])
    pending = json.loads(runner.must(book, "clerk", [
        "record", "RUKP", "--date", "2023-07-01", "--ref", "KP-0701", "--line",
        "KP-RUNGRA BEER 1000", "--format", "json"]))
    runner.must(book, "admin", ["settings", "set", "approval", "off"])
    rec = json.loads(runner.must(book, "manager", [
        "reconcile", "RUKP", "--statement", os.path.join(runner.data, "theirs.csv"),
        "--through", "2023-06-30", "--format", "json"]))
    differing = [i["item"] for i in rec["items"] if i["category"] != "matched"]
    balance = json.loads(runner.must(book, "manager", [
        "balance", "RUKP", "--at", "2023-06-30", "--format", "json"]))[0]["balance"]
    if pending.get("status") != "pending" or not differing:
        raise SystemExit(f"fixture: no pending entry ({pending}) or no differing item")
    # Five failed logins lock an account (about 8 s of back-off, once). Not set with SQL: the
    # book's pages carry checksums that only Barter Ledger writes.
    env = runner.env(None)
    env.update(BARTER_USER="dora", BARTER_PASSWORD="not-doras-password")
    for _ in range(5):
        r = subprocess.run([runner.barter, "--book", book, "balance"], env=env,
                           capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if r.returncode != 3:
            raise SystemExit(f"fixture: a wrong password for dora exited {r.returncode}")
    for suffix in ("-wal", "-shm"):
        if os.path.exists(book + suffix):
            raise SystemExit(f"fixture: {book}{suffix} left behind; copies would miss it")
    return book, {"pending": str(pending["id"]), "reconciliation": str(rec["id"]),
                  "item": str(differing[0]), "balance": balance}


def check(runner, fixtures, figures, case, role):
    """Runs one case on a fresh copy of its fixture; returns a list of what went wrong."""
    try:
        return run_case(runner, fixtures, figures, case, role)
    except (Exception, SystemExit) as e:  # a failed setup step, an unreadable book
        return [f"could not run: {e}"]


def run_case(runner, fixtures, figures, case, role):
    work = tempfile.mkdtemp(dir=runner.root, prefix="case-")
    book = os.path.join(work, "book.barter")
    shutil.copyfile(fixtures[case.setup], book)
    fill = dict(figures, dir=work, data=runner.data)
    argv = [a.format(**fill) for a in case.argv]
    before, audit_before = snapshot(book)
    r = runner.run(book, role, argv, work)
    after, audit_after = snapshot(book)
    output = case.output.format(**fill) if case.output else None
    allowed = case.who == ANYONE or role in case.who
    changed = sorted(t for t in before if before[t] != after.get(t)) + sorted(
        t for t in after if t not in before)
    problems = []
    if audit_after[:len(audit_before)] != audit_before:
        problems.append("the audit trail lost or changed events")
    if allowed:
        if r.returncode != 0:
            problems.append(f"allowed, but exit {r.returncode}: {r.stderr.strip()}")
        elif case.effect == WRITE and not changed:
            problems.append("allowed and exit 0, but the book did not change")
        elif case.effect != WRITE and changed:
            problems.append(f"a read, but changed {', '.join(changed)}")
        elif output and not os.path.exists(output):
            problems.append(f"allowed and exit 0, but wrote no {os.path.basename(output)}")
    else:
        lines = r.stderr.splitlines()
        if r.returncode != 3:
            problems.append(f"denied, but exit {r.returncode}: {r.stderr.strip()[:300]}")
        elif len(lines) != 1 or not lines[0].startswith("barter: error: permission denied: ") \
                or f" ({role}) " not in lines[0]:
            problems.append(f"denied, but stderr is not one line \"barter: error: permission "
                            f"denied: ... ({role}) ...\": {r.stderr!r}")
        if r.stdout:
            problems.append(f"denied, but printed {r.stdout[:200]!r}")
        if changed:
            problems.append(f"denied, but changed {', '.join(changed)}")
        if output and os.path.exists(output):
            problems.append(f"denied, but wrote {os.path.basename(output)}")
    shutil.rmtree(work, ignore_errors=True)
    return problems


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in ("--pdf", "--no-pdf"):
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 1
    barter, fixture_sh = (os.path.abspath(path) for path in sys.argv[1:3])
    which = sys.argv[3]
    started = time.monotonic()
    cases = [c for c in MATRIX if c.pdf == (which == "--pdf")]
    failures = []
    with tempfile.TemporaryDirectory(prefix="role-matrix-") as root:
        runner = Runner(barter, root)
        os.mkdir(runner.data)
        for name, text in DATA.items():
            with open(os.path.join(runner.data, name), "w", encoding="utf-8") as f:
                f.write(text)

        if which == "--no-pdf":
            shown = runner.run(os.path.join(root, "none"), None, ["help"], root)
            if shown.returncode != 0:
                failures.append(f"barter help: exit {shown.returncode}: {shown.stderr.strip()}")
            listed = help_commands(shown.stdout)
            known = {c.command for c in MATRIX}
            for command in sorted(listed - known):
                failures.append(f"{command}: listed by barter help, missing from the matrix")
            for command in sorted(known - listed - {"help"}):
                failures.append(f"{command}: in the matrix, but barter help does not list it")

        fixture, figures = build_fixture(runner, fixture_sh)
        # A case with setup steps starts from a copy of the fixture they were run on once.
        fixtures = {(): fixture}
        for steps in {c.setup for c in cases} - {()}:
            fixtures[steps] = os.path.join(root, f"fixture-{len(fixtures)}.barter")
            shutil.copyfile(fixture, fixtures[steps])
            for setup_role, setup_argv in steps:
                runner.must(fixtures[steps], setup_role, list(setup_argv))
        jobs = [(case, role) for case in cases for role in ROLES]
        # More workers than cores: each run spends about half its time waiting for the disk
        # (the login's audit event is written with synchronous=FULL).
        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(lambda job: check(runner, fixtures, figures, *job), jobs))

    width = max(len(c.label) for c in cases)
    print(f"{'command':<{width}}  " + "  ".join(f"{role:<8}" for role in ROLES))
    for case in cases:
        marks = []
        for role in ROLES:
            problems = results[jobs.index((case, role))]
            allowed = case.who == ANYONE or role in case.who
            marks.append(("FAIL" if problems else "yes" if allowed else "-").ljust(8))
            failures.extend(f"{case.label} as {role}: {p}" for p in problems)
        print(f"{case.label:<{width}}  " + "  ".join(marks))
    print(f"{len(jobs)} command x role cases in {time.monotonic() - started:.1f} s")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
