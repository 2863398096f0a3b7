// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimal/decimal.h"

#include "error.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace barter {
namespace {

Decimal dec(const std::string& text) {
    std::string error;
    const std::optional<Decimal> value = Decimal::parse(text, Decimal::kMaxScale, &error);
    if (!value) {
        ADD_FAILURE() << "cannot parse \"" << text << "\": " << error;
        return Decimal();
    }
    return *value;
}

std::string parseError(const std::string& text, int maxScale = Decimal::kMaxScale) {
    std::string error;
    const std::optional<Decimal> value = Decimal::parse(text, maxScale, &error);
    EXPECT_FALSE(value.has_value()) << "accepted \"" << text << "\"";
    return error;
}

// The message of the InvalidInput thrown by `action`, or "" (and a failure) when none was.
template <typename Action> std::string invalidInputMessage(Action&& action) {
    try {
        action();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems().front().field, "number");
        return e.problems().front().message;
    }
    ADD_FAILURE() << "no InvalidInput thrown";
    return {};
}

// Deterministic generator for the round-trip test (splitmix64).
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        m_state += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }

private:
    std::uint64_t m_state;
};

TEST(DecimalParse, AcceptsPlainForms) {
    struct Case {
        const char* text;
        const char* mantissa;
        int scale;
    };
    const std::vector<Case> cases = {
        {"-12.345", "-12345", 3},
        {"0.5", "5", 1},
        {".5", "5", 1},
        {"12", "12", 0},
        {"-.5", "-5", 1},
        {"00012", "12", 0},
        {"0", "0", 0},
        {"-0", "0", 0},
        {"-0.00", "0", 2},
        {"1.500", "1500", 3},
        {"007.10", "710", 2},
        {"340282366920938463463374607431768211455", "340282366920938463463374607431768211455", 0},
        {"-340282366920938463463.374607431768211455", "-340282366920938463463374607431768211455",
         18},
    };
    for (const Case& c : cases) {
        const Decimal value = dec(c.text);
        EXPECT_EQ(value.mantissa().str(), c.mantissa) << c.text;
        EXPECT_EQ(value.scale(), c.scale) << c.text;
    }
    EXPECT_EQ(dec("-0").toString(), "0");
    EXPECT_FALSE(dec("-0").isNegative());
    EXPECT_EQ(dec("-0.00").toString(), "0.00");
}

TEST(DecimalParse, RejectsWhatIsNotAPlainNumber) {
    const std::vector<std::string> rejected = {
        "1e3", "1E3",     "NaN",   "nan",   "inf", "-inf", "Infinity", "0x10",
        "1,5", "1.234,5", "1 000", "+1",    "1.",  "-",    ".",        "-.",
        "--1", "1-",      "1..2",  "1.2.3", " 1",  "1 ",   "\t1",      "1\n",
        "- 1", "1_000",   "١",     "1.5x",  "x1",  "0b1",  "1'000",    "1.2e-3",
    };
    for (const std::string& text : rejected)
        EXPECT_EQ(parseError(text), "not a number: \"" + text + "\"") << text;
    EXPECT_EQ(parseError(""), "no number given");
}

TEST(DecimalParse, ErrorQuotesAtMostFortyCharacters) {
    const std::string text(50, 'x');
    EXPECT_EQ(parseError(text), "not a number: \"" + std::string(40, 'x') + "...\"");
}

TEST(DecimalParse, RejectsTooManyDecimals) {
    EXPECT_EQ(parseError("1.234", 2), "too many decimals: at most 2 allowed");
    EXPECT_EQ(parseError("1.500", 2), "too many decimals: at most 2 allowed");
    EXPECT_EQ(parseError("1.5", 0), "too many decimals: none allowed");
    EXPECT_EQ(parseError("0.1234567890123456789"), "too many decimals: at most 18 allowed");
    EXPECT_TRUE(Decimal::parse("1.23", 2).has_value());
    EXPECT_TRUE(Decimal::parse("7", 0).has_value());
}

