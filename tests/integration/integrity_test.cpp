// SPDX-License-Identifier: GPL-3.0-or-later
// Integrity: append-only triggers, the hash chain, refusing foreign/newer/damaged files,
// logins, backups.
#include "book_fixture.h"

#include "audit/chain.h"
#include "audit/verify.h"
#include "error.h"
#include "storage/database.h"
#include "storage/journal_store.h"

#include <chrono>
#include <fstream>
#include <iterator>

namespace barter::testing {
namespace {

void writeAll(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

class IntegrityTest : public BookTest {
protected:
    void postSome() {
        for (int i = 1; i <= 5; ++i)
            book().journal().post(*clerk,
                                  draft("2023-03-0" + std::to_string(i), "INV-" + std::to_string(i),
                                        {{i % 2 ? "RU-A" : "KP-B", "WHEAT", "1"}}));
    }
};

TEST_F(IntegrityTest, PostedRowsCannotBeUpdatedOrDeleted) {
    postSome();
    Database& db = book().database();
    EXPECT_THROW(db.exec("UPDATE delivery_line SET value = 1"), StorageError);
    EXPECT_THROW(db.exec("DELETE FROM delivery_line"), StorageError);
    EXPECT_THROW(db.exec("UPDATE exchange SET memo = 'x'"), StorageError);
    EXPECT_THROW(db.exec("DELETE FROM exchange WHERE seq = 5"), StorageError);
    EXPECT_THROW(db.exec("DELETE FROM audit_event"), StorageError);
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(IntegrityTest, VerifyNamesTheFirstAlteredExchange) {
    postSome();
    VerifyResult good = book().integrity().verify(*auditor);
    ASSERT_TRUE(good.ok);
    EXPECT_EQ(good.exchanges, 5);
    // Someone with write access to the file drops the trigger and edits a line.
    Database& db = book().database();
    db.exec("DROP TRIGGER delivery_line_no_update");
    db.exec("UPDATE delivery_line SET quantity = 2000000 WHERE exchange_seq = 3");
    VerifyResult bad = book().integrity().verify(*auditor);
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadSeq, 3);
}

TEST_F(IntegrityTest, VerifyNoticesAChangedDailySumAndAMissingExchange) {
    postSome();
    Database& db = book().database();
    db.exec("UPDATE balance_day SET a_to_b = a_to_b + 1 WHERE date = '2023-03-03'");
    VerifyResult sums = book().integrity().verify(*auditor);
    EXPECT_FALSE(sums.ok);
    EXPECT_NE(sums.problem.find("daily sums"), std::string::npos);
    db.exec("UPDATE balance_day SET a_to_b = a_to_b - 1 WHERE date = '2023-03-03'");
    db.exec("DROP TRIGGER exchange_no_delete");
    db.exec("DROP TRIGGER delivery_line_no_delete");
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("DELETE FROM delivery_line WHERE exchange_seq = 4");
    db.exec("DELETE FROM exchange WHERE seq = 4");
    VerifyResult gap = book().integrity().verify(*auditor);
    EXPECT_FALSE(gap.ok);
    EXPECT_EQ(gap.firstBadSeq, 4);
}

TEST_F(IntegrityTest, AgainstHeadTellsWhetherTheBookExtendsWhatAnAuditorSaw) {
    postSome();
    Hash seen = book().integrity().verify(*auditor).head;
    book().journal().post(*clerk, draft("2023-04-01", "LATER", {{"RU-A", "WHEAT", "1"}}));
    VerifyResult r = book().integrity().verify(*auditor, seen);
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.headSeq, 5);
    Hash other = seen;
    other[0] ^= 1;
    EXPECT_FALSE(book().integrity().verify(*auditor, other).ok);
}

// Regression (found by the stateful property test): a period closed before anything was posted
// records the empty journal's head, all zeros, the head verify itself reports for an empty
// book; verify against that head said "no exchange has the head 000…", because it only
// compared the head with each exchange's hash, never with the start of the chain.
TEST_F(IntegrityTest, EveryBookExtendsTheEmptyJournalsHead) {
    const Hash empty = book().integrity().verify(*auditor).head;
    EXPECT_EQ(empty, Hash{});
    VerifyResult r = book().integrity().verify(*auditor, empty);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.headSeq, 0);
    const auto close =
        book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-01-31"), "0");
    EXPECT_EQ(close.headSeq, 0);
    postSome();
    r = book().integrity().verify(*auditor, empty);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.headSeq, 0);
}

