// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decimal: an exact fixed-point number, a checked 128-bit integer mantissa and a scale
// (number of decimal digits, 0..18). value = mantissa / 10^scale.
//
// Invariants and rules (DESIGN.md §2):
// - never binary floating point; every operation is exact or rounds half-even exactly once;
// - overflow of the 128-bit mantissa throws barter::InvalidInput (field "number");
// - text form: optional '-', digits, optional '.' and digits; no exponent, no grouping, no '+'
//   sign is printed. Equality compares values, not representations (1.50 == 1.5).

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace barter {

using Int128 = boost::multiprecision::checked_int128_t;

class Decimal {
public:
    static constexpr int kMaxScale = 18;

    Decimal() = default;
    // mantissa / 10^scale. Throws std::invalid_argument when scale is outside 0..kMaxScale.
    Decimal(Int128 mantissa, int scale);
    static Decimal fromInt(std::int64_t value) { return Decimal(Int128(value), 0); }
    // A stored scaled integer (e.g. minor units) back to a Decimal of that scale.
    static Decimal fromScaled(std::int64_t scaled, int scale) {
        return Decimal(Int128(scaled), scale);
    }

    // Strict parse. Accepts "-12.345", "0.5", ".5", "12"; rejects empty, "+1", "1e3", "NaN",
    // "inf", "0x10", "1,5", "1 000", "1.", "--1", more than maxScale decimals, and values that
    // overflow. Returns nullopt on any of those; `error` (if given) receives the reason.
    static std::optional<Decimal> parse(std::string_view text, int maxScale = kMaxScale,
                                        std::string* error = nullptr);

    // Plain text at the stored scale: "-1234.5600", "0.50", "7".
    std::string toString() const;
    // Text at exactly `scale` digits (pads with zeros; throws InvalidInput if digits would be
    // lost: use rounded() first when rounding is meant).
    std::string toString(int scale) const;
    // Grouped for display: "-1,234.56" (comma groups, '.' point) at the stored scale.
    std::string toGroupedString() const;

    const Int128& mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }

    // Same value at a larger or equal scale (exact), or at a smaller scale when no non-zero
    // digit is dropped. Throws InvalidInput when digits would be lost.
    Decimal rescaled(int scale) const;
    // The same value with trailing fractional zeros dropped, but keeping at least `minScale`
    // digits: 123.450000 -> 123.45 (minScale 2), 100.000 -> 100.00.
    Decimal trimmed(int minScale) const;
    // Half-even rounding to `scale` (no-op when scale >= this scale).
    Decimal rounded(int scale) const;
    // The mantissa at `scale` as int64 (for storage); exact or throws InvalidInput.
    std::int64_t toScaled(int scale) const;

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    int sign() const { return m_mantissa < 0 ? -1 : (m_mantissa > 0 ? 1 : 0); }
    Decimal abs() const;
    Decimal operator-() const;

    // Exact; the result has the larger of the two scales.
    friend Decimal operator+(const Decimal& a, const Decimal& b);
    friend Decimal operator-(const Decimal& a, const Decimal& b);
    Decimal& operator+=(const Decimal& other) { return *this = *this + other; }
    Decimal& operator-=(const Decimal& other) { return *this = *this - other; }

    // a × b rounded half-even once, to `scale` digits.
    static Decimal multiply(const Decimal& a, const Decimal& b, int scale);
    // a ÷ b rounded half-even once, to `scale` digits. Throws InvalidInput when b is zero.
    static Decimal divide(const Decimal& a, const Decimal& b, int scale);

    friend bool operator==(const Decimal& a, const Decimal& b);
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

private:
    Int128 m_mantissa = 0;
    int m_scale = 0;
};

// 10^n as Int128, n in 0..36.
Int128 powerOfTen(int n);

} // namespace barter
