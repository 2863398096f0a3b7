// SPDX-License-Identifier: GPL-3.0-or-later
#include "build_info.h"

#include "build_version.h"

#include <sodium.h>
#include <sqlite3.h>

namespace barter {

BuildInfo buildInfo() {
    return BuildInfo{kVersion, kRevision, sqlite3_libversion(), sodium_version_string()};
}

} // namespace barter
