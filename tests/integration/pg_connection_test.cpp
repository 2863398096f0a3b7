// SPDX-License-Identifier: GPL-3.0-or-later
// The libpq layer (core/storage/pg) against a real PostgreSQL 15 server: the throwaway cluster
// that scripts/test starts (BARTER_TEST_PG names it). Each test works in a database of its own.
#include "error.h"
#include "storage/database.h"
#include "storage/pg/connection.h"
#include "storage/pg/pg_driver.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>

namespace barter::testing {
namespace {

class PgConnectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        const char* server = std::getenv("BARTER_TEST_PG");
        if (server == nullptr || *server == '\0')
            GTEST_SKIP() << "no test server: scripts/test starts one (BARTER_TEST_PG)";
        m_server = server;
        std::random_device rd;
        m_database = "barter_test_" + std::to_string(rd()) + std::to_string(rd());
        pg::Connection admin(m_server + " dbname=postgres");
        admin.exec("CREATE DATABASE " + pg::quoteIdentifier(m_database));
    }
    void TearDown() override {
        if (m_database.empty())
            return;
        pg::Connection admin(m_server + " dbname=postgres");
        admin.exec("DROP DATABASE IF EXISTS " + pg::quoteIdentifier(m_database) + " WITH (FORCE)");
        for (const std::string& role : m_roles)
            admin.exec("DROP ROLE IF EXISTS " + pg::quoteIdentifier(role));
    }
    pg::Connection connect() { return pg::Connection(m_server + " dbname=" + m_database); }
    std::string role(const std::string& name) {
        m_roles.push_back(m_database + "_" + name);
        return m_roles.back();
    }

    std::string m_server, m_database;
    std::vector<std::string> m_roles;
};

TEST_F(PgConnectionTest, ParametersTravelAsValuesNeverAsSql) {
    pg::Connection db = connect();
    EXPECT_EQ(db.database(), m_database);
    EXPECT_GE(db.serverVersion(), 150000);
    db.exec("CREATE TABLE party (code text PRIMARY KEY, name text, native text)");
    const std::string tricky = "O'Brien\"; DROP TABLE party; --";
    db.exec("INSERT INTO party VALUES ($1, $2, $3)", {"KP-B", tricky, std::nullopt});
    db.exec("INSERT INTO party VALUES ($1, $2, $3)",
            {"RU-A", "Russian side", "Российская сторона"});
    pg::Result r = db.exec("SELECT code, name, native FROM party ORDER BY code", {});
    ASSERT_EQ(r.rows(), 2);
    EXPECT_EQ(r.text(0, 1), tricky);
    EXPECT_TRUE(r.isNull(0, 2));
    EXPECT_EQ(r.optionalText(1, 2), std::optional<std::string>("Российская сторона"));
    EXPECT_EQ(db.exec("SELECT count(*) FROM party").integer(0, 0), 2);
    EXPECT_EQ(db.exec("SELECT current_setting('TimeZone')").text(0, 0), "UTC");
}

TEST_F(PgConnectionTest, ATransactionRollsBackUnlessCommitted) {
    pg::Connection db = connect();
    db.exec("CREATE TABLE t (n bigint)");
    {
        pg::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    {
        pg::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (2)");
        tx.commit();
    }
    EXPECT_EQ(db.exec("SELECT coalesce(sum(n), 0) FROM t").integer(0, 0), 2);
}

TEST_F(PgConnectionTest, ServerErrorsCarryTheirSqlState) {
    pg::Connection db = connect();
    db.exec("CREATE TABLE t (code text PRIMARY KEY)");
    db.exec("INSERT INTO t VALUES ($1)", {"A"});
    try {
        db.exec("INSERT INTO t VALUES ($1)", {"A"});
        FAIL();
    } catch (const pg::ServerError& e) {
        EXPECT_EQ(e.sqlState(), "23505");
        EXPECT_NE(std::string(e.what()).find("duplicate key"), std::string::npos) << e.what();
    }
    EXPECT_EQ(db.exec("SELECT count(*) FROM t").integer(0, 0), 1); // the connection goes on
}

TEST_F(PgConnectionTest, CopyLoadsEveryRowOrNone) {
    pg::Connection db = connect();
    db.exec("CREATE TABLE line (seq bigint, good text, quantity bigint)");
    int chunk = 0;
    const std::int64_t copied =
        db.copyIn("COPY line FROM STDIN (FORMAT csv)", [&chunk](std::string& out) {
            for (int i = 0; i < 1000; ++i)
                out += std::to_string(chunk * 1000 + i) + ",WHEAT," + std::to_string(i) + "\n";
            return ++chunk < 20;
        });
    EXPECT_EQ(copied, 20000);
    EXPECT_EQ(db.exec("SELECT count(*) FROM line").integer(0, 0), 20000);
    // A bad row: the server refuses the whole COPY.
    EXPECT_THROW(db.copyIn("COPY line FROM STDIN (FORMAT csv)",
                           [](std::string& out) {
                               out = "1,WHEAT,5\n2,WHEAT,five\n";
                               return false;
                           }),
                 pg::ServerError);
    // The client gives up half-way: nothing of it stays.
    EXPECT_THROW(db.copyIn("COPY line FROM STDIN (FORMAT csv)",
                           [n = 0](std::string& out) mutable {
                               if (++n > 3)
                                   throw InvalidInput("quantity", "must be greater than zero");
                               out = "9,BEER,1\n";
                               return true;
                           }),
                 InvalidInput);
    EXPECT_EQ(db.exec("SELECT count(*) FROM line").integer(0, 0), 20000);
}

TEST_F(PgConnectionTest, LoginsUseScramAndAFailedOneSaysOnlyLoginFailed) {
    pg::Connection db = connect();
    const std::string clerk = role("clerk");
    const std::string encrypted = db.encryptPassword(clerk, "clerk-pass-1234");
    EXPECT_EQ(encrypted.rfind("SCRAM-SHA-256$", 0), 0u) << encrypted;
    EXPECT_EQ(encrypted.find("clerk-pass-1234"), std::string::npos);
    db.exec("CREATE ROLE " + pg::quoteIdentifier(clerk) + " LOGIN PASSWORD " + "'" + encrypted +
            "'");
    const std::string asClerk = m_server + " dbname=" + m_database + " user=" + clerk;
    pg::Connection logged(asClerk, std::string("clerk-pass-1234"));
    EXPECT_EQ(logged.user(), clerk);
    for (const auto& [who, password] : std::vector<std::pair<std::string, std::string>>{
             {asClerk, "wrong-pass"},
             {m_server + " dbname=" + m_database + " user=nobody_here", "clerk-pass-1234"}}) {
        try {
            pg::Connection refused(who, password);
            FAIL() << who;
        } catch (const PermissionDenied& e) {
            EXPECT_STREQ(e.what(), "login failed");
        }
    }
}

TEST_F(PgConnectionTest, AnUnreachableServerIsAStorageErrorWithTheReason) {
    try {
        pg::Connection unreachable("host=/nonexistent-barter-socket-dir port=5432 dbname=x");
        FAIL();
    } catch (const PermissionDenied&) {
        FAIL() << "an unreachable server is not a failed login";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("cannot connect to the server"), std::string::npos)
            << e.what();
    }
}

