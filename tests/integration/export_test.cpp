// SPDX-License-Identifier: GPL-3.0-or-later
// The hledger journal export gives hledger our clearing balance.
#include "book_fixture.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace barter::testing {
namespace {

std::string run(const std::string& command) {
    std::string output;
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr)
        return output;
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        output.append(buffer.data(), n);
    ::pclose(pipe);
    return output;
}

TEST_F(BookTest, HledgerReadsOurJournalAndAgreesOnTheBalance) {
    if (run("command -v hledger").empty())
        GTEST_SKIP() << "hledger is not installed (scripts/setup installs it)";
    book().journal().post(*clerk, draft("2023-03-01", "A-1",
                                        {{"RU-A", "WHEAT", "10.002"}, {"KP-B", "BEER", "3.33"}}));
    book().journal().post(*clerk, draft("2023-04-01", "B-1", {{"KP-B", "BEER", "1000"}}));
    book().journal().post(*clerk, draft("2023-05-01", "C-1", {{"RU-A", "WHEAT", "0.001"}}));
    book().journal().reverse(*manager, 2, "wrong wagon", "2023-06-01");
    const std::string file = (dir() / "out.journal").string();
    book().exports().exportJournal(*auditor, "AGR", std::nullopt, std::nullopt, file);
    const std::string expected = balance().toString() + " CU";
    std::string out = run("hledger -f '" + file + "' bal clearing -N 2>&1");
    EXPECT_NE(out.find(expected), std::string::npos) << out << "\nexpected " << expected;
    // From a date on, an opening transaction carries the balance brought forward.
    book().exports().exportJournal(*auditor, "AGR", Date::parse("2023-04-15"), std::nullopt, file);
    out = run("hledger -f '" + file + "' bal clearing -N 2>&1");
    EXPECT_NE(out.find(expected), std::string::npos) << out;
}

} // namespace
} // namespace barter::testing