TEST(DecimalParse, RejectsNumbersTooLarge) {
    EXPECT_EQ(parseError("1234567890123456789012345678901234567890"), "number too large");
    EXPECT_EQ(parseError("340282366920938463463374607431768211456"), "number too large");
    EXPECT_EQ(parseError("-340282366920938463463374607431768211456"), "number too large");
    EXPECT_EQ(parseError("3402823669209384634633746074317682114.56"), "number too large");
    EXPECT_TRUE(Decimal::parse(std::string(60, '0') + "1").has_value());
}

TEST(DecimalParse, ErrorPointerIsOptional) {
    EXPECT_FALSE(Decimal::parse("1e3").has_value());
    EXPECT_THROW(Decimal::parse("1", 19), std::invalid_argument);
    EXPECT_THROW(Decimal::parse("1", -1), std::invalid_argument);
}

TEST(DecimalFormat, KeepsTheStoredScale) {
    EXPECT_EQ(Decimal(Int128(-12345600), 4).toString(), "-1234.5600");
    EXPECT_EQ(Decimal(Int128(0), 2).toString(), "0.00");
    EXPECT_EQ(Decimal(Int128(-50), 2).toString(), "-0.50");
    EXPECT_EQ(Decimal(Int128(50), 2).toString(), "0.50");
    EXPECT_EQ(Decimal(Int128(7), 0).toString(), "7");
    EXPECT_EQ(Decimal(Int128(-1), 18).toString(), "-0.000000000000000001");
    EXPECT_EQ(Decimal().toString(), "0");
    EXPECT_EQ((-Decimal(Int128(0), 1)).toString(), "0.0");
}

TEST(DecimalFormat, AtAGivenScale) {
    EXPECT_EQ(dec("1.5").toString(3), "1.500");
    EXPECT_EQ(dec("-1.500").toString(1), "-1.5");
    EXPECT_EQ(dec("12").toString(2), "12.00");
    EXPECT_EQ(invalidInputMessage([] { (void)dec("1.25").toString(1); }),
              "1.25 has more than 1 decimals");
}

TEST(DecimalFormat, Grouped) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"-1234567.89", "-1,234,567.89"},
        {"0.50", "0.50"},
        {"0", "0"},
        {"999", "999"},
        {"1000", "1,000"},
        {"-100", "-100"},
        {"123456", "123,456"},
        {"-123456.7", "-123,456.7"},
        {"1234567890123.000001", "1,234,567,890,123.000001"},
        {".5", "0.5"},
    };
    for (const auto& [text, grouped] : cases)
        EXPECT_EQ(dec(text).toGroupedString(), grouped) << text;
}

TEST(DecimalFormat, RoundTripsPseudoRandomValues) {
    SplitMix64 random(20240611);
    for (int i = 0; i < 5000; ++i) {
        const int digits = random.below(31); // magnitude below 10^30
        Int128 magnitude = (Int128(random.next()) << 64) | Int128(random.next());
        magnitude %= powerOfTen(digits);
        const Int128 mantissa = random.below(2) == 0 ? magnitude : Int128(-magnitude);
        const Decimal value(mantissa, random.below(7));
        const std::string text = value.toString();
        std::string error;
        const std::optional<Decimal> parsed = Decimal::parse(text, Decimal::kMaxScale, &error);
        ASSERT_TRUE(parsed.has_value()) << text << ": " << error;
        EXPECT_EQ(*parsed, value) << text;
        EXPECT_EQ(parsed->mantissa(), value.mantissa()) << text;
        EXPECT_EQ(parsed->scale(), value.scale()) << text;
        EXPECT_EQ(parsed->toString(), text);
        std::string ungrouped = value.toGroupedString();
        std::erase(ungrouped, ',');
        EXPECT_EQ(ungrouped, text);
    }
}

