// SPDX-License-Identifier: GPL-3.0-or-later
// A book on a real PostgreSQL 15 server (DESIGN.md §10): the throwaway cluster that scripts/test
// starts (BARTER_TEST_PG names it). Each test gets a database and logins of its own.
#include "book/book.h"
#include "error.h"
#include "storage/pg/connection.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <poll.h>
#include <random>
#include <set>
#include <sstream>
#include <thread>

namespace barter::testing {
namespace {

class PgBookTest : public ::testing::Test {
protected:
    void SetUp() override {
        const char* server = std::getenv("BARTER_TEST_PG");
        if (server == nullptr || *server == '\0')
            GTEST_SKIP() << "no test server: scripts/test starts one (BARTER_TEST_PG)";
        m_server = server;
        std::istringstream words(m_server);
        for (std::string word; words >> word;)
            if (const auto eq = word.find('='); eq != std::string::npos)
                m_params[word.substr(0, eq)] = word.substr(eq + 1);
        std::random_device rd;
        m_tag = std::to_string(rd() % 100000000);
        m_database = "pgbook_" + m_tag;
        superuser().exec("CREATE DATABASE " + pg::quoteIdentifier(m_database));
        m_dir = std::filesystem::temp_directory_path() / ("barter-pg-" + m_tag);
        std::filesystem::create_directories(m_dir);
    }
    void TearDown() override {
        m_books.clear();
        if (m_database.empty())
            return;
        pg::Connection admin = superuser();
        for (const std::string& db : m_databases)
            admin.exec("DROP DATABASE IF EXISTS " + pg::quoteIdentifier(db) + " WITH (FORCE)");
        for (const std::string& db : m_databases)
            for (const char* role : {"owner", "admin", "manager", "clerk", "auditor"})
                admin.exec("DROP ROLE IF EXISTS " + pg::quoteIdentifier(db + "_" + role));
        for (const std::string& login : m_logins)
            admin.exec("DROP ROLE IF EXISTS " + pg::quoteIdentifier(login));
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }

    pg::Connection superuser(const std::string& database = "postgres") {
        return pg::Connection(m_server + " dbname=" + database);
    }
    // A postgresql:// URI of `database` on the test server, as `user` (none: libpq's default).
    std::string uri(const std::string& database, const std::string& user = {}) {
        std::string text = "postgresql:///" + database + "?host=" + m_params["host"];
        if (m_params.count("port"))
            text += "&port=" + m_params["port"];
        if (!user.empty())
            text += "&user=" + user;
        return text;
    }
    // A login name of this test's own (logins are the server's, shared by every database).
    std::string login(const std::string& name) {
        m_logins.insert(name + "_" + m_tag);
        return name + "_" + m_tag;
    }
    // A book in this test's database with an admin, a manager, two clerks and an auditor, the
    // parties, a unit, goods and prices of the file tests.
    Book& makeBook() {
        m_databases.insert(m_database);
        Book::createOnServer(uri(m_database, m_params["user"]), login("admin"), "admin-pass",
                             std::nullopt);
        Book& b = open();
        const Session a = b.login(login("admin"), "admin-pass");
        b.users().addUser(a, login("manager"), "manager", "manager-pass");
        b.users().addUser(a, login("clerk"), "clerk", "clerk-pass");
        b.users().addUser(a, login("clerk2"), "clerk", "clerk2-pass");
        b.users().addUser(a, login("auditor"), "auditor", "auditor-pass");
        const Session m = b.login(login("manager"), "manager-pass");
        b.masterData().addParty(m, {"RU-A", "Russian side", "Российская сторона", "RU"});
        b.masterData().addParty(m, {"KP-B", "Korean side", "조선측", "KP"});
        b.masterData().addUnit(m, {"CU", "Clearing unit", "2"});
        b.masterData().addGood(m, {"WHEAT", "Wheat", "100199", "t", "3"});
        b.masterData().addGood(m, {"OIL", "Crude oil", "270900", "bbl", "0"});
        b.masterData().addAgreement(m, {"AGR", "RU-A", "KP-B", "CU", "", "80", "2023-01-01", ""});
        b.masterData().setPrice(m, {"AGR", "WHEAT", "210.125", "2023-01-01"});
        b.masterData().setPrice(m, {"AGR", "OIL", "70", "2023-01-01"});
        return b;
    }
    // Another desk: a Book object with a connection of its own.
    Book& open() {
        m_books.push_back(std::make_unique<Book>(Book::open(uri(m_database))));
        return *m_books.back();
    }
    std::string file(const std::string& name, const std::string& text) {
        const std::string path = (m_dir / name).string();
        std::ofstream(path) << text;
        return path;
    }
    static ExchangeDraft draft(const std::string& date, const std::string& ref,
                               std::vector<DeliveryLineDraft> lines) {
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = date;
        d.reference = ref;
        d.lines = std::move(lines);
        return d;
    }
    // Runs `sql` as `who` (password `password`) straight through libpq, as a login could outside
    // the application; returns the SQLSTATE of the refusal ("" when the server took it).
    std::string asLogin(const std::string& who, const std::string& password,
                        const std::string& sql) {
        pg::Connection c(m_server + " dbname=" + m_database, password, who);
        try {
            c.exec(sql);
        } catch (const pg::ServerError& e) {
            return e.sqlState().empty() ? "error" : e.sqlState();
        }
        return "";
    }

