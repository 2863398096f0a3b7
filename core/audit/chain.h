// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hash chain over posted exchanges (DESIGN.md §3):
//   hash(n) = SHA-256(hash(n-1) || canonical bytes of exchange n and its lines),
// with 32 zero bytes before the first exchange. The canonical bytes cover the agreement with
// its unit and each line's shipper by side and party code, so swapping the parties of an
// agreement breaks the chain too. They are length-prefixed fields ("<len>:<bytes>") in a fixed
// order, so no two different exchanges share them. Amounts enter as scaled integers, so the bytes
// never depend on formatting.

#include "../domain/types.h"

#include <string>

namespace barter::chain {

std::string canonicalBytes(const Exchange& exchange);
// Appends one length-prefixed field ("<len>:<bytes>"), the encoding of all canonical bytes.
void appendField(std::string& out, std::string_view value);
Hash link(const Hash& previous, const Exchange& exchange);
Hash sha256(std::string_view bytes);
// SHA-256 of bytes fed in pieces (a file written line by line).
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    Hash finish();

private:
    alignas(16) unsigned char m_state[128]; // crypto_hash_sha256_state (104 bytes)
};
// Parses 64 hex digits; nullopt otherwise.
std::optional<Hash> parseHex(std::string_view hex);

} // namespace barter::chain
