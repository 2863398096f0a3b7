// SPDX-License-Identifier: GPL-3.0-or-later
// Imports (DESIGN.md §7): one transaction, every bad row listed with its line and column.
#include "book_fixture.h"

#include "error.h"
#include "storage/database.h"

#include <cstdio>
#include <fstream>

namespace barter::testing {
namespace {

class ImportTest : public BookTest {
protected:
    std::string file(const std::string& name, const std::string& content) {
        std::string path = (dir() / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    static std::vector<std::pair<long, std::string>> where(const InvalidInput& e) {
        std::vector<std::pair<long, std::string>> out;
        for (const Problem& p : e.problems())
            out.emplace_back(p.line, p.field);
        return out;
    }
};

TEST_F(ImportTest, DeliveriesGroupByReferenceAndPostInDateOrder) {
    const std::string csv = file("d.csv", "reference,date,shipper,good,quantity,memo\n"
                                          "B-2,2023-03-05,KP-B,BEER,100,\n"
                                          "A-1,2023-03-01,RU-A,WHEAT,1.5,first\n"
                                          "A-1,2023-03-01,KP-B,BEER,10,\n");
    ImportResult r = book().journal().importDeliveries(*clerk, csv, "AGR");
    EXPECT_EQ(r.rows, 3);
    EXPECT_EQ(r.created, 2);
    EXPECT_EQ(r.lines, 3);
    std::optional<Exchange> first = book().journal().exchange(*auditor, 1);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->reference, "A-1");
    EXPECT_EQ(first->lines.size(), 2u);
    EXPECT_EQ(first->memo, "first");
    // 1.5 × 210.125 = 315.1875 -> 315.19; 10 l beer = 11.00; 100 l = 110.00.
    EXPECT_EQ(balance().toString(), "194.19");
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(ImportTest, AnyBadRowRefusesTheWholeFileAndListsEveryRow) {
    book().journal().post(*clerk, draft("2023-02-01", "TAKEN", {{"RU-A", "WHEAT", "1"}}));
    const std::string csv = file("bad.csv",
                                 "date,reference,shipper,good,quantity,value\n"
                                 "2023-03-01,OK-1,RU-A,WHEAT,1,210.12\n" // 2: fine
                                 "2023-03-01,V-1,RU-A,WHEAT,1,210.13\n"  // 3: value
                                 "2023-13-01,D-1,RU-A,WHEAT,1,\n"        // 4: date
                                 "2023-03-02,TAKEN,RU-A,WHEAT,1,\n"      // 5: reference
                                 "2023-03-02,Q-1,RU-A,WHEAT,1e3,\n"      // 6: quantity
                                 "2023-03-02,S-1,CN-X,NOPE,1,\n"         // 7: shipper, good
                                 "2023-03-02,OK-1,RU-A,WHEAT,1,\n");     // 8: date differs
    try {
        book().journal().importDeliveries(*clerk, csv, "AGR");
        FAIL() << "imported a bad file";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.source(), csv);
        EXPECT_EQ(where(e), (std::vector<std::pair<long, std::string>>{{3, "value"},
                                                                       {4, "date"},
                                                                       {5, "reference"},
                                                                       {6, "quantity"},
                                                                       {7, "shipper"},
                                                                       {7, "good"},
                                                                       {8, "date"}}));
    }
    EXPECT_EQ(balance().toString(), "210.12"); // only the exchange posted before
    EXPECT_FALSE(book().journal().exchange(*auditor, 2));
}

TEST_F(ImportTest, HeaderProblemsNameTheColumn) {
    const std::string csv =
        file("h.csv", "date,reference,shipper,good,qty\n2023-03-01,R,RU-A,WHEAT,1\n");
    try {
        book().journal().importDeliveries(*clerk, csv, "AGR");
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(where(e),
                  (std::vector<std::pair<long, std::string>>{{1, "quantity"}, {1, "qty"}}));
    }
}

TEST_F(ImportTest, SwingLimitAppliesToImportedExchanges) {
    const std::string csv = file("s.csv", "date,reference,shipper,good,quantity\n"
                                          "2023-03-01,A,RU-A,WHEAT,40\n"
                                          "2023-03-02,B,RU-A,WHEAT,40\n");
    try {
        book().journal().importDeliveries(*clerk, csv, "AGR");
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(where(e), (std::vector<std::pair<long, std::string>>{{3, "swing"}}));
    }
    EXPECT_TRUE(balance().isZero());
}

TEST_F(ImportTest, GoodsAndPricesImportAllOrNothing) {
    const std::string goods = file("g.csv", "code,name,hs_code,unit,decimals\n"
                                            "SALT,Salt,250100,t,3\n"
                                            "OIL,\"Oil, crude\",2709,bbl,\n");
    EXPECT_EQ(book().masterData().importGoods(*manager, goods).created, 2);
    const std::string bad = file("g2.csv", "code,name,hs_code,unit\n"
                                           "SUGAR,Sugar,170199,t\n"
                                           "SALT,Salt again,250100,t\n"
                                           "X,Thing,12,parsec\n");
    try {
        book().masterData().importGoods(*manager, bad);
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(where(e), (std::vector<std::pair<long, std::string>>{{3, "code"}, {4, "unit"}}));
    }
    EXPECT_EQ(book().masterData().goods(*auditor).size(), 4u); // WHEAT, BEER, SALT, OIL — no SUGAR
    const std::string prices = file("p.csv", "good,effective_from,unit_price\n"
                                             "SALT,2023-01-01,60.5\n"
                                             "OIL,2023-01-01,70.123456\n"
                                             "SALT,2023-01-01,61\n");
    try {
        book().masterData().importPrices(*manager, prices, "AGR");
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(where(e), (std::vector<std::pair<long, std::string>>{{4, "effective_from"}}));
    }
    EXPECT_EQ(book().masterData().prices(*auditor, "AGR").size(), 3u);
}

TEST_F(ImportTest, MalformedCsvIsReportedWithItsLine) {
    const std::string csv = file("m.csv", "date,reference,shipper,good,quantity\n"
                                          "2023-03-01,R,RU-A,WHEAT\n"
                                          "2023-03-01,\"open,RU-A,WHEAT,1\n");
    try {
        book().journal().importDeliveries(*clerk, csv, "AGR");
        FAIL();
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 2u);
        EXPECT_EQ(e.problems()[0].line, 2);
        EXPECT_EQ(e.problems()[1].line, 3);
    }
}

std::string manyDeliveries(int rows, int badRow) {
    std::string csv = "date,reference,shipper,good,quantity\n";
    for (int i = 0; i < rows; ++i) {
        // Within each month the shippers alternate and both ship the same value (210.12 CU
        // before July, 220.00 after), so the balance stays inside the swing limit.
        const int month = i % 12 + 1;
        const bool fromA = (i / 12) % 2 == 0;
        csv += "2023-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-15,R" +
               std::to_string(i) + "," +
               (fromA       ? "RU-A,WHEAT,1"
                : month < 7 ? "KP-B,BEER,191.02"
                            : "KP-B,BEER,200") +
               (i == badRow ? "x" : "") + "\n";
    }
    return csv;
}

std::int64_t countIndexes(Database& db) {
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN "
                       "('exchange_reference', 'delivery_line_by_date', 'delivery_line_by_good', "
                       "'delivery_line_sums', 'line_screening_by_exemption')");
}

// A large import rebuilds the line indexes and the daily sums once instead of row by row; the
// result must be the same book as row-by-row posting would give.
TEST_F(ImportTest, BulkImportRebuildsIndexesAndDailySums) {
    book().journal().post(*clerk, draft("2023-01-02", "BEFORE", {{"RU-A", "WHEAT", "2"}}));
    const std::string csv = file("many.csv", manyDeliveries(12000, -1));
    ImportResult r = book().journal().importDeliveries(*clerk, csv, "AGR");
    EXPECT_EQ(r.created, 12000);
    EXPECT_EQ(countIndexes(book().database()), 5);
    EXPECT_EQ(balance().toString(), "420.25"); // 2 t before the load; the load nets to zero
    // verify recomputes the daily sums from the lines.
    VerifyResult v = book().integrity().verify(*auditor);
    EXPECT_TRUE(v.ok) << v.problem;
    EXPECT_EQ(v.exchanges, 12001);
    // A posting after the bulk load still updates the daily sums through the trigger.
    Decimal before = balance();
    book().journal().post(*clerk, draft("2023-12-31", "AFTER", {{"RU-A", "WHEAT", "1"}}));
    EXPECT_EQ((balance() - before).toString(), "220.00");
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(ImportTest, BulkImportStillRefusesReferencesTheBookHas) {
    book().journal().post(*clerk, draft("2023-01-02", "R7", {{"RU-A", "WHEAT", "1"}}));
    const std::string csv = file("many.csv", manyDeliveries(12000, -1));
    try {
        book().journal().importDeliveries(*clerk, csv, "AGR");
        FAIL();
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].field, "reference");
        EXPECT_EQ(e.problems()[0].line, 9); // R7 is the eighth data row
    }
    EXPECT_EQ(countIndexes(book().database()), 5);
}

TEST_F(ImportTest, RefusedBulkImportLeavesIndexesAndBookAsTheyWere) {
    const std::string csv = file("many.csv", manyDeliveries(12000, 11999));
    try {
        book().journal().importDeliveries(*clerk, csv, "AGR");
        FAIL();
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].line, 12001);
        EXPECT_EQ(e.problems()[0].field, "quantity");
    }
    EXPECT_EQ(countIndexes(book().database()), 5);
    EXPECT_FALSE(book().journal().exchange(*auditor, 1));
    EXPECT_TRUE(balance().isZero());
}

} // namespace
} // namespace barter::testing
