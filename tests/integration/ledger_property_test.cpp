// SPDX-License-Identifier: GPL-3.0-or-later
// The stateful property test (see ledger_property.h): the operations, the random choices they
// are made of, and the runs.
#include "ledger_property.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>

namespace barter::testing {

namespace {

using model::Expectation;

struct GoodSpec {
    const char* code;
    const char* hsCode;
    const char* measure;
    int decimals;
    int maxQuantity;
    std::int64_t typicalPrice; // ×10^6, around which overridden prices are drawn
    bool inFixture;            // BookTest adds it
};
constexpr GoodSpec kGoods[] = {
    {"WHEAT", "100199", "t", 3, 40, 215'000000, true},
    {"BEER", "220300", "l", 2, 5000, 1'500000, true},
    {"COAL", "270112", "t", 0, 100, 98'000000, false},
    {"TIMBER", "440399", "m3", 3, 20000, 333333, false},
    {"CARS", "870323", "pcs", 0, 1, 12000'000000, false},
};

struct PriceSpec {
    const char* agreement;
    const char* good;
    const char* price;
    const char* from;
    bool inFixture;
};
constexpr PriceSpec kPrices[] = {
    {"AGR", "WHEAT", "210.125", "2023-01-01", true},
    {"AGR", "WHEAT", "220", "2023-07-01", true},
    {"AGR", "BEER", "1.10", "2023-01-01", true},
    {"AGR", "COAL", "95.5", "2023-01-01", false},
    {"AGR", "COAL", "101.25", "2024-04-01", false},
    {"AGR", "TIMBER", "0.333333", "2023-01-01", false},   // values round half-even
    {"AGR", "CARS", "12345.678901", "2024-01-01", false}, // none before: a line needs a price
    {"AGR2", "WHEAT", "199.5", "2023-06-01", false},
    {"AGR2", "COAL", "0.125", "2023-06-01", false},
    {"AGR2", "BEER", "2.000001", "2024-01-01", false},
};

// The swing limit of the second agreement, AGR2 (AGR's is swing()).
constexpr const char* kSwing2 = "25000";

// Seed 4 closes a period before anything is posted (see
// IntegrityTest.EveryBookExtendsTheEmptyJournalsHead).
constexpr std::uint64_t kSeeds[] = {4, 7, 8, 11};
constexpr int kDefaultSteps = 250;

const GoodSpec& goodSpec(const std::string& code) {
    for (const GoodSpec& g : kGoods)
        if (code == g.code)
            return g;
    throw std::invalid_argument("no good " + code);
}

// A negotiated price: half to one and a half times the good's typical price, to 6 decimals.
std::string overriddenPrice(const GoodSpec& g, std::mt19937_64& rng) {
    const std::int64_t permille = std::uniform_int_distribution<std::int64_t>(500, 1500)(rng);
    return Decimal::fromScaled(g.typicalPrice * permille / 1000, 6).trimmed(0).toString();
}

// Minor units of the agreement's unit from decimal text.
Int128 minorUnits(const std::string& text, int digits) {
    return model::divideHalfEven(*model::parsePlain(text, model::kScale), model::kScale - digits);
}

} // namespace

void LedgerPropertyTest::SetUp() {
    if (seedFromEnvironment() && GetParam() > 0)
        GTEST_SKIP() << "BARTER_PROPERTY_SEED replays one seed, in the first run";
    const char* verbose = std::getenv("BARTER_PROPERTY_VERBOSE");
    m_verbose = verbose != nullptr && std::string(verbose) == "1";
    BookTest::SetUp();
    // Durability is the crash tests' subject; here a flush at every commit only makes the run
    // slower (most of its time on an ordinary disk). The SQL that runs is the same. (Again
    // after each reopen.)
    book().database().exec("PRAGMA synchronous = OFF");
    manager2.emplace(book().login("manager2", "manager2-pass"));
    for (const GoodSpec& g : kGoods)
        if (!g.inFixture)
            book().masterData().addGood(
                *manager, {g.code, g.code, g.hsCode, g.measure, std::to_string(g.decimals)});
    book().masterData().addUnit(*manager, {"TR", "Transferable rouble", "3"});
    book().masterData().addAgreement(
        *manager, {"AGR2", "KP-B", "RU-A", "TR", kSwing2, "80", "2023-06-01", "2025-06-30"});
    for (const PriceSpec& p : kPrices)
        if (!p.inFixture)
            book().masterData().setPrice(*manager, {p.agreement, p.good, p.price, p.from});

    for (const GoodSpec& g : kGoods)
        m_model.addGood(g.code, g.decimals);
    model::Agreement agr;
    agr.code = "AGR";
    agr.partyA = "RU-A";
    agr.partyB = "KP-B";
    agr.digits = 2;
    agr.swing = minorUnits(swing(), 2);
    agr.validFrom = firstDay();
    model::Agreement agr2;
    agr2.code = "AGR2";
    agr2.partyA = "KP-B";
    agr2.partyB = "RU-A";
    agr2.digits = 3;
    agr2.swing = minorUnits(kSwing2, 3);
    agr2.validFrom = Date(2023, 6, 1);
    agr2.validTo = Date(2025, 6, 30);
    for (const PriceSpec& p : kPrices)
        (std::string(p.agreement) == "AGR" ? agr : agr2).prices[p.good][*Date::parse(p.from)] =
            *model::parsePlain(p.price, model::kScale);
    m_model.addAgreement(std::move(agr));
    m_model.addAgreement(std::move(agr2));
}

// --- random choices ---

int LedgerPropertyTest::uniform(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(m_rng);
}

Date LedgerPropertyTest::dateBetween(Date lo, Date hi) {
    return Date::fromDays(uniform(lo.days(), hi.days()));
}

Date LedgerPropertyTest::dateLike(const std::string& agreement, Date lo, Date hi) {
    std::vector<Date> busy;
    for (const model::Exchange& e : m_model.exchanges())
        if (e.agreement == agreement && e.date >= lo && e.date <= hi)
            busy.push_back(e.date);
    const int roll = uniform(1, 100);
    if (roll <= 8) // the first or last day: a validity's or a close's edge
        return roll <= 4 ? lo : hi;
    if (busy.empty() || roll > 33)
        return dateBetween(lo, hi);
    return busy[pickIndex(busy.size())];
}

const model::Agreement& LedgerPropertyTest::pickAgreement() {
    return m_model.agreement(chance(70) ? "AGR" : "AGR2");
}

std::optional<Date> LedgerPropertyTest::openDate(const model::Agreement& a, bool validOnly) {
    Date lo = firstDay();
    Date hi = lastDay();
    if (validOnly || chance(92)) {
        lo = std::max(lo, a.validFrom);
        hi = std::min(hi, a.validTo.value_or(hi));
    }
    if (const std::optional<Date> closed = a.closedThrough())
        lo = std::max(lo, closed->plusDays(1));
    if (lo > hi)
        return std::nullopt;
    return dateLike(a.code, lo, hi);
}

std::optional<Date> LedgerPropertyTest::closedDate(const model::Agreement& a) {
    const std::optional<Date> closed = a.closedThrough();
    if (!closed || *closed < a.validFrom)
        return std::nullopt;
    return dateLike(a.code, a.validFrom, *closed);
}

DeliveryLineDraft LedgerPropertyTest::randomLine(const model::Agreement& a, Date date,
                                                 bool pricedOnly) {
    DeliveryLineDraft l;
    // The debtor ships more often than the creditor, as in a clearing that works, so the
    // balance keeps coming back inside the swing limit instead of sticking at it.
    const Int128 balance = m_model.extremeBalanceFrom(a.code, date);
    const int aShips = balance > 0 ? 30 : balance < 0 ? 70 : 50;
    l.shipper = chance(aShips) ? a.partyA : a.partyB;
    // Mostly goods with a price on that date; sometimes any good (whose line may need one).
    std::vector<std::string> priced;
    for (const PriceSpec& p : kPrices)
        if (a.code == p.agreement && *Date::parse(p.from) <= date &&
            std::find(priced.begin(), priced.end(), p.good) == priced.end())
            priced.emplace_back(p.good);
    const std::string good = priced.empty() || (!pricedOnly && chance(10))
                                 ? kGoods[pickIndex(std::size(kGoods))].code
                                 : priced[pickIndex(priced.size())];
    const GoodSpec& g = goodSpec(good);
    l.good = good;
    int scale = 1;
    for (int i = 0; i < g.decimals; ++i)
        scale *= 10;
    // Sometimes the smallest quantity, whose value may round to nothing.
    const Decimal quantity =
        Decimal::fromScaled(chance(4) ? 1 : uniform(1, g.maxQuantity * scale), g.decimals);
    l.quantity = chance(50) ? quantity.toString() : quantity.trimmed(0).toString();
    if (chance(12)) {
        // The list price itself (no override), or another price.
        const PriceSpec* listed = nullptr;
        for (const PriceSpec& p : kPrices)
            if (a.code == p.agreement && good == p.good && *Date::parse(p.from) <= date)
                listed = &p;
        l.unitPrice = listed && chance(30) ? std::string(listed->price) : overriddenPrice(g, m_rng);
    }
    return l;
}

ExchangeDraft LedgerPropertyTest::randomDraft(const model::Agreement& a, Date date,
                                              bool withFault) {
    ExchangeDraft d;
    d.agreement = a.code;
    d.date = date.toString();
    d.reference = nextReference("R-");
    if (chance(20))
        d.memo = "shipment by rail, lot " + std::to_string(uniform(1, 99));
    const int lines = chance(60) ? 1 : uniform(2, 4);
    for (int i = 0; i < lines; ++i)
        d.lines.push_back(randomLine(a, date));
    if (std::any_of(d.lines.begin(), d.lines.end(),
                    [](const DeliveryLineDraft& l) { return !l.unitPrice.empty(); }) &&
        chance(95))
        d.priceReason = "price agreed in the contract annex";
    if (!withFault)
        return d;
    DeliveryLineDraft& line = d.lines[static_cast<std::size_t>(uniform(0, lines - 1))];
    const int decimals = goodSpec(line.good).decimals;
    switch (uniform(0, 9)) {
    case 0:
        line.quantity = "1e3";
        break;
    case 1:
        line.quantity = "-5";
        break;
    case 2:
        line.quantity = "0";
        break;
    case 3:
        line.quantity = "abc";
        break;
    case 4: // one decimal more than the good allows
        line.quantity =
            Decimal::fromScaled(uniform(1, 9) + 10 * uniform(0, 999), decimals + 1).toString();
        break;
    case 5:
        line.good = "NOPE";
        break;
    case 6:
        line.shipper = "CN-X";
        break;
    case 7:
        line.unitPrice = overriddenPrice(goodSpec(line.good), m_rng);
        d.priceReason.clear();
        break;
    case 8: { // a reference already posted in this agreement, or none at all
        d.reference.clear();
        std::vector<std::string> taken;
        for (const model::Exchange& e : m_model.exchanges())
            if (e.agreement == a.code)
                taken.push_back(e.reference);
        if (!taken.empty())
            d.reference = taken[pickIndex(taken.size())];
        break;
    }
    default:
        d.date = fmt::format("{}-02-30", date.year());
        break;
    }
    return d;
}

std::string LedgerPropertyTest::nextReference(const char* prefix) {
    std::string reference = prefix + std::to_string(++m_references);
    const int roll = uniform(1, 100);
    if (roll <= 10) // as the other side writes them
        reference = (roll <= 5 ? "НАКЛ-" : "송장-") + reference;
    else if (roll <= 15) // up to the longest allowed, 64 bytes, so "REV-" no longer fits
        reference += "-" + std::string(static_cast<std::size_t>(uniform(
                                           std::max(0, 60 - static_cast<int>(reference.size())),
                                           63 - static_cast<int>(reference.size()))),
                                       'X');
    return reference;
}

const Session& LedgerPropertyTest::session(Actor actor) const {
    switch (actor) {
    case Actor::Manager:
        return *manager;
    case Actor::Manager2:
        return *manager2;
    case Actor::Clerk:
        break;
    }
    return *clerk;
}

const char* LedgerPropertyTest::name(Actor actor) {
    switch (actor) {
    case Actor::Manager:
        return "manager";
    case Actor::Manager2:
        return "manager2";
    case Actor::Clerk:
        break;
    }
    return "clerk";
}

LedgerPropertyTest::Actor LedgerPropertyTest::pickEnterer() {
    const int roll = uniform(1, 100);
    return roll <= 45 ? Actor::Manager : roll <= 60 ? Actor::Manager2 : Actor::Clerk;
}

// --- the runs ---

std::optional<std::uint64_t> LedgerPropertyTest::seedFromEnvironment() {
    const char* text = std::getenv("BARTER_PROPERTY_SEED");
    if (text == nullptr || *text == '\0')
        return std::nullopt;
    if (std::string(text) == "random")
        return (std::uint64_t{std::random_device()()} << 32) | std::random_device()();
    char* end = nullptr;
    const std::uint64_t seed = std::strtoull(text, &end, 10);
    if (*end != '\0')
        ADD_FAILURE() << "BARTER_PROPERTY_SEED=" << text << " is not a number (or \"random\")";
    return seed;
}

int LedgerPropertyTest::stepsFromEnvironment() {
    const char* text = std::getenv("BARTER_PROPERTY_STEPS");
    if (text == nullptr || *text == '\0')
        return kDefaultSteps;
    const int steps = std::atoi(text);
    if (steps <= 0)
        ADD_FAILURE() << "BARTER_PROPERTY_STEPS=" << text << " is not a positive number";
    return steps;
}

void LedgerPropertyTest::step() {
    const int roll = uniform(1, 100);
    bool done = false;
    if (roll <= 28)
        done = recordStep(false);
    else if (roll <= 41)
        done = reverseStep(false);
    else if (roll <= 53)
        done = importStep(false);
    else if (roll <= 64)
        done = submitStep(false);
    else if (roll <= 76)
        done = decideStep(false);
    else if (roll <= 82)
        done = closeStep();
    else if (roll <= 84)
        done = toggleApprovalStep();
    else if (roll <= 86)
        done = reopenStep();
    else // something dated in a closed period, which must be refused
        switch (uniform(0, 4)) {
        case 0:
            done = recordStep(true);
            break;
        case 1:
            done = reverseStep(true);
            break;
        case 2:
            done = importStep(true);
            break;
        case 3:
            done = submitStep(true);
            break;
        default:
            done = decideStep(true);
            break;
        }
    if (!done)
        recordStep(false);
}

void LedgerPropertyTest::run(std::uint64_t seed, int steps) {
    m_rng.seed(seed);
    std::cout << "[ property ] seed " << seed << ", " << steps << " steps\n";
    SCOPED_TRACE(fmt::format("seed {}; replay with BARTER_PROPERTY_SEED={} "
                             "BARTER_PROPERTY_STEPS={} integration_tests "
                             "--gtest_filter='*LedgerPropertyTest*'",
                             seed, seed, steps));
    for (m_step = 1; m_step <= steps; ++m_step) {
        m_touched.clear();
        if (m_verbose)
            for (const auto& [code, a] : m_model.agreements())
                std::cout << fmt::format(
                    "  {}: balance {}, furthest from zero {}\n", code,
                    Decimal(m_model.balance(code, Date::max()), a.digits).toString(),
                    Decimal(m_model.extremeBalanceFrom(code, firstDay()), a.digits).toString());
        step();
        if (!HasFailure())
            checkInvariants();
        if (HasFailure()) {
            std::string trail;
            for (const std::string& line : m_trail)
                trail += "  " + line + "\n";
            ADD_FAILURE() << "stopped at step " << m_step << " of seed " << seed
                          << "; the last steps:\n"
                          << trail;
            return;
        }
    }
    checkClosedPeriods(true);
    std::string summary;
    for (const auto& [what, counts] : m_outcomes)
        summary += fmt::format(" {} {}/{}", what, counts[0], counts[1]);
    std::cout << "[ property ] accepted/refused:" << summary << "\n";
    // The default runs must exercise both outcomes of each operation, or the generator has
    // drifted into testing little.
    if (!seedFromEnvironment() && steps >= kDefaultSteps)
        for (const char* what : {"post", "reverse", "import", "submit", "approve", "close"}) {
            EXPECT_GT(m_outcomes[what][0], 0) << "no " << what << " was accepted";
            EXPECT_GT(m_outcomes[what][1], 0) << "no " << what << " was refused";
        }
}

TEST_P(LedgerPropertyTest, RandomOperationsKeepTheJournalsPromises) {
    run(seedFromEnvironment().value_or(kSeeds[GetParam()]), stepsFromEnvironment());
}

INSTANTIATE_TEST_SUITE_P(Seeds, LedgerPropertyTest,
                         ::testing::Range(0, static_cast<int>(std::size(kSeeds))));

} // namespace barter::testing
