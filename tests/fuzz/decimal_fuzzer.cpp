// SPDX-License-Identifier: GPL-3.0-or-later
// Decimal (core/decimal/decimal.h) on any text. The input is one or two numbers separated by
// '|' ("12.5|-0.003"). Properties checked:
// - parse accepts exactly the documented grammar ('-'? digits ('.' digits)?, some digit, at most
//   maxScale decimals, a magnitude below 2^128) and says why when it refuses;
// - toString() is the canonical form of the text (no leading zeros, the decimals as typed, no
//   "-0"), and parse(toString(x)) gives x back at the same scale;
// - grouping, trimming, rescaling, rounding (half-even, within half a unit) and the 64-bit
//   scaled form agree with the value;
// - sums, differences, products and quotients are exact or rounded once, half-even, and
//   consistent with each other and with the ordering;
// - the only error is InvalidInput (overflow, or digits that a rescale would lose).
#include "fuzz_support.h"

#include "decimal/decimal.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace barter::fuzz {
namespace {

// 2^128 - 1, the largest magnitude of the checked 128-bit mantissa.
constexpr std::string_view kMaxMagnitude = "340282366920938463463374607431768211455";

struct Expected {
    bool valid = false;
    std::string canonical; // toString() of the parsed value
    int scale = 0;
};

// What the documented grammar says about `text`, worked out on the characters alone.
Expected expectedParse(std::string_view text) {
    Expected e;
    const bool negative = text.starts_with('-');
    if (negative)
        text.remove_prefix(1);
    const std::size_t point = text.find('.');
    std::string_view integer = text.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    const auto allDigits = [](std::string_view s) {
        return s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if ((point != std::string_view::npos && fraction.empty()) ||
        (integer.empty() && fraction.empty()) || !allDigits(integer) || !allDigits(fraction) ||
        fraction.size() > static_cast<std::size_t>(Decimal::kMaxScale))
        return e;
    std::string digits = std::string(integer) + std::string(fraction);
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
    if (digits.size() > kMaxMagnitude.size() ||
        (digits.size() == kMaxMagnitude.size() && digits > kMaxMagnitude))
        return e;
    e.valid = true;
    e.scale = static_cast<int>(fraction.size());
    integer.remove_prefix(std::min(integer.find_first_not_of('0'), integer.size()));
    if (negative && !digits.empty())
        e.canonical = "-";
    e.canonical += integer.empty() ? std::string("0") : std::string(integer);
    if (!fraction.empty())
        e.canonical += "." + std::string(fraction);
    return e;
}

// Runs `op`; nullopt when it overflows (InvalidInput is the documented error).
template <typename Op> std::optional<Decimal> tried(Op&& op) {
    try {
        return op();
    } catch (const InvalidInput&) {
        return std::nullopt;
    }
}

// One unit in the last place at `scale`, times `units`.
Decimal units(std::int64_t count, int scale) {
    return Decimal(Int128(count), scale);
}

void checkParse(std::string_view text, const std::optional<Decimal>& parsed,
                const std::string& why) {
    const Expected e = expectedParse(text);
    FUZZ_CHECK(parsed.has_value() == e.valid,
               std::string(e.valid ? "refused" : "accepted") + " \"" + std::string(text) + "\"");
    if (!parsed) {
        FUZZ_CHECK(!why.empty(), "refused without a reason");
        return;
    }
    FUZZ_CHECK(parsed->scale() == e.scale && parsed->toString() == e.canonical,
               "\"" + std::string(text) + "\" reads as " + parsed->toString());
    // Every smaller maxScale refuses it exactly when it has more decimals.
    for (int maxScale = 0; maxScale <= Decimal::kMaxScale; ++maxScale)
        FUZZ_CHECK(Decimal::parse(text, maxScale).has_value() == (e.scale <= maxScale),
                   "maxScale " + std::to_string(maxScale) + " and \"" + std::string(text) + "\"");
}

void checkOne(const Decimal& x) {
    const std::string text = x.toString();
    const std::optional<Decimal> back = Decimal::parse(text);
    FUZZ_CHECK(back && *back == x && back->scale() == x.scale() && back->toString() == text,
               "no round trip of " + text);

    std::string ungrouped = x.toGroupedString();
    std::erase(ungrouped, ',');
    FUZZ_CHECK(ungrouped == text, "grouped " + x.toGroupedString() + " is not " + text);

    FUZZ_CHECK(-(-x) == x && (-x).sign() == -x.sign() && x.abs().sign() == (x.isZero() ? 0 : 1),
               "negation of " + text);
    FUZZ_CHECK(x.abs() == (x.isNegative() ? -x : x), "abs of " + text);

    for (int scale = 0; scale <= Decimal::kMaxScale; ++scale) {
        // At least `scale` decimals: padding a huge number may overflow (InvalidInput).
        if (const std::optional<Decimal> t = tried([&] { return x.trimmed(scale); })) {
            FUZZ_CHECK(*t == x && t->scale() >= scale, "trimmed " + text);
            FUZZ_CHECK(t->scale() <= std::max(scale, x.scale()), "trimmed " + text + " grew");
            FUZZ_CHECK(t->scale() <= scale || t->mantissa() % 10 != 0,
                       "trimmed " + text + " keeps a trailing zero: " + t->toString());
        } else {
            FUZZ_CHECK(scale > x.scale(), "trimming " + text + " overflowed");
        }

        // Half-even rounding: within half a unit of `scale`, and even on a tie.
        const Decimal r = x.rounded(scale);
        FUZZ_CHECK(r.scale() == std::min(scale, x.scale()), "rounded scale of " + text);
        if (scale < x.scale()) {
            const Decimal error = (x - r).abs();
            const Decimal half = units(5, scale + 1);
            FUZZ_CHECK(error <= half, text + " rounded to " + r.toString());
            FUZZ_CHECK(error != half || r.mantissa() % 2 == 0,
                       "tie of " + text + " rounded to odd " + r.toString());
        } else {
            FUZZ_CHECK(r == x && r.scale() == x.scale(), "rounded " + text + " changed");
        }

        // Rescaling is exact or refused.
        std::optional<Decimal> rescaled;
        try {
            rescaled = x.rescaled(scale);
        } catch (const InvalidInput&) {
        }
        if (rescaled)
            FUZZ_CHECK(*rescaled == x && rescaled->scale() == scale,
                       "rescaled " + text + " is " + rescaled->toString());
        else if (scale < x.scale())
            FUZZ_CHECK(x.rounded(scale) != x, "refused to drop zeros of " + text);
        // (Refused to a larger scale only on overflow, which the 128-bit range decides.)

        try {
            const std::int64_t scaled = x.toScaled(scale);
            FUZZ_CHECK(Decimal::fromScaled(scaled, scale) == x, "toScaled of " + text);
        } catch (const InvalidInput&) {
            FUZZ_CHECK(!rescaled ||
                           rescaled->mantissa() >
                               Int128(std::numeric_limits<std::int64_t>::max()) ||
                           rescaled->mantissa() < Int128(std::numeric_limits<std::int64_t>::min()),
                       "toScaled refused " + text + " at " + std::to_string(scale));
        }
    }
}

void checkTwo(const Decimal& a, const Decimal& b) {
    const std::string what = a.toString() + " and " + b.toString();
    const std::optional<Decimal> sum = tried([&] { return a + b; });
    const std::optional<Decimal> difference = tried([&] { return a - b; });
    const std::optional<Decimal> reversed = tried([&] { return b - a; });
    if (sum) {
        FUZZ_CHECK(*sum == b + a && sum->scale() == std::max(a.scale(), b.scale()), "sum " + what);
        // a comes back at the sum's scale, where it may not fit the 128 bits itself.
        const std::optional<Decimal> back = tried([&] { return *sum - b; });
        const bool fits = tried([&] { return a.rescaled(sum->scale()); }).has_value();
        FUZZ_CHECK(back.has_value() == fits && (!back || *back == a), "(a + b) - b of " + what);
    }
    if (difference) {
        FUZZ_CHECK(reversed && *difference == -*reversed, "a - b and b - a of " + what);
        FUZZ_CHECK((a <=> b) == (difference->sign() <=> 0) && (a == b) == difference->isZero(),
                   "ordering of " + what);
    }

    const int exactScale = a.scale() + b.scale();
    const std::optional<Decimal> exact =
        exactScale <= Decimal::kMaxScale
            ? tried([&] { return Decimal::multiply(a, b, exactScale); })
            : std::nullopt;
    if (exact) {
        FUZZ_CHECK(*exact == Decimal::multiply(b, a, exactScale), "a × b ≠ b × a for " + what);
        if (!b.isZero())
            FUZZ_CHECK(Decimal::divide(*exact, b, a.scale()) == a, "(a × b) ÷ b for " + what);
    }
    for (int scale = 0; scale <= Decimal::kMaxScale; ++scale) {
        const std::optional<Decimal> product =
            tried([&] { return Decimal::multiply(a, b, scale); });
        if (product && exact)
            FUZZ_CHECK(*product == exact->rounded(scale),
                       "product of " + what + " at " + std::to_string(scale) + " is " +
                           product->toString() + ", not " + exact->rounded(scale).toString());

        if (b.isZero())
            continue;
        const std::optional<Decimal> quotient = tried([&] { return Decimal::divide(a, b, scale); });
        // |a - q·b| ≤ |b|·½·10^-scale, and on equality q is even; checked where exact.
        const int productScale = scale + 1 + b.scale();
        if (!quotient || productScale > Decimal::kMaxScale ||
            std::max(a.scale(), productScale) > Decimal::kMaxScale)
            continue;
        const std::optional<Decimal> back =
            tried([&] { return Decimal::multiply(*quotient, b, productScale); });
        const std::optional<Decimal> half =
            tried([&] { return Decimal::multiply(b.abs(), units(5, scale + 1), productScale); });
        if (!back || !half)
            continue;
        const std::optional<Decimal> rest = tried([&] { return (a - *back).abs(); });
        if (!rest)
            continue;
        FUZZ_CHECK(*rest <= *half, "quotient of " + what + " is " + quotient->toString());
        FUZZ_CHECK(*rest != *half || quotient->mantissa() % 2 == 0,
                   "tie in the quotient of " + what + " rounded to odd " + quotient->toString());
    }
}

} // namespace
} // namespace barter::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace barter;
    using namespace barter::fuzz;
    return guarded("decimal", [&] {
        const std::string_view input(reinterpret_cast<const char*>(data), size);
        const std::size_t bar = input.find('|');
        std::optional<Decimal> numbers[2];
        const std::string_view texts[2] = {input.substr(0, bar), bar == std::string_view::npos
                                                                     ? std::string_view()
                                                                     : input.substr(bar + 1)};
        for (int i = 0; i < (bar == std::string_view::npos ? 1 : 2); ++i) {
            std::string why;
            numbers[i] = Decimal::parse(texts[i], Decimal::kMaxScale, &why);
            checkParse(texts[i], numbers[i], why);
            if (numbers[i])
                checkOne(*numbers[i]);
        }
        if (numbers[0] && numbers[1])
            checkTwo(*numbers[0], *numbers[1]);
    });
}