TEST_F(PgConnectionTest, ScansReadManyRowsInBatchesFromOneSnapshot) {
    Database db(std::make_unique<storage::PgConnection>(connect()), m_database);
    db.exec("CREATE TABLE n (i bigint PRIMARY KEY)");
    db.exec("INSERT INTO n SELECT g FROM generate_series(1, 10000) g");
    pg::Connection otherDesk = connect();
    Statement outlives = db.prepareScan("SELECT i FROM n ORDER BY i");
    {
        ReadSnapshot snapshot(db);
        EXPECT_TRUE(db.inTransaction());
        Statement all = db.prepareScan("SELECT i FROM n WHERE i > ?1 ORDER BY i");
        Statement evens = db.prepareScan("SELECT i FROM n WHERE i % 2 = 0 ORDER BY i");
        all.bind(1, 0);
        std::int64_t count = 0;
        while (all.step()) {
            ++count;
            ASSERT_EQ(all.getInt(0), count);
            if (count == 5000) { // another desk writes halfway: the snapshot does not see it
                otherDesk.exec("INSERT INTO n SELECT g FROM generate_series(10001, 20000) g");
                // Batches, not the whole result: the open scans are the server's cursors.
                EXPECT_EQ(db.queryInt("SELECT count(*) FROM pg_cursors WHERE name LIKE "
                                      "'barter\\_scan\\_%'"),
                          2);
            }
            if (count % 2 == 0) { // two scans and plain statements interleaved on one connection
                ASSERT_TRUE(evens.step());
                ASSERT_EQ(evens.getInt(0), count);
                ASSERT_EQ(db.queryInt("SELECT 1"), 1);
            }
        }
        EXPECT_EQ(count, 10000);
        EXPECT_FALSE(evens.step());
        EXPECT_FALSE(all.step());
        // Both read to their end: their cursors are closed.
        EXPECT_EQ(
            db.queryInt("SELECT count(*) FROM pg_cursors WHERE name LIKE 'barter\\_scan\\_%'"), 0);
        Statement again = db.prepareScan("SELECT i FROM n ORDER BY i");
        for (int k = 0; k < 5000; ++k)
            ASSERT_TRUE(again.step());
        again.reset(); // starts again, its cursor closed
        EXPECT_EQ(
            db.queryInt("SELECT count(*) FROM pg_cursors WHERE name LIKE 'barter\\_scan\\_%'"), 0);
        ASSERT_TRUE(again.step());
        EXPECT_EQ(again.getInt(0), 1);
        ASSERT_TRUE(outlives.step());
        // Nothing is written inside a read.
        EXPECT_THROW(Transaction{db}, StorageError);
    }
    EXPECT_FALSE(db.inTransaction());
    {
        // A scan whose transaction ended leaves the next one alone.
        Transaction tx(db);
        db.exec("INSERT INTO n VALUES (0)");
        outlives.reset();
        tx.commit();
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM n"), 20001);
    // Outside a transaction a scan is a plain statement.
    Statement plain = db.prepareScan("SELECT count(*) FROM n");
    ASSERT_TRUE(plain.step());
    EXPECT_EQ(plain.getInt(0), 20001);
}

} // namespace
} // namespace barter::testing