// Someone who can write the file appends an exchange by hand, hash and all, so the chain holds:
// verify still names it when it breaks a rule stored with it (issue 16).
class HandWrittenExchangeTest : public IntegrityTest {
protected:
    // Exchange 5 again as exchange 6, changed by `change`, chained on and appended.
    void appendForged(const std::function<void(Exchange&)>& change) {
        Database& db = book().database();
        std::optional<Exchange> e = journal_store::load(db, 5);
        ASSERT_TRUE(e);
        e->seq = 6;
        e->reference = "FORGED-6";
        change(*e);
        e->prevHash = journal_store::head(db).hash;
        e->hash = chain::link(e->prevHash, *e);
        Transaction tx(db);
        journal_store::append(db, db.queryInt("SELECT id FROM agreement WHERE code = 'AGR'"), *e);
        tx.commit();
    }
};

TEST_F(HandWrittenExchangeTest, ALineNotValuedByTheRulesIsNamed) {
    postSome();
    appendForged([](Exchange& e) {
        DeliveryLine& line = e.lines.front();
        line.value = Decimal(line.value.mantissa() + 100, line.value.scale()); // one unit more
    });
    const VerifyResult r = book().integrity().verify(*auditor);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.chainIntact == false);
    EXPECT_EQ(r.firstBadSeq, 6);
    EXPECT_NE(r.problem.find("line 1 of exchange 6 is valued"), std::string::npos) << r.problem;
    EXPECT_NE(r.problem.find("was not valued by the rules"), std::string::npos) << r.problem;
}

TEST_F(HandWrittenExchangeTest, APriceOffTheListWithoutAReasonIsNamed) {
    postSome();
    // Valued right at a price the list never had, and no reason for the override given.
    appendForged([](Exchange& e) {
        DeliveryLine& line = e.lines.front();
        line.unitPrice = *Decimal::parse("199.000000", kPriceScale);
        line.value = Decimal::multiply(line.quantity, line.unitPrice, line.value.scale());
        line.priceReason.clear();
    });
    const VerifyResult r = book().integrity().verify(*auditor);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.firstBadSeq, 6);
    EXPECT_NE(r.problem.find("line 1 of exchange 6 (WHEAT) is priced 199.000000 without a reason "
                             "for the override, but the price list gave 210.125000 on 2023-03-05"),
              std::string::npos)
        << r.problem;
}

TEST_F(HandWrittenExchangeTest, APriceOffTheListWithAReasonHolds) {
    postSome();
    appendForged([](Exchange& e) {
        DeliveryLine& line = e.lines.front();
        line.unitPrice = *Decimal::parse("199.000000", kPriceScale);
        line.value = Decimal::multiply(line.quantity, line.unitPrice, line.value.scale());
        line.priceReason = "protocol of 2023-03-01";
    });
    const VerifyResult r = book().integrity().verify(*auditor);
    EXPECT_TRUE(r.ok) << r.problem;
}

TEST_F(IntegrityTest, PricesChangedAfterPostingLeaveVerifyOk) {
    postSome();
    // A price backdated to before the posted lines, then the same day's price set again, then a
    // reversal (its line repeats the original's price): each line kept the price in force when
    // it was posted.
    book().masterData().setPrice(*manager, {"AGR", "WHEAT", "205", "2023-02-01"});
    book().masterData().setPrice(*manager, {"AGR", "WHEAT", "206", "2023-02-01"});
    book().journal().reverse(*manager, 2, "entered twice", "2023-03-20");
    const PostResult after =
        book().journal().post(*clerk, draft("2023-03-21", "INV-7", {{"RU-A", "WHEAT", "1"}}));
    EXPECT_EQ(after.exchange.lines.front().unitPrice, *Decimal::parse("206", kPriceScale));
    const VerifyResult r = book().integrity().verify(*auditor);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.exchanges, 7);
    // The history is append-only like the journal.
    EXPECT_THROW(book().database().exec("UPDATE price_entry SET unit_price = 1"), StorageError);
    EXPECT_THROW(book().database().exec("DELETE FROM price_entry"), StorageError);
}

