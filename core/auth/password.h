// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Password hashing with Argon2id (libsodium crypto_pwhash_str, interactive limits).

#include <string>
#include <string_view>

namespace barter::password {

// An encoded Argon2id hash ("$argon2id$v=19$..."), salted at random.
std::string hash(std::string_view password);
// True when `password` matches the encoded hash.
bool verify(const std::string& encodedHash, std::string_view password);
// Empty when acceptable, else the reason (at least 8 characters, at most 256 bytes).
std::string checkStrength(std::string_view password);

} // namespace barter::password
