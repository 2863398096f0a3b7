// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace barter {
// Initialises libsodium once (thread-safe); throws barter::Error if it cannot.
void ensureSodium();
} // namespace barter