TEST_F(HandWrittenExchangeTest, AnExchangeInAPeriodClosedBeforeItIsNamed) {
    postSome();
    book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-03-31"),
                                        book()
                                            .reporting()
                                            .balances(*auditor, "AGR", Date::parse("2023-03-31"))
                                            .front()
                                            .balance.toString());
    // The trigger that refuses it is dropped first, as whoever writes the file can.
    book().database().exec("DROP TRIGGER exchange_not_in_closed_period");
    appendForged([](Exchange& e) { e.date = *Date::parse("2023-03-20"); });
    const VerifyResult r = book().integrity().verify(*auditor);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.firstBadSeq, 6);
    EXPECT_NE(r.problem.find("closed through 2023-03-31 before it was posted"), std::string::npos)
        << r.problem;
}

TEST_F(HandWrittenExchangeTest, AVerdictTheListsWouldNotGiveIsNamed) {
    postSome();
    const std::string list = (dir() / "nat.csv").string();
    std::ofstream(list, std::ios::binary)
        << "hs_prefix,from_country,to_country,kind,source,valid_from\n"
           "2203,KP,*,prohibited,NAT order 1,2018-01-01\n"
           "1001,RU,*,prohibited,NAT order 7,2018-01-01\n";
    book().compliance().importRestrictions(*manager, list, "NAT", "1");
    struct Case {
        const char* decidedBy;
        Verdict verdict;
        const char* exemption;
        const char* finding;
    };
    for (const Case& c :
         {Case{"no rule in NAT 1", Verdict::Allowed, "",
               "records \"no rule in NAT 1\", but under those lists \"NAT 1 line "
               "3\" applies"},
          Case{"NAT 1 line 3", Verdict::Allowed, "",
               "is prohibited by NAT 1 line 3 (NAT order 7), yet recorded as "
               "allowed"},
          Case{"NAT 1 line 3", Verdict::Exempt, "EX-404",
               "is prohibited by NAT 1 line 3, and the exemption it names (\"EX-404\") "
               "does not cover it"},
          Case{"no rule in NAT 9", Verdict::Allowed, "",
               "names a restriction list version the book does not have (\"NAT "
               "9\")"}}) {
        const std::string copy = (dir() / "forged.barter").string();
        std::filesystem::remove(copy);
        book().integrity().backup(*manager, copy);
        {
            Book forged = Book::open(copy);
            Database& db = forged.database();
            std::optional<Exchange> e = journal_store::load(db, 5);
            ASSERT_TRUE(e);
            e->seq = 6;
            e->reference = "FORGED-6";
            Screening& sc = *e->lines.front().screening;
            sc.decidedBy = c.decidedBy;
            sc.verdict = c.verdict;
            sc.exemption = c.exemption;
            e->prevHash = journal_store::head(db).hash;
            e->hash = chain::link(e->prevHash, *e);
            Transaction tx(db);
            journal_store::append(db, db.queryInt("SELECT id FROM agreement WHERE code = 'AGR'"),
                                  *e);
            tx.commit();
            const VerifyResult r = verifyJournal(db);
            EXPECT_FALSE(r.ok) << c.decidedBy;
            EXPECT_EQ(r.firstBadSeq, 6) << c.decidedBy;
            EXPECT_NE(r.problem.find(std::string("line 1 of exchange 6 (WHEAT) ") + c.finding),
                      std::string::npos)
                << r.problem;
        }
    }
    EXPECT_TRUE(
        book().integrity().verify(*auditor).ok); // the book itself, screened by the core, holds
}

