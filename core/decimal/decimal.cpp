// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimal/decimal.h"

#include "error.h"

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>
#include <utility>

namespace barter {

namespace {

// Intermediates are computed in 256 bits: a product of two 128-bit mantissas, or a dividend
// scaled by up to 10^36, always fits, so only a result that itself exceeds 128 bits overflows.
using Int256 = boost::multiprecision::checked_int256_t;

constexpr int kMaxPower = 36;
constexpr std::size_t kMaxQuotedLength = 40;

void checkScale(int scale, const char* where) {
    if (scale < 0 || scale > Decimal::kMaxScale)
        throw std::invalid_argument(std::string(where) + ": scale " + std::to_string(scale) +
                                    " outside 0.." + std::to_string(Decimal::kMaxScale));
}

[[noreturn]] void throwOverflow(const std::string& what) {
    throw InvalidInput("number", "overflow: " + what);
}

// Runs `compute`, turning Boost's overflow (std::overflow_error, or std::range_error from a
// narrowing assignment) into the barter error, so callers only ever see InvalidInput.
template <typename Compute> auto guarded(const char* what, Compute&& compute) {
    try {
        return std::forward<Compute>(compute)();
    } catch (const std::overflow_error&) {
        throwOverflow(what);
    } catch (const std::range_error&) {
        throwOverflow(what);
    }
}

Int256 widePowerOfTen(int n) {
    return Int256(powerOfTen(n));
}

Int128 narrow(const Int256& value, const char* what) {
    if (value > Int256((std::numeric_limits<Int128>::max)()) ||
        value < Int256((std::numeric_limits<Int128>::min)()))
        throwOverflow(what);
    return static_cast<Int128>(value);
}

// numerator / denominator rounded half-even. Boost truncates toward zero and the remainder
// takes the dividend's sign, as in C++.
template <typename Int> Int divideHalfEven(const Int& numerator, const Int& denominator) {
    Int quotient = numerator / denominator;
    const Int remainder = abs(Int(numerator % denominator));
    const Int divisor = abs(denominator);
    // Compare 2·remainder with divisor without forming 2·remainder (it could overflow).
    const Int rest = divisor - remainder;
    const bool negative = (numerator < 0) != (denominator < 0);
    const bool awayFromZero =
        remainder > rest || (remainder == rest && remainder != 0 && quotient % 2 != 0);
    if (awayFromZero)
        quotient += negative ? -1 : 1;
    return quotient;
}

// The mantissa at a larger scale, in 256 bits (never overflows: 10^18 · 2^128 < 2^256).
Int256 widened(const Decimal& value, int scale) {
    return Int256(value.mantissa()) * widePowerOfTen(scale - value.scale());
}

std::string quoted(std::string_view text) {
    std::string shown(text.substr(0, kMaxQuotedLength));
    if (text.size() > kMaxQuotedLength)
        shown += "...";
    return "\"" + shown + "\"";
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Splits "-12.345" into sign, integer digits and fraction digits; false when the text is not
// exactly: optional '-', digits, optional '.' followed by at least one digit, some digit.
bool splitNumber(std::string_view text, bool& negative, std::string_view& integerDigits,
                 std::string_view& fractionDigits) {
    negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    const std::size_t point = text.find('.');
    integerDigits = text.substr(0, point);
    fractionDigits = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    if (point != std::string_view::npos && fractionDigits.empty())
        return false; // "1." and "."
    if (integerDigits.empty() && fractionDigits.empty())
        return false; // "" and "-"
    return std::all_of(integerDigits.begin(), integerDigits.end(), isDigit) &&
           std::all_of(fractionDigits.begin(), fractionDigits.end(), isDigit);
}

std::string digitsOf(const Int128& magnitude, int scale) {
    std::string digits = magnitude.str();
    const auto width = static_cast<std::size_t>(scale) + 1;
    if (digits.size() < width)
        digits.insert(0, width - digits.size(), '0');
    return digits;
}

} // namespace

Int128 powerOfTen(int n) {
    static const std::array<Int128, kMaxPower + 1> table = [] {
        std::array<Int128, kMaxPower + 1> powers{};
        Int128 power = 1;
        for (auto& entry : powers) {
            entry = power;
            if (&entry != &powers.back())
                power *= 10;
        }
        return powers;
    }();
    if (n < 0 || n > kMaxPower)
        throw std::invalid_argument("powerOfTen: exponent " + std::to_string(n) + " outside 0.." +
                                    std::to_string(kMaxPower));
    return table[static_cast<std::size_t>(n)];
}

Decimal::Decimal(Int128 mantissa, int scale) : m_mantissa(std::move(mantissa)), m_scale(scale) {
    checkScale(scale, "Decimal");
}

std::optional<Decimal> Decimal::parse(std::string_view text, int maxScale, std::string* error) {
    checkScale(maxScale, "Decimal::parse");
    const auto fail = [error](std::string reason) -> std::optional<Decimal> {
        if (error)
            *error = std::move(reason);
        return std::nullopt;
    };
    bool negative = false;
    std::string_view integerDigits;
    std::string_view fractionDigits;
    if (text.empty())
        return fail("no number given");
    if (!splitNumber(text, negative, integerDigits, fractionDigits))
        return fail("not a number: " + quoted(text));
    if (fractionDigits.size() > static_cast<std::size_t>(maxScale)) {
        if (maxScale == 0)
            return fail("too many decimals: none allowed");
        return fail("too many decimals: at most " + std::to_string(maxScale) + " allowed");
    }
    Int128 mantissa = 0;
    try {
        for (std::string_view part : {integerDigits, fractionDigits})
            for (char digit : part)
                mantissa = mantissa * 10 + (digit - '0');
    } catch (const std::overflow_error&) {
        return fail("number too large");
    }
    if (negative)
        mantissa = -mantissa; // Boost normalises -0 to 0, so "-0" is plain zero
    return Decimal(mantissa, static_cast<int>(fractionDigits.size()));
}

std::string Decimal::toString() const {
    const std::string digits = digitsOf(boost::multiprecision::abs(m_mantissa), m_scale);
    const std::size_t integerLength = digits.size() - static_cast<std::size_t>(m_scale);
    std::string text = isNegative() ? "-" : "";
    text.append(digits, 0, integerLength);
    if (m_scale > 0)
        text.append(".").append(digits, integerLength);
    return text;
}

std::string Decimal::toString(int scale) const {
    return rescaled(scale).toString();
}

std::string Decimal::toGroupedString() const {
    const std::string digits = digitsOf(boost::multiprecision::abs(m_mantissa), m_scale);
    const std::size_t integerLength = digits.size() - static_cast<std::size_t>(m_scale);
    std::string text = isNegative() ? "-" : "";
    for (std::size_t i = 0; i < integerLength; ++i) {
        if (i > 0 && (integerLength - i) % 3 == 0)
            text += ',';
        text += digits[i];
    }
    if (m_scale > 0)
        text.append(".").append(digits, integerLength);
    return text;
}

Decimal Decimal::rescaled(int scale) const {
    checkScale(scale, "Decimal::rescaled");
    if (scale >= m_scale)
        return Decimal(narrow(widened(*this, scale), "the number is too large"), scale);
    const Int128 divisor = powerOfTen(m_scale - scale);
    if (m_mantissa % divisor != 0)
        throw InvalidInput("number",
                           toString() + " has more than " + std::to_string(scale) + " decimals");
    return Decimal(m_mantissa / divisor, scale);
}

Decimal Decimal::rounded(int scale) const {
    checkScale(scale, "Decimal::rounded");
    if (scale >= m_scale)
        return *this;
    return Decimal(divideHalfEven(m_mantissa, powerOfTen(m_scale - scale)), scale);
}

std::int64_t Decimal::toScaled(int scale) const {
    const Decimal exact = rescaled(scale);
    if (exact.m_mantissa > Int128((std::numeric_limits<std::int64_t>::max)()) ||
        exact.m_mantissa < Int128((std::numeric_limits<std::int64_t>::min)()))
        throwOverflow(toString() + " does not fit a 64-bit stored value at " +
                      std::to_string(scale) + " decimals");
    return static_cast<std::int64_t>(exact.m_mantissa);
}

Decimal Decimal::abs() const {
    return Decimal(boost::multiprecision::abs(m_mantissa), m_scale);
}

// Sign-magnitude Int128 has a symmetric range, so negation never overflows.
Decimal Decimal::operator-() const {
    return Decimal(-m_mantissa, m_scale);
}

Decimal operator+(const Decimal& a, const Decimal& b) {
    const int scale = std::max(a.scale(), b.scale());
    return Decimal(narrow(widened(a, scale) + widened(b, scale), "the sum is too large"), scale);
}

Decimal operator-(const Decimal& a, const Decimal& b) {
    const int scale = std::max(a.scale(), b.scale());
    return Decimal(narrow(widened(a, scale) - widened(b, scale), "the difference is too large"),
                   scale);
}

Decimal Decimal::multiply(const Decimal& a, const Decimal& b, int scale) {
    checkScale(scale, "Decimal::multiply");
    const char* what = "the product is too large";
    return guarded(what, [&] {
        // Exact product at scale a.scale + b.scale (up to 36), then one rounding.
        const Int256 product = Int256(a.m_mantissa) * Int256(b.m_mantissa);
        const int productScale = a.m_scale + b.m_scale;
        if (scale >= productScale)
            return Decimal(narrow(product * widePowerOfTen(scale - productScale), what), scale);
        return Decimal(narrow(divideHalfEven(product, widePowerOfTen(productScale - scale)), what),
                       scale);
    });
}

Decimal Decimal::divide(const Decimal& a, const Decimal& b, int scale) {
    checkScale(scale, "Decimal::divide");
    if (b.isZero())
        throw InvalidInput("number", "division by zero");
    const char* what = "the quotient is too large";
    return guarded(what, [&] {
        // result·10^scale = a.m · 10^(scale + b.scale − a.scale) / b.m; a negative exponent
        // scales the divisor instead, so the single rounding stays exact.
        const int exponent = scale + b.m_scale - a.m_scale;
        Int256 numerator(a.m_mantissa);
        Int256 denominator(b.m_mantissa);
        if (exponent >= 0)
            numerator *= widePowerOfTen(exponent);
        else
            denominator *= widePowerOfTen(-exponent);
        return Decimal(narrow(divideHalfEven(numerator, denominator), what), scale);
    });
}

bool operator==(const Decimal& a, const Decimal& b) {
    return (a <=> b) == 0;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    const int scale = std::max(a.scale(), b.scale());
    const Int256 left = widened(a, scale);
    const Int256 right = widened(b, scale);
    if (left < right)
        return std::strong_ordering::less;
    if (right < left)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

Decimal Decimal::trimmed(int minScale) const {
    Int128 mantissa = m_mantissa;
    int scale = m_scale;
    while (scale > minScale && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    Decimal result(mantissa, scale);
    return scale < minScale ? result.rescaled(minScale) : result;
}

} // namespace barter
