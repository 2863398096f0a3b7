// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain.h"

#include "../sodium_init.h"

#include <sodium.h>

namespace barter {

std::string toHex(const Hash& hash) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (unsigned char b : hash) {
        out += digits[b >> 4];
        out += digits[b & 0xf];
    }
    return out;
}

} // namespace barter

namespace barter::chain {

void appendField(std::string& out, std::string_view value) {
    out += std::to_string(value.size());
    out += ':';
    out += value;
}

namespace {
void field(std::string& out, std::string_view value) {
    appendField(out, value);
}
void field(std::string& out, std::int64_t value) {
    appendField(out, std::to_string(value));
}
} // namespace

std::string canonicalBytes(const Exchange& e) {
    std::string out;
    out.reserve(256 + 128 * e.lines.size());
    field(out, "exchange/v1");
    field(out, e.seq);
    field(out, e.agreementCode);
    field(out, e.unitCode);
    field(out, e.date.toString());
    field(out, e.reference);
    field(out, e.memo);
    field(out, e.reversesSeq ? std::to_string(*e.reversesSeq) : std::string());
    field(out, e.reason);
    field(out, e.swingOverride);
    field(out, e.postedBy);
    field(out, e.postedAt);
    field(out, static_cast<std::int64_t>(e.lines.size()));
    for (const DeliveryLine& line : e.lines) {
        field(out, line.lineNo);
        field(out, std::string(1, toChar(line.shipper)));
        field(out, line.shipperCode);
        field(out, line.goodCode);
        field(out, line.quantity.toScaled(kQuantityScale));
        field(out, line.unitPrice.toScaled(kPriceScale));
        field(out, line.value.toScaled(line.value.scale()));
        field(out, line.value.scale());
        field(out, line.priceReason);
        // Lines posted before screening existed have no verdict and keep their old bytes.
        if (line.screening) {
            const Screening& sc = *line.screening;
            auto quantity = [](const std::optional<Decimal>& d) {
                return d ? std::to_string(d->toScaled(kQuantityScale)) : std::string();
            };
            field(out, "screening");
            field(out, toString(sc.verdict));
            field(out, sc.decidedBy);
            field(out, sc.fromCountry);
            field(out, sc.toCountry);
            field(out, sc.periodStart ? sc.periodStart->toString() : std::string());
            field(out, quantity(sc.ruleQuantity));
            field(out, quantity(sc.exemptQuantity));
        }
    }
    return out;
}

Hash sha256(std::string_view bytes) {
    ensureSodium();
    Hash out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size());
    return out;
}

static_assert(sizeof(crypto_hash_sha256_state) <= 128);

Sha256::Sha256() {
    ensureSodium();
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(m_state));
}

void Sha256::update(std::string_view bytes) {
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

Hash Sha256::finish() {
    Hash out{};
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(m_state), out.data());
    return out;
}

Hash link(const Hash& previous, const Exchange& exchange) {
    ensureSodium();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, previous.data(), previous.size());
    std::string bytes = canonicalBytes(exchange);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
    Hash out{};
    crypto_hash_sha256_final(&state, out.data());
    return out;
}

std::optional<Hash> parseHex(std::string_view hex) {
    if (hex.size() != 64)
        return std::nullopt;
    Hash out{};
    for (std::size_t i = 0; i < 32; ++i) {
        int value = 0;
        for (std::size_t k = 0; k < 2; ++k) {
            char c = hex[2 * i + k];
            int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
            if (digit < 0)
                return std::nullopt;
            value = value * 16 + digit;
        }
        out[i] = static_cast<unsigned char>(value);
    }
    return out;
}

} // namespace barter::chain