TEST_F(HandWrittenExchangeTest, AHandWrittenExchangeThatObeysTheRulesPasses) {
    postSome();
    appendForged([](Exchange&) {});
    const VerifyResult r = book().integrity().verify(*auditor);
    EXPECT_TRUE(r.ok) << r.problem; // what verify can tell apart is what breaks a rule
    EXPECT_EQ(r.exchanges, 6);
}

TEST_F(IntegrityTest, RefusesForeignNewerAndDamagedFilesWithoutTouchingThem) {
    postSome();
    const std::string text = (dir() / "notes.txt").string();
    writeAll(text, "these are not the books you are looking for\n");
    try {
        Book::open(text);
        FAIL();
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("not a Barter Ledger book"), std::string::npos);
    }
    EXPECT_EQ(readAll(text), "these are not the books you are looking for\n");

    const std::string foreign = (dir() / "foreign.db").string();
    {
        Database db(foreign, Database::Mode::Create);
        db.exec("CREATE TABLE t (x INTEGER)");
    }
    const std::string foreignBytes = readAll(foreign);
    EXPECT_THROW(Book::open(foreign), StorageError);
    EXPECT_EQ(readAll(foreign), foreignBytes);

    // A book from a newer program.
    const std::string newer = (dir() / "newer.barter").string();
    {
        Book b = Book::create(newer, "admin", "admin-pass");
        b.database().exec("PRAGMA user_version = 99");
    }
    const std::string newerBytes = readAll(newer);
    try {
        Book::open(newer);
        FAIL();
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos);
    }
    EXPECT_EQ(readAll(newer), newerBytes);

    EXPECT_THROW(Book::open((dir() / "missing.barter").string()), StorageError);
    EXPECT_THROW(Book::create(text, "admin", "admin-pass"), StorageError);
    EXPECT_EQ(readAll(text), "these are not the books you are looking for\n");
}

TEST_F(IntegrityTest, LoginFailsWithoutSayingWhyAndLocksAfterFiveFailures) {
    EXPECT_THROW(book().login("nobody", "whatever-pass"), PermissionDenied);
    for (int i = 0; i < 5; ++i)
        EXPECT_THROW(book().login("clerk", "wrong-pass"), PermissionDenied);
    // Locked: even the right password fails now, until an admin unlocks.
    EXPECT_THROW(book().login("clerk", "clerk-pass"), PermissionDenied);
    book().users().unlockUser(*admin, "clerk");
    EXPECT_NO_THROW(book().login("clerk", "clerk-pass"));
    book().users().disableUser(*admin, "clerk");
    EXPECT_THROW(book().login("clerk", "clerk-pass"), PermissionDenied);
    auto events = book().integrity().auditEvents(*auditor, std::nullopt, std::nullopt, "clerk");
    int failed = 0;
    for (const AuditEvent& e : events)
        failed += e.action == "failed login";
    EXPECT_EQ(failed, 7);
}

TEST_F(IntegrityTest, BackupIsAVerifiableCopyAndNeverOverwrites) {
    postSome();
    const std::string copy = (dir() / "copy.barter").string();
    book().integrity().backup(*manager, copy);
    Book restored = Book::open(copy);
    Session s = restored.login("auditor", "auditor-pass");
    VerifyResult r = restored.integrity().verify(s);
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.head, book().integrity().verify(*auditor).head);
    EXPECT_THROW(book().integrity().backup(*manager, copy), InvalidInput);
}

TEST_F(IntegrityTest, EveryActionLeavesAnAuditEvent) {
    postSome();
    book().journal().reverse(*manager, 2, "wrong wagon", "2023-03-09");
    std::vector<std::string> actions;
    for (const AuditEvent& e :
         book().integrity().auditEvents(*auditor, std::nullopt, std::nullopt, ""))
        actions.push_back(e.action);
    auto count = [&](const std::string& a) {
        return std::count(actions.begin(), actions.end(), a);
    };
    EXPECT_EQ(count("post"), 5);
    EXPECT_EQ(count("reverse"), 1);
    EXPECT_GE(count("login"), 4);
    EXPECT_EQ(count("create"),
              1 + 4 + 2 + 1 + 2 + 1); // book, users, parties, unit, goods, agreement
    EXPECT_EQ(count("change"), 3);    // prices
}

