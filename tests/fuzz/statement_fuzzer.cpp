// SPDX-License-Identifier: GPL-3.0-or-later
// The counterparty statement reader (core/reconcile/statement.h) on any file, against a fixed
// agreement (RU-PRIMORYE, KP-RUNGRA, 2 digits, 2023), a few goods with list prices and a
// mapping of their codes (RU, KP, Cyrillic and Korean names of wheat). Properties checked:
// - only InvalidInput escapes, naming lines inside the file;
// - a statement read has one line per row in the period: rows = lines + outside; every line is
//   dated in the period, has a shipper of the agreement on the right side, a known good, a
//   non-zero quantity at 6 decimals and a value at the unit's digits with the quantity's sign,
//   both fitting the book's 64-bit storage; the digest is the SHA-256 of the file;
// - then no code of it is unknown (unknownCodes agrees with readStatement).
#include "fuzz_file.h"
#include "fuzz_support.h"

#include "audit/chain.h"
#include "reconcile/statement.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

namespace barter::fuzz {
namespace {

struct Fixture {
    reconcile::Mapping mapping;
    reconcile::StatementContext context;
    FuzzFolder folder;
    FuzzFile file{folder, "statement.csv"};

    Fixture() {
        mapping = reconcile::mappingFromRows({{"party", "RU", "RU-PRIMORYE", 2},
                                              {"party", "KP", "KP-RUNGRA", 3},
                                              {"good", "Пшеница", "WHEAT", 4},
                                              {"good", "밀", "WHEAT", 5},
                                              {"good", "맥주", "BEER", 6}});
        context.partyA = "RU-PRIMORYE";
        context.partyB = "KP-RUNGRA";
        context.digits = 2;
        context.from = Date(2023, 1, 1);
        context.through = Date(2023, 12, 31);
        context.goodExists = [](const std::string& good) {
            static const std::set<std::string, std::less<>> goods = {"WHEAT", "BEER", "COAL",
                                                                     "TRUCK"};
            return goods.contains(good);
        };
        // WHEAT repriced in July; BEER at one price; COAL and TRUCK have no price.
        context.listPrice = [](const std::string& good, Date date) -> std::optional<Decimal> {
            if (good == "WHEAT")
                return *Decimal::parse(date < Date(2023, 7, 1) ? "210.125" : "220");
            if (good == "BEER")
                return *Decimal::parse("1.10");
            return std::nullopt;
        };
    }
};

void checkStatement(const reconcile::Statement& st, const Fixture& f, std::string_view input) {
    const auto& c = f.context;
    FUZZ_CHECK(st.rows == static_cast<std::int64_t>(st.lines.size()) + st.outside,
               std::to_string(st.rows) + " rows, " + std::to_string(st.lines.size()) +
                   " lines and " + std::to_string(st.outside) + " outside");
    FUZZ_CHECK(st.sha256 == toHex(chain::sha256(input)), "the digest is not the file's");
    for (const reconcile::Line& line : st.lines) {
        const std::string where = "line " + std::to_string(line.line) + ": ";
        FUZZ_CHECK(line.date >= *c.from && line.date <= c.through, where + "outside the period");
        FUZZ_CHECK(line.shipper == (line.side == Side::A ? c.partyA : c.partyB),
                   where + "shipper " + line.shipper + " on the wrong side");
        FUZZ_CHECK(c.goodExists(line.good), where + "unknown good " + line.good);
        FUZZ_CHECK(line.quantity.scale() == kQuantityScale && !line.quantity.isZero(),
                   where + "quantity " + line.quantity.toString());
        FUZZ_CHECK(line.value.scale() == c.digits, where + "value " + line.value.toString());
        FUZZ_CHECK(line.value.sign() == 0 || line.value.sign() == line.quantity.sign(),
                   where + "value " + line.value.toString() + " against quantity " +
                       line.quantity.toString());
        line.quantity.toScaled(kQuantityScale); // throws (a finding) unless it fits 64 bits
        line.value.toScaled(c.digits);
        FUZZ_CHECK(line.line >= 2 && line.line <= physicalLines(input),
                   where + "not a line of the file");
    }
}

} // namespace
} // namespace barter::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace barter;
    using namespace barter::fuzz;
    return guarded("statement", [&] {
        static Fixture f;
        const std::string_view input(reinterpret_cast<const char*>(data), size);
        const std::string& path = f.file.write(input);
        std::optional<reconcile::Statement> st;
        try {
            st = reconcile::readStatement(path, f.mapping, f.context);
        } catch (const InvalidInput& e) {
            checkProblems(e, input);
            if (std::getenv("BARTER_FUZZ_VERBOSE") != nullptr)
                for (const Problem& p : e.problems())
                    std::fprintf(stderr, "refused: %ld: %s: %s\n", p.line, p.field.c_str(),
                                 p.message.c_str());
        }
        if (st && std::getenv("BARTER_FUZZ_VERBOSE") != nullptr)
            std::fprintf(stderr, "read: %zu lines, %lld outside\n", st->lines.size(),
                         static_cast<long long>(st->outside));
        reconcile::UnknownCodes unknown;
        try {
            unknown = reconcile::unknownCodes(path, f.mapping, f.context);
        } catch (const InvalidInput& e) {
            checkProblems(e, input);
            FUZZ_CHECK(!st, "unknownCodes refused a statement that was read");
        }
        if (!st)
            return;
        checkStatement(*st, f, input);
        FUZZ_CHECK(unknown.parties.empty() && unknown.goods.empty(),
                   "a statement was read with unknown codes");
    });
}
