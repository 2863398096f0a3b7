// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What this build of Barter Ledger is made of, for `--version` and the About box: a bug report
// that quotes it names the exact source and the libraries it ran with.

#include <string>

namespace barter {

struct BuildInfo {
    std::string version;  // project(VERSION) of the root CMakeLists.txt
    std::string revision; // the git revision it was configured from, or "unknown"
    // The libraries loaded at run time, which may be newer than the headers it was built with
    // (a Debian security update replaces them under an installed package).
    std::string sqlite;
    std::string sodium;
};

// Never throws; needs neither a book nor sodium's initialisation.
BuildInfo buildInfo();

} // namespace barter
