#pragma once

namespace barter {
// Initialises libsodium once (thread-safe); throws barter::Error if it cannot.
void ensureSodium();
} // namespace barter