    std::string m_server, m_tag, m_database;
    std::map<std::string, std::string> m_params;
    std::set<std::string> m_databases, m_logins;
    std::vector<std::unique_ptr<Book>> m_books;
    std::filesystem::path m_dir;
};

TEST_F(PgBookTest, InitRefusesADatabaseThatIsNotEmptyAndChangesNothing) {
    superuser(m_database).exec("CREATE TABLE notes (x int)");
    try {
        Book::createOnServer(uri(m_database, m_params["user"]), login("admin"), "admin-pass",
                             std::nullopt);
        FAIL() << "a database that is not empty was taken";
    } catch (const InvalidInput& e) {
        EXPECT_NE(std::string(e.what()).find("the database is not empty"), std::string::npos)
            << e.what();
    }
    pg::Connection su = superuser();
    EXPECT_EQ(su.exec("SELECT count(*) FROM pg_roles WHERE rolname LIKE '" + m_database +
                      "%' "
                      "OR rolname = '" +
                      login("admin") + "'")
                  .integer(0, 0),
              0);
}

TEST_F(PgBookTest, InitRefusesALoginThatMayNotCreateRoles) {
    pg::Connection su = superuser();
    const std::string plain = login("plain");
    su.exec("CREATE ROLE " + pg::quoteIdentifier(plain) + " LOGIN PASSWORD 'plain-pass'");
    su.exec("ALTER DATABASE " + pg::quoteIdentifier(m_database) + " OWNER TO " +
            pg::quoteIdentifier(plain));
    EXPECT_THROW(Book::createOnServer(uri(m_database, plain), login("admin"), "admin-pass",
                                      std::string("plain-pass")),
                 PermissionDenied);
    EXPECT_EQ(su.exec("SELECT count(*) FROM pg_roles WHERE rolname LIKE '" + m_database + "%'")
                  .integer(0, 0),
              0);
    m_databases.insert(m_database);
}

TEST_F(PgBookTest, UsersAreServerLoginsWithTheirBookRole) {
    Book& b = makeBook();
    const Session a = b.login(login("admin"), "admin-pass");
    std::map<std::string, Role> roles;
    for (const User& u : b.users().list(a))
        roles[u.name] = u.role;
    EXPECT_EQ(roles.at(login("manager")), Role::Manager);
    EXPECT_EQ(roles.at(login("auditor")), Role::Auditor);
    // Any wrong part says only "login failed".
    Book& desk = open();
    EXPECT_THROW(desk.login(login("clerk"), "wrong-pass"), PermissionDenied);
    EXPECT_THROW(desk.login("nobody_" + m_tag, "clerk-pass"), PermissionDenied);
    // A password changed by its user, reset by the admin; a disabled user is let in no more.
    Book& clerkDesk = open();
    const Session c = clerkDesk.login(login("clerk"), "clerk-pass");
    EXPECT_THROW(clerkDesk.users().changePassword(c, "wrong-pass", "clerk-new-pass"),
                 PermissionDenied);
    clerkDesk.users().changePassword(c, "clerk-pass", "clerk-new-pass");
    EXPECT_THROW(open().login(login("clerk"), "clerk-pass"), PermissionDenied);
    EXPECT_EQ(open().login(login("clerk"), "clerk-new-pass").role(), Role::Clerk);
    b.users().resetPassword(a, login("clerk"), "clerk-reset-pass");
    EXPECT_EQ(open().login(login("clerk"), "clerk-reset-pass").role(), Role::Clerk);
    b.users().disableUser(a, login("clerk2"));
    EXPECT_THROW(open().login(login("clerk2"), "clerk2-pass"), PermissionDenied);
    // The password went to the server hashed (SCRAM), never in clear.
    EXPECT_EQ(superuser()
                  .exec("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = '" +
                        login("manager") + "'")
                  .text(0, 0),
              "SCRAM-SHA-256$");
}

TEST_F(PgBookTest, TheServerRefusesWhatNoRoleMayDo) {
    Book& b = makeBook();
    const Session m = b.login(login("manager"), "manager-pass");
    b.journal().post(m, draft("2023-02-01", "R1", {{"RU-A", "WHEAT", "10", ""}}));
    const std::map<std::string, std::string> logins = {{login("clerk"), "clerk-pass"},
                                                       {login("manager"), "manager-pass"},
                                                       {login("auditor"), "auditor-pass"}};
    for (const auto& [who, password] : logins) {
        for (const auto& [table, column] :
             std::map<std::string, std::string>{{"exchange", "memo"},
                                                {"delivery_line", "quantity"},
                                                {"line_screening", "verdict"},
                                                {"audit_event", "detail"},
                                                {"period_close", "agreed_balance"},
                                                {"reconciliation", "their_balance"},
                                                {"restriction_list", "digest"},
                                                {"restriction_rule", "quota"},
                                                {"exemption", "quantity"},
                                                {"price_entry", "unit_price"},
                                                {"balance_day", "a_to_b"},
                                                {"book_user", "role"}}) {
            SCOPED_TRACE(who + " on " + table);
            EXPECT_EQ(asLogin(who, password,
                              "UPDATE barter." + table + " SET " + column + " = " + column),
                      "42501");
            EXPECT_EQ(asLogin(who, password, "DELETE FROM barter." + table), "42501");
            EXPECT_EQ(asLogin(who, password, "TRUNCATE barter." + table), "42501");
        }
        // Only the admin manages users, only through the book's functions.
        EXPECT_EQ(asLogin(who, password, "SELECT barter.user_add('x', 'admin', NULL, 'now')"),
                  "42501");
    }
    // A clerk writes no master data, an auditor nothing but audit events.
    EXPECT_EQ(asLogin(login("clerk"), "clerk-pass",
                      "INSERT INTO barter.party (code, name, native_name, country) "
                      "VALUES ('XX', 'x', 'x', 'XX')"),
              "42501");
    EXPECT_EQ(asLogin(login("auditor"), "auditor-pass",
                      "INSERT INTO barter.pending_exchange (agreement_id, date, reference, memo, "
                      "price_reason, maker, made_at) VALUES (1, '2023-03-01', 'P', '', '', 'a', "
                      "'now')"),
              "42501");
    // The server stamps each row with the login that wrote it, and refuses another name.
    EXPECT_EQ(asLogin(login("clerk"), "clerk-pass",
                      "INSERT INTO barter.audit_event (at, user_name, action, object, detail, "
                      "written_by) VALUES ('now', 'x', 'x', 'x', 'x', '" +
                          login("manager") + "')"),
              "P0001");
    EXPECT_EQ(superuser(m_database)
                  .exec("SELECT written_by FROM barter.exchange WHERE seq = 1")
                  .text(0, 0),
              login("manager"));
}

TEST_F(PgBookTest, VerifyNamesALineInsertedByHandThatBreaksTheRules) {
    Book& b = makeBook();
    const Session m = b.login(login("manager"), "manager-pass");
    b.journal().post(m, draft("2023-02-01", "R1", {{"RU-A", "WHEAT", "10", ""}}));
    // A clerk's login may insert journal rows; one written by hand, with a value that is not
    // quantity × price, chained correctly or not, is found by verify.
    Book& desk = open();
    const Session c = desk.login(login("clerk"), "clerk-pass");
    desk.journal().post(c, draft("2023-02-02", "R2", {{"RU-A", "WHEAT", "1", ""}}));
    EXPECT_EQ(asLogin(login("clerk"), "clerk-pass",
                      "INSERT INTO barter.exchange SELECT 3, agreement_id, '2023-02-03', 'R3', "
                      "memo, NULL, reason, swing_override, posted_by, posted_at, hash, hash "
                      "FROM barter.exchange WHERE seq = 2; "
                      "INSERT INTO barter.delivery_line SELECT 3, 1, agreement_id, '2023-02-03', "
                      "side, good_id, quantity, unit_price, value * 100, price_reason "
                      "FROM barter.delivery_line WHERE exchange_seq = 2"),
              "");
    const Session au = open().login(login("auditor"), "auditor-pass");
    const VerifyResult r = b.integrity().verifyReport(au, std::nullopt);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.firstBadSeq, 3) << r.problem;
}

TEST_F(PgBookTest, APriceEntryRecordsTheJournalsEndWhoeverWritesIt) {
    Book& b = makeBook();
    const Session m = b.login(login("manager"), "manager-pass");
    b.journal().post(m, draft("2023-02-01", "R1", {{"RU-A", "WHEAT", "10", ""}}));
    b.journal().post(m, draft("2023-02-02", "R2", {{"RU-A", "WHEAT", "1", ""}}));
    // A manager's login backdates a price by hand and claims it was there before exchange 1:
    // the server records where the journal ended instead, so verify does not take the posted
    // lines for overrides.
    EXPECT_EQ(asLogin(login("manager"), "manager-pass",
                      "INSERT INTO barter.price_entry (agreement_id, good_id, effective_from, "
                      "unit_price, after_seq) SELECT agreement_id, good_id, '2023-01-15', 1, 0 "
                      "FROM barter.price WHERE unit_price = 210125000"),
              "");
    pg::Connection su = superuser(m_database);
    EXPECT_EQ(
        su.exec("SELECT after_seq FROM barter.price_entry ORDER BY id DESC LIMIT 1").integer(0, 0),
        2);
    EXPECT_EQ(
        asLogin(login("manager"), "manager-pass", "UPDATE barter.price_entry SET after_seq = 0"),
        "42501");
    EXPECT_EQ(asLogin(login("clerk"), "clerk-pass",
                      "INSERT INTO barter.price_entry (agreement_id, good_id, effective_from, "
                      "unit_price, after_seq) SELECT agreement_id, good_id, '2023-01-15', 1, 0 "
                      "FROM barter.price LIMIT 1"),
              "42501");
    const VerifyResult r =
        b.integrity().verifyReport(open().login(login("auditor"), "auditor-pass"), std::nullopt);
    EXPECT_TRUE(r.ok) << r.problem;
}

TEST_F(PgBookTest, ManyDesksPostingAtOnceKeepOneGaplessChain) {
    makeBook();
    constexpr int kDesks = 4;
    constexpr int kEach = 15;
    std::atomic<int> failures{0};
    std::vector<std::thread> desks;
    for (int d = 0; d < kDesks; ++d) {
        Book& desk = open();
        const std::string who = d % 2 == 0 ? login("clerk") : login("manager");
        const std::string password = d % 2 == 0 ? "clerk-pass" : "manager-pass";
        desks.emplace_back([&desk, who, password, d, &failures] {
            try {
                const Session s = desk.login(who, password);
                for (int i = 0; i < kEach; ++i)
                    desk.journal().post(
                        s, draft("2023-03-01", "D" + std::to_string(d) + "-" + std::to_string(i),
                                 {{d % 2 == 0 ? "RU-A" : "KP-B", "WHEAT", "1.5", ""}}));
            } catch (const std::exception& e) {
                ++failures;
                ADD_FAILURE() << e.what();
            }
        });
    }
    for (std::thread& t : desks)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    pg::Connection su = superuser(m_database);
    const pg::Result seqs = su.exec("SELECT count(*), count(DISTINCT seq), min(seq), max(seq) "
                                    "FROM barter.exchange");
    EXPECT_EQ(seqs.integer(0, 0), kDesks * kEach);
    EXPECT_EQ(seqs.integer(0, 1), kDesks * kEach);
    EXPECT_EQ(seqs.integer(0, 2), 1);
    EXPECT_EQ(seqs.integer(0, 3), kDesks * kEach);
    Book& auditorDesk = open();
    const VerifyResult r = auditorDesk.integrity().verify(
        auditorDesk.login(login("auditor"), "auditor-pass"), std::nullopt);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.exchanges, kDesks * kEach);
}