TEST(DecimalRounding, HalfEvenOnTheExactMantissa) {
    const std::vector<std::tuple<std::string, int, std::string>> cases = {
        {"0.5", 0, "0"},
        {"1.5", 0, "2"},
        {"2.5", 0, "2"},
        {"3.5", 0, "4"},
        {"0.05", 1, "0.0"},
        {"0.15", 1, "0.2"},
        {"0.25", 1, "0.2"},
        {"0.35", 1, "0.4"},
        {"1.005", 2, "1.00"},
        {"1.0051", 2, "1.01"},
        {"1.015", 2, "1.02"},
        {"0.49", 0, "0"},
        {"0.51", 0, "1"},
        {"2.4999", 0, "2"},
        {"9.5", 0, "10"},
        {"99.95", 1, "100.0"},
        {"0.000000000000000005", 17, "0.00000000000000000"},
    };
    for (const auto& [text, scale, expected] : cases) {
        EXPECT_EQ(dec(text).rounded(scale).toString(), expected) << text;
        const std::string negated =
            expected.find_first_not_of("0.") == std::string::npos ? expected : "-" + expected;
        EXPECT_EQ(dec("-" + text).rounded(scale).toString(), negated) << "-" << text;
    }
}

TEST(DecimalRounding, NoOpAtALargerScale) {
    EXPECT_EQ(dec("1.25").rounded(2).toString(), "1.25");
    EXPECT_EQ(dec("1.25").rounded(5).toString(), "1.25");
    EXPECT_THROW((void)dec("1.25").rounded(19), std::invalid_argument);
}

TEST(DecimalRescale, ExactOrThrows) {
    EXPECT_EQ(dec("1.500").rescaled(1).toString(), "1.5");
    EXPECT_EQ(dec("1.5").rescaled(4).toString(), "1.5000");
    EXPECT_EQ(dec("-3.00").rescaled(0).toString(), "-3");
    EXPECT_EQ(invalidInputMessage([] { (void)dec("1.55").rescaled(1); }),
              "1.55 has more than 1 decimals");
    EXPECT_EQ(invalidInputMessage([] { (void)dec("1" + std::string(30, '0')).rescaled(18); }),
              "overflow: the number is too large");
    EXPECT_THROW((void)dec("1").rescaled(-1), std::invalid_argument);
    EXPECT_THROW(Decimal(Int128(1), 19), std::invalid_argument);
    EXPECT_THROW(Decimal(Int128(1), -1), std::invalid_argument);
}

