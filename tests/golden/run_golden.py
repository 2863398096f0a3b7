#!/usr/bin/env python3
"""Runs one golden case of the barter CLI and diffs its output with the expected file.

A case is a folder tests/golden/<command>/<case>/ holding
  cmd       a bash script; $BARTER is the binary; BARTER_BOOK points at a fresh copy of the
            fixture book; BARTER_USER/BARTER_PASSWORD log in as the manager unless the script
            says otherwise; the working directory is a copy of the case folder.
  expected  stdout, then '--- stderr ---' and stderr, then '--- exit N ---'.
The case fails when `expected` is missing (UPDATE_GOLDEN=1 writes it instead).
"""
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    barter, fixture, case = sys.argv[1:4]
    expected_path = os.path.join(case, "expected")
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "case")
        shutil.copytree(case, work)
        book = os.path.join(tmp, "book.barter")
        shutil.copyfile(fixture, book)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": tmp,
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "BARTER": barter,
            "BARTER_BOOK": book,
            "BARTER_USER": "manager",
            "BARTER_PASSWORD": "manager-pass",
        }
        # The sanitizer run's settings reach the binary (scripts/test --sanitize).
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if name in os.environ:
                env[name] = os.environ[name]
        result = subprocess.run(["bash", "-o", "pipefail", os.path.join(work, "cmd")], cwd=work,
                                env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        actual = (result.stdout.replace(tmp, "$TMP") + "--- stderr ---\n" +
                  result.stderr.replace(tmp, "$TMP") + f"--- exit {result.returncode} ---\n")
    if os.environ.get("UPDATE_GOLDEN") == "1":
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