// Regression: lines were covered by the chain only through the exchanges they were read
// with, so a line inserted for a missing exchange, or moved to another date, went unnoticed.
TEST_F(IntegrityTest, VerifyFindsLinesAddedOrMovedBehindTheApplicationsBack) {
    postSome();
    Database& db = book().database();
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("INSERT INTO delivery_line VALUES (99, 1, 1, '2023-03-09', 'A', 1, 1000000, 1000000, "
            "100000000, '')");
    VerifyResult added = book().integrity().verify(*auditor);
    EXPECT_FALSE(added.ok);
    EXPECT_EQ(added.firstBadSeq, 99);
    db.exec("DROP TRIGGER delivery_line_no_delete");
    db.exec("DELETE FROM delivery_line WHERE exchange_seq = 99");
    db.exec("DELETE FROM balance_day WHERE date = '2023-03-09'");
    ASSERT_TRUE(book().integrity().verify(*auditor).ok);
    db.exec("DROP TRIGGER delivery_line_no_update");
    db.exec("UPDATE delivery_line SET date = '2023-03-20' WHERE exchange_seq = 2");
    VerifyResult moved = book().integrity().verify(*auditor);
    EXPECT_FALSE(moved.ok);
    EXPECT_EQ(moved.firstBadSeq, 2);
}

TEST_F(IntegrityTest, AnAgreementsPartiesCannotBeSwappedUnnoticed) {
    postSome();
    Database& db = book().database();
    EXPECT_THROW(db.exec("UPDATE agreement SET party_a = party_b, party_b = party_a"),
                 StorageError);
    EXPECT_THROW(db.exec("UPDATE party SET code = 'XX-1' WHERE code = 'RU-A'"), StorageError);
    EXPECT_THROW(db.exec("UPDATE unit SET digits = 3"), StorageError);
    EXPECT_THROW(db.exec("UPDATE good SET decimals = 0"), StorageError);
    db.exec("DROP TRIGGER agreement_keys_fixed");
    db.exec("UPDATE agreement SET party_a = party_b, party_b = party_a");
    VerifyResult r = book().integrity().verify(*auditor);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.firstBadSeq, 1);
}

// Each failed attempt waits, twice as long as the one before under the same name, whether the
// name exists or not; only lower bounds are checked (a busy machine only makes it slower).
TEST_F(IntegrityTest, FailedLoginsBackOffAlikeForKnownAndUnknownNames) {
    using Clock = std::chrono::steady_clock;
    book().setLoginBackoff(40, 1000);
    for (const char* name : {"clerk", "nobody-at-all"}) {
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const auto start = Clock::now();
            EXPECT_THROW(book().login(name, "wrong-pass"), PermissionDenied);
            const auto waited =
                std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
            EXPECT_GE(waited.count(), 40 << (attempt - 1)) << name << " attempt " << attempt;
        }
        EXPECT_EQ(book()
                      .integrity()
                      .auditEvents(*auditor, std::nullopt, std::nullopt, name, "failed login")
                      .size(),
                  3u)
            << name;
    }
    // A successful login waits for nothing.
    book().setLoginBackoff(5000, 5000);
    const auto start = Clock::now();
    EXPECT_NO_THROW(book().login("manager", "manager-pass"));
    EXPECT_LT(Clock::now() - start, std::chrono::milliseconds(5000));
}

TEST_F(IntegrityTest, TheLastActiveAdminIsNeverLockedOut) {
    for (int i = 0; i < 7; ++i)
        EXPECT_THROW(book().login("admin", "wrong-pass"), PermissionDenied);
    EXPECT_NO_THROW(book().login("admin", "admin-pass"));
    // With a second admin, the first can be locked like anyone else.
    book().users().addUser(*admin, "admin2", "admin", "admin2-pass");
    for (int i = 0; i < 5; ++i)
        EXPECT_THROW(book().login("admin", "wrong-pass"), PermissionDenied);
    EXPECT_THROW(book().login("admin", "admin-pass"), PermissionDenied);
}

} // namespace
} // namespace barter::testing
