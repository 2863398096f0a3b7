// SPDX-License-Identifier: GPL-3.0-or-later
#include "password.h"

#include "../error.h"
#include "../sodium_init.h"

#include <sodium.h>

namespace barter::password {

std::string hash(std::string_view password) {
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(ErrorKind::Storage, "out of memory while hashing a password");
    return out;
}

bool verify(const std::string& encodedHash, std::string_view password) {
    ensureSodium();
    return crypto_pwhash_str_verify(encodedHash.c_str(), password.data(), password.size()) == 0;
}

std::string checkStrength(std::string_view password) {
    if (password.size() < 8)
        return "must be at least 8 characters";
    if (password.size() > 256)
        return "must be at most 256 bytes";
    return {};
}

} // namespace barter::password
