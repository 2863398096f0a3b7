#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one golden case of the barter CLI and diffs its output with the expected file.

A case is a folder tests/golden/<command>/<case>/ holding
  cmd       a bash script; $BARTER is the binary; BARTER_BOOK points at a fresh copy of the
            fixture book; BARTER_USER/BARTER_PASSWORD log in as the manager unless the script
            says otherwise; the working directory is a copy of the case folder.
  expected  stdout, then '--- stderr ---' and stderr, then '--- exit N ---'.
The case fails when `expected` is missing (UPDATE_GOLDEN=1 writes it instead).

With --server the case runs on a server book instead (DESIGN.md §10): a database of its own on
the PostgreSQL server BARTER_TEST_PG names (scripts/test starts one), made with `barter copy`
from the fixture, and dropped afterwards; the output must be the same, the book's name aside.
Without BARTER_TEST_PG it is skipped (exit 77). The cases that work on a file only (their
script opens the file itself) are listed in file-only.txt and not run on a server.
"""
import hashlib
import os
import re
import time
import shutil
import subprocess
import sys
import tempfile

# The fixture's users and passwords (fixture.sh).
FIXTURE_USERS = {"admin": "admin-pass", "manager": "manager-pass", "clerk": "clerk-pass",
                 "auditor": "auditor-pass"}


class ServerBook:
    """A database for one case on the test server, holding a copy of the fixture."""

    def __init__(self, barter, fixture, case, tmp):
        self.params = dict(item.split("=", 1) for item in os.environ["BARTER_TEST_PG"].split())
        name = re.sub(r"[^a-z0-9]+", "_", os.path.relpath(case, os.path.dirname(
            os.path.dirname(os.path.abspath(case)))).lower())
        digest = hashlib.sha256(name.encode()).hexdigest()[:8]
        self.database = f"g_{name[:30]}_{digest}"
        host, port = self.params.get("host", ""), self.params.get("port", "")
        self.uri = f"postgresql:///{self.database}?host={host}" + (f"&port={port}" if port else "")
        # What the CLI calls the book (Locator::display): host:port/database.
        self.display = host + (f":{port}" if port else "") + "/" + self.database
        self.drop()
        self.sql("postgres", f'CREATE DATABASE "{self.database}"')
        # The fixture's logins are the server's, shared by every case's database.
        for user, password in FIXTURE_USERS.items():
            self.sql("postgres", f"""DO $$ BEGIN CREATE ROLE "{user}" LOGIN;
                     EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$""")
            self.sql("postgres", f"ALTER ROLE \"{user}\" PASSWORD '{password}'")
        superuser = self.uri + f"&user={self.params.get('user', 'postgres')}"
        password_file = os.path.join(tmp, "admin.pw")
        with open(password_file, "w") as f:
            f.write(FIXTURE_USERS["admin"] + "\n")
        env = dict(os.environ, BARTER_USER="admin", BARTER_PASSWORD=FIXTURE_USERS["admin"])
        subprocess.run([barter, "copy", fixture, superuser, "--admin", "admin",
                        "--password-file", password_file], env=env, check=True,
                       capture_output=True, text=True, stdin=subprocess.DEVNULL)

    def sql(self, database, statement):
        conninfo = " ".join(f"{k}={v}" for k, v in self.params.items()) + f" dbname={database}"
        # Cases run side by side: two of them setting one login's password at once may be told
        # "tuple concurrently updated"; once more is enough then.
        for attempt in range(5):
            done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", conninfo, "-c",
                                   statement], capture_output=True, text=True)
            if done.returncode == 0:
                return
            time.sleep(0.1 * (attempt + 1))
        raise RuntimeError(f"psql failed: {statement}: {done.stderr}")

    def drop(self):
        self.sql("postgres", f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        for role in ("owner", "admin", "manager", "clerk", "auditor"):
            self.sql("postgres", f'DROP ROLE IF EXISTS "{self.database}_{role}"')


def main():
    server = "--server" in sys.argv
    barter, fixture, case = [a for a in sys.argv[1:] if a != "--server"][:3]
    if server and not os.environ.get("BARTER_TEST_PG"):
        print("skipped: no test server (BARTER_TEST_PG)")
        return 77
    expected_path = os.path.join(case, "expected")
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "case")
        shutil.copytree(case, work)
        book = os.path.join(tmp, "book.barter")
        shutil.copyfile(fixture, book)
        pg = ServerBook(barter, book, case, tmp) if server else None
        if pg:
            os.remove(book)  # the case has the server book only
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": tmp,
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "BARTER": barter,
            "BARTER_BOOK": pg.uri if pg else book,
            "BARTER_USER": "manager",
            "BARTER_PASSWORD": "manager-pass",
        }
        # The sanitizer run's settings reach the binary (scripts/test --sanitize).
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if name in os.environ:
                env[name] = os.environ[name]
        result = subprocess.run(["bash", "-o", "pipefail", os.path.join(work, "cmd")], cwd=work,
                                env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        out, err = result.stdout, result.stderr
        if pg:
            pg.drop()
            out = out.replace(pg.uri, book).replace(pg.display, book)
            err = err.replace(pg.uri, book).replace(pg.display, book)
        actual = (out.replace(tmp, "$TMP") + "--- stderr ---\n" + err.replace(tmp, "$TMP") +
                  f"--- exit {result.returncode} ---\n")
    if os.environ.get("UPDATE_GOLDEN") == "1" and not server:
        with open(expected_path, "w", encoding="utf-8") as f:
            f.write(actual)
        print(f"wrote {expected_path}")
        return 0
    if not os.path.exists(expected_path):
        print(f"FAIL: {expected_path} is missing; actual output was:\n{actual}")
        return 1
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    if expected != actual:
        import difflib
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True),
                                                   actual.splitlines(True),
                                                   "expected", "actual"))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