TEST_F(PgBookTest, VerifyWhileAnotherDeskPostsSeesOneStateOfTheBook) {
    makeBook();
    Book& clerkDesk = open();
    const Session c = clerkDesk.login(login("clerk"), "clerk-pass");
    std::atomic<bool> done{false};
    std::thread poster([&] {
        try {
            for (int i = 0; i < 60; ++i)
                clerkDesk.journal().post(
                    c, draft("2023-03-02", "V" + std::to_string(i), {{"RU-A", "WHEAT", "1", ""}}));
        } catch (const std::exception& e) {
            ADD_FAILURE() << e.what();
        }
        done = true;
    });
    Book& auditorDesk = open();
    const Session a = auditorDesk.login(login("auditor"), "auditor-pass");
    std::int64_t seen = 0;
    int runs = 0;
    while (!done || runs == 0) {
        const VerifyResult r = auditorDesk.integrity().verify(a, std::nullopt);
        EXPECT_TRUE(r.ok) << "run " << runs << ": " << r.problem;
        if (!r.ok)
            break; // the poster is joined below either way
        EXPECT_GE(r.exchanges, seen);
        seen = r.exchanges;
        ++runs;
    }
    poster.join();
    EXPECT_EQ(auditorDesk.integrity().verify(a, std::nullopt).exchanges, 60);
}

