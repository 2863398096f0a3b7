// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/validate.h"

#include <gtest/gtest.h>

namespace barter {
namespace {

TEST(ValidateTest, Codes) {
    EXPECT_EQ(validate::code("RU-PRIMORYE"), "");
    EXPECT_NE(validate::code("R"), "");
    EXPECT_NE(validate::code("ru-primorye"), "");
    EXPECT_NE(validate::code(std::string(33, 'A')), "");
    EXPECT_EQ(validate::goodCode("WHEAT_1.5"), "");
    EXPECT_NE(validate::goodCode("-WHEAT"), "");
    EXPECT_EQ(validate::unitCode("CU"), "");
    EXPECT_NE(validate::unitCode("1CU"), "");
}

TEST(ValidateTest, CountriesHsCodesAndMeasures) {
    EXPECT_EQ(validate::country("KP"), "");
    EXPECT_NE(validate::country("kp"), "");
    EXPECT_NE(validate::country("KPR"), "");
    EXPECT_EQ(validate::hsCode("27"), "");
    EXPECT_EQ(validate::hsCode("2710192100"), "");
    EXPECT_NE(validate::hsCode("2"), "");
    EXPECT_NE(validate::hsCode("27101921001"), "");
    EXPECT_NE(validate::hsCode("27.10"), "");
    EXPECT_EQ(validate::measure("MWh"), "");
    EXPECT_NE(validate::measure("tonnes"), "");
}

TEST(ValidateTest, TextFields) {
    EXPECT_EQ(validate::name("Приморье"), "");
    EXPECT_EQ(validate::name("릉라무역총회사"), "");
    EXPECT_NE(validate::name(""), "");
    EXPECT_NE(validate::name("a\nb"), "");
    EXPECT_NE(validate::name("\xff"), "");
    EXPECT_NE(validate::reference(" INV-1"), "");
    EXPECT_EQ(validate::reference("INV-1/2024"), "");
}

} // namespace
} // namespace barter