TEST(DecimalScaled, ExactInt64OrThrows) {
    EXPECT_EQ(dec("1.23").toScaled(2), 123);
    EXPECT_EQ(dec("1.23").toScaled(6), 1230000);
    EXPECT_EQ(dec("-1.230").toScaled(2), -123);
    EXPECT_EQ(dec("9223372036854775807").toScaled(0), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(dec("-9223372036854775808").toScaled(0), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(dec("-92233720368547758.08").toScaled(2), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(invalidInputMessage([] { (void)dec("1.234").toScaled(2); }),
              "1.234 has more than 2 decimals");
    EXPECT_EQ(invalidInputMessage([] { (void)dec("9223372036854775808").toScaled(0); }),
              "overflow: 9223372036854775808 does not fit a 64-bit stored value at 0 decimals");
    EXPECT_THROW((void)dec("-9223372036854775809").toScaled(0), InvalidInput);
    EXPECT_THROW((void)dec("10000000000000").toScaled(6), InvalidInput);
    EXPECT_EQ(Decimal::fromScaled(-123, 2).toString(), "-1.23");
    EXPECT_EQ(Decimal::fromScaled(Decimal::fromScaled(4200, 6).toScaled(6), 6).toString(),
              "0.004200");
    EXPECT_EQ(Decimal::fromInt(-42).toString(), "-42");
}

TEST(DecimalCompare, ByValueAcrossScales) {
    EXPECT_EQ(dec("1.50"), dec("1.5"));
    EXPECT_EQ(dec("0"), dec("-0.000"));
    EXPECT_NE(dec("1.5"), dec("1.51"));
    EXPECT_LT(dec("1.5"), dec("1.51"));
    EXPECT_GT(dec("1.51"), dec("1.5"));
    EXPECT_LT(dec("-1.5"), dec("-1.49"));
    EXPECT_LT(dec("-0.000000000000000001"), dec("0"));
    EXPECT_LE(dec("2"), dec("2.000"));
    EXPECT_EQ(dec("2") <=> dec("2.000"), std::strong_ordering::equal);
    EXPECT_LT(dec("340282366920938463463374607431768211454"),
              dec("340282366920938463463374607431768211455"));
    EXPECT_GT(dec("340282366920938463463374607431768211455"),
              dec("340282366920938463463.374607431768211455"));
}

TEST(DecimalSign, AbsNegateAndSign) {
    EXPECT_EQ(dec("-1.50").abs().toString(), "1.50");
    EXPECT_EQ((-dec("1.50")).toString(), "-1.50");
    EXPECT_EQ((-dec("-1.50")).toString(), "1.50");
    EXPECT_EQ(dec("-0.1").sign(), -1);
    EXPECT_EQ(dec("0.00").sign(), 0);
    EXPECT_EQ(dec("3").sign(), 1);
    EXPECT_TRUE(dec("0.000").isZero());
    EXPECT_TRUE(dec("-3").isNegative());
}

TEST(DecimalArithmetic, AddAndSubtractAlignScales) {
    EXPECT_EQ((dec("1.5") + dec("2.25")).toString(), "3.75");
    EXPECT_EQ((dec("1.5") - dec("2.25")).toString(), "-0.75");
    EXPECT_EQ((dec("1.25") - dec("1.25")).toString(), "0.00");
    EXPECT_EQ((dec("10") + dec("0.000001")).toString(), "10.000001");
    Decimal total;
    total += dec("0.10");
    total += dec("0.20");
    total -= dec("0.3");
    EXPECT_EQ(total.toString(), "0.00");
    EXPECT_TRUE(total.isZero());
}

TEST(DecimalArithmetic, OverflowIsAnInvalidInput) {
    const Decimal max = dec("340282366920938463463374607431768211455");
    EXPECT_EQ(invalidInputMessage([&] { (void)(max + dec("1")); }),
              "overflow: the sum is too large");
    EXPECT_EQ(invalidInputMessage([&] { (void)(-max - dec("1")); }),
              "overflow: the difference is too large");
    EXPECT_EQ(invalidInputMessage([&] { (void)(dec("1" + std::string(38, '0')) + dec("0.1")); }),
              "overflow: the sum is too large");
    EXPECT_EQ((max - dec("1") + dec("1")), max);
    const Decimal big = dec("1" + std::string(20, '0'));
    EXPECT_EQ(invalidInputMessage([&] { (void)Decimal::multiply(big, big, 0); }),
              "overflow: the product is too large");
    EXPECT_EQ(invalidInputMessage([&] { (void)Decimal::multiply(max, dec("1"), 2); }),
              "overflow: the product is too large");
    EXPECT_EQ(
        invalidInputMessage([&] { (void)Decimal::divide(big, dec("0.000000000000000001"), 18); }),
        "overflow: the quotient is too large");
}

TEST(DecimalMultiply, RoundsHalfEvenOnce) {
    const auto product = [](const char* a, const char* b, int scale) {
        return Decimal::multiply(dec(a), dec(b), scale).toString();
    };
    EXPECT_EQ(product("2.5", "1", 0), "2");
    EXPECT_EQ(product("3.5", "1", 0), "4");
    EXPECT_EQ(product("-2.5", "1", 0), "-2");
    EXPECT_EQ(product("10.125", "1", 2), "10.12");
    EXPECT_EQ(product("10.135", "1", 2), "10.14");
    EXPECT_EQ(product("-10.135", "1", 2), "-10.14");
    // 1234.567 t × 123.456789 CU/t = 152415.677625363 CU
    EXPECT_EQ(product("1234.567", "123.456789", 2), "152415.68");
    EXPECT_EQ(product("1234.567", "123.456789", 9), "152415.677625363");
    EXPECT_EQ(product("1234.567", "123.456789", 12), "152415.677625363000");
    EXPECT_EQ(product("-1234.567", "123.456789", 0), "-152416");
    EXPECT_EQ(product("0.05", "0.5", 2), "0.02"); // 0.025
    EXPECT_EQ(product("0.07", "0.5", 2), "0.04"); // 0.035
    EXPECT_EQ(product("0", "-5", 2), "0.00");
    // Products whose exact form needs more than 128 bits but whose result fits.
    EXPECT_EQ(product("12345678901234567890.123456789012345678", "0.100000000000000000", 18),
              "1234567890123456789.012345678901234568");
    EXPECT_EQ(product("1.000000000000000001", "1.000000000000000001", 18), "1.000000000000000002");
    EXPECT_THROW((void)product("1", "1", 19), std::invalid_argument);
}

TEST(DecimalDivide, RoundsHalfEvenOnce) {
    const auto quotient = [](const char* a, const char* b, int scale) {
        return Decimal::divide(dec(a), dec(b), scale).toString();
    };
    EXPECT_EQ(quotient("1", "3", 4), "0.3333");
    EXPECT_EQ(quotient("2", "3", 4), "0.6667");
    EXPECT_EQ(quotient("-2", "3", 4), "-0.6667");
    EXPECT_EQ(quotient("2", "-3", 4), "-0.6667");
    EXPECT_EQ(quotient("-2", "-3", 4), "0.6667");
    EXPECT_EQ(quotient("1", "8", 2), "0.12"); // 0.125
    EXPECT_EQ(quotient("3", "8", 2), "0.38"); // 0.375
    EXPECT_EQ(quotient("-1", "8", 2), "-0.12");
    EXPECT_EQ(quotient("10", "0.25", 0), "40");
    EXPECT_EQ(quotient("1.5", "-0.5", 1), "-3.0");
    EXPECT_EQ(quotient("5", "2", 0), "2");
    EXPECT_EQ(quotient("7", "2", 0), "4");
    EXPECT_EQ(quotient("0.500000000000000000", "1", 0), "0");
    EXPECT_EQ(quotient("1.500000000000000000", "1", 0), "2");
    EXPECT_EQ(quotient("1.500000000000000001", "1", 0), "2");
    EXPECT_EQ(quotient("2.500000000000000001", "1", 0), "3");
    EXPECT_EQ(quotient("152415.677625363", "123.456789", 3), "1234.567");
    EXPECT_EQ(quotient("1", "0.000000000000000003", 18), "333333333333333333.333333333333333333");
    EXPECT_EQ(quotient("0", "7", 3), "0.000");
    EXPECT_EQ(invalidInputMessage([] { (void)Decimal::divide(dec("1"), dec("0.00"), 2); }),
              "division by zero");
}

TEST(DecimalPowerOfTen, ZeroToThirtySix) {
    EXPECT_EQ(powerOfTen(0), Int128(1));
    EXPECT_EQ(powerOfTen(1), Int128(10));
    EXPECT_EQ(powerOfTen(18).str(), "1" + std::string(18, '0'));
    EXPECT_EQ(powerOfTen(36).str(), "1" + std::string(36, '0'));
    EXPECT_THROW((void)powerOfTen(37), std::invalid_argument);
    EXPECT_THROW((void)powerOfTen(-1), std::invalid_argument);
}

} // namespace
} // namespace barter
