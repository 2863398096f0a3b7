// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations on a book written by an earlier version of the program.
#include "book/book.h"
#include "error.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

namespace barter::testing {
namespace {

// tests/integration/data/book-v1.barter was made by the golden fixture script with the last
// program of schema version 1 (before screening): six exchanges, one of them a reversal.
TEST(MigrationTest, AVersionOneBookIsUpgradedAndStillVerifies) {
    namespace fs = std::filesystem;
    std::random_device rd;
    const fs::path dir = fs::temp_directory_path() / ("barter-migration-" + std::to_string(rd()));
    fs::create_directories(dir);
    const std::string path = (dir / "old.barter").string();
    fs::copy_file(fs::path(BARTER_TEST_DATA_DIR) / "book-v1.barter", path);
    {
        Book book = Book::open(path);
        EXPECT_EQ(book.database().queryInt("PRAGMA user_version"), schema::kVersion);
        EXPECT_FALSE(book.settings().approvalRequired());
        EXPECT_EQ(book.database().queryInt("SELECT count(*) FROM pending_exchange"), 0);
        // The price list's history starts at the upgrade: its entries as of exchange 6.
        EXPECT_EQ(book.database().queryInt("SELECT count(*) FROM price_entry WHERE after_seq = 6"),
                  book.database().queryInt("SELECT count(*) FROM price"));
        EXPECT_EQ(
            book.database().queryInt(
                "SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'price_history_from'"),
            6);
        Session auditor = book.login("auditor", "auditor-pass");
        VerifyResult before = book.integrity().verify(auditor);
        EXPECT_TRUE(before.ok) << before.problem;
        EXPECT_EQ(before.exchanges, 6);
        auto balance = book.reporting().balances(auditor, "RUKP", Date::parse("2199-12-31"));
        EXPECT_EQ(balance.front().balance.toString(), "37705.69");
        std::optional<Exchange> old = book.journal().exchange(auditor, 1);
        ASSERT_TRUE(old);
        EXPECT_FALSE(old->lines[0].screening); // posted before screening existed

        Session clerk = book.login("clerk", "clerk-pass");
        ExchangeDraft d;
        d.agreement = "RUKP";
        d.date = "2023-07-01";
        d.reference = "AFTER-UPGRADE";
        d.lines = {{"RU-PRIMORYE", "FLOUR", "1"}};
        PostResult r = book.journal().post(clerk, d);
        ASSERT_TRUE(r.exchange.lines[0].screening);
        EXPECT_EQ(toString(r.exchange.lines[0].screening->verdict), "allowed");
        VerifyResult after = book.integrity().verify(auditor);
        EXPECT_TRUE(after.ok) << after.problem;
        EXPECT_EQ(after.headSeq, std::nullopt);
        EXPECT_EQ(book.integrity().verify(auditor, before.head).headSeq, 6);
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
}

} // namespace
} // namespace barter::testing