TEST_F(PgBookTest, TheLastBarrelsOfAQuotaGoToOneDesk) {
    Book& b = makeBook();
    const Session m = b.login(login("manager"), "manager-pass");
    // RU may ship 100 bbl of crude oil to KP a year; 90 are gone.
    b.compliance().importRestrictions(m,
                                      file("quota.csv",
                                           "hs_prefix,from_country,to_country,kind,quota,"
                                           "quota_unit,period,source,valid_from\n"
                                           "2709,RU,KP,quota,100,bbl,year,test,2023-01-01\n"),
                                      "QUOTA", "1");
    b.journal().post(m, draft("2023-04-01", "Q0", {{"RU-A", "OIL", "90", ""}}));
    // Two desks want the last 10 at once: one gets them, the other is refused.
    std::atomic<int> posted{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> desks;
    for (int d = 0; d < 2; ++d) {
        Book& desk = open();
        desks.emplace_back([&desk, d, this, &posted, &refused] {
            const Session s = desk.login(d == 0 ? login("clerk") : login("clerk2"),
                                         d == 0 ? "clerk-pass" : "clerk2-pass");
            try {
                desk.journal().post(s, draft("2023-04-02", "Q" + std::to_string(d + 1),
                                             {{"RU-A", "OIL", "10", ""}}));
                ++posted;
            } catch (const InvalidInput&) {
                ++refused;
            }
        });
    }
    for (std::thread& t : desks)
        t.join();
    EXPECT_EQ(posted.load(), 1);
    EXPECT_EQ(refused.load(), 1);
}

// What a desk's feed hears within `ms` milliseconds: the commits of others (take() counts).
int heard(ChangeFeed& feed, int ms) {
    int total = 0;
    for (int waited = 0; waited < ms; waited += 50) {
        pollfd p{feed.socket(), POLLIN, 0};
        if (poll(&p, 1, 50) > 0)
            total += feed.take();
    }
    return total;
}

TEST_F(PgBookTest, ADeskHearsEveryOtherDesksCommitAndNotItsOwn) {
    makeBook();
    Book& a = open();
    Book& b = open();
    const Session clerk = a.login(login("clerk"), "clerk-pass");
    const Session manager = b.login(login("manager"), "manager-pass");
    const std::unique_ptr<ChangeFeed> feed = b.watchChanges(manager);
    ASSERT_NE(feed, nullptr);
    a.journal().post(clerk, draft("2023-03-01", "A-1", {{"RU-A", "WHEAT", "2", ""}}));
    EXPECT_GE(heard(*feed, 2000), 1);
    // Its own posting its window shows already; a refused one committed nothing.
    b.journal().post(manager, draft("2023-03-02", "B-1", {{"KP-B", "OIL", "3", ""}}));
    EXPECT_THROW(a.journal().post(clerk, draft("2023-03-03", "A-2", {{"RU-A", "NOSUCH", "1", ""}})),
                 Error);
    EXPECT_EQ(heard(*feed, 500), 0);
    // A file book has nothing to watch.
    Book local = Book::create((m_dir / "local.barter").string(), "admin", "admin-pass-1");
    EXPECT_EQ(local.watchChanges(local.login("admin", "admin-pass-1")), nullptr);
}

TEST_F(PgBookTest, ADeskConnectsAgainAfterItsConnectionWasCut) {
    makeBook();
    Book& desk = open();
    const Session clerk = desk.login(login("clerk"), "clerk-pass");
    const std::unique_ptr<ChangeFeed> feed = desk.watchChanges(clerk);
    // The server ends every connection of the clerk, as a restart would.
    superuser(m_database)
        .exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
              "usename = " +
              pg::quoteLiteral(login("clerk")));
    EXPECT_THROW(heard(*feed, 2000), StorageError); // the feed knows at once
    EXPECT_THROW(desk.journal().post(clerk, draft("2023-03-01", "X", {{"RU-A", "WHEAT", "1", ""}})),
                 StorageError);
    desk.reconnect(clerk);
    const PostResult posted =
        desk.journal().post(clerk, draft("2023-03-01", "X", {{"RU-A", "WHEAT", "1", ""}}));
    EXPECT_EQ(posted.exchange.seq, 1); // nothing of the cut-off attempt was left
}

