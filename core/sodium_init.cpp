// SPDX-License-Identifier: GPL-3.0-or-later
#include "sodium_init.h"

#include "error.h"

#include <sodium.h>

namespace barter {

void ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(ErrorKind::Storage, "libsodium could not be initialised");
}

} // namespace barter