TEST_F(PgBookTest, ACopyCarriesTheChainBetweenFileAndServer) {
    Book& b = makeBook();
    const Session m = b.login(login("manager"), "manager-pass");
    b.journal().post(
        m, draft("2023-02-01", "R1", {{"RU-A", "WHEAT", "10", ""}, {"KP-B", "OIL", "3", ""}}));
    b.journal().post(m, draft("2023-02-05", "R2", {{"KP-B", "OIL", "7", ""}}));
    // A price backdated after both postings: the copies keep when it was entered, so the lines
    // still carry the price in force when they were posted.
    b.masterData().setPrice(m, {"AGR", "WHEAT", "300", "2023-01-15"});
    const Session a = b.login(login("admin"), "admin-pass");
    const std::string copy = (m_dir / "copy.barter").string();
    const CopyResult toFile = b.integrity().copyTo(a, copy, "root", "root-pass-1");
    EXPECT_EQ(toFile.exchanges, 2);
    Book fileBook = Book::open(copy);
    fileBook.setLoginBackoff(0, 0);
    // Passwords stay with the server: only the copy's admin has one.
    EXPECT_THROW(fileBook.login(login("manager"), "manager-pass"), PermissionDenied);
    const Session root = fileBook.login("root", "root-pass-1");
    const VerifyResult fileCheck = fileBook.integrity().verify(root, toFile.head);
    EXPECT_TRUE(fileCheck.ok) << fileCheck.problem;
    EXPECT_EQ(fileCheck.head, toFile.head);
    // And back onto another server database.
    const std::string second = m_database + "_b";
    superuser().exec("CREATE DATABASE " + pg::quoteIdentifier(second));
    m_databases.insert(second);
    const CopyResult back = fileBook.integrity().copyTo(root, uri(second, m_params["user"]),
                                                        login("root2"), "root2-pass");
    EXPECT_EQ(back.head, toFile.head);
    Book serverCopy = Book::open(uri(second));
    const Session root2 = serverCopy.login(login("root2"), "root2-pass");
    const VerifyResult serverCheck = serverCopy.integrity().verify(root2, toFile.head);
    EXPECT_TRUE(serverCheck.ok) << serverCheck.problem;
    EXPECT_EQ(serverCopy.database().queryInt("SELECT max(after_seq) FROM price_entry"), 2);
    EXPECT_EQ(serverCopy.reporting().balances(root2, "AGR", std::nullopt).at(0).balance,
              b.reporting().balances(m, "AGR", std::nullopt).at(0).balance);
}

TEST_F(PgBookTest, ABackupOfAServerBookIsAFileBookThatVerifies) {
    Book& b = makeBook();
    const Session m = b.login(login("manager"), "manager-pass");
    b.journal().post(m, draft("2023-02-01", "R1", {{"RU-A", "WHEAT", "10", ""}}));
    const std::string file = (m_dir / "backup.barter").string();
    b.integrity().backup(m, file);
    EXPECT_THROW(b.integrity().backup(m, file), InvalidInput); // never over an existing file
    // Its maker is the file's admin, with the password they logged in with.
    Book copy = Book::open(file);
    copy.setLoginBackoff(0, 0);
    const Session maker = copy.login(login("manager"), "manager-pass");
    EXPECT_EQ(maker.role(), Role::Admin);
    EXPECT_THROW(copy.login(login("clerk"), "clerk-pass"), PermissionDenied);
    const VerifyResult r = copy.integrity().verify(maker, std::nullopt);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.exchanges, 1);
    // A clerk may not back up the book.
    Book& desk = open();
    EXPECT_THROW(desk.integrity().backup(desk.login(login("clerk"), "clerk-pass"),
                                         (m_dir / "clerk.barter").string()),
                 PermissionDenied);
}

} // namespace
} // namespace barter::testing
