// SPDX-License-Identifier: GPL-3.0-or-later
// Book locators (DESIGN.md §10): a file path or a PostgreSQL URI, never with a password in it.
#include "error.h"
#include "storage/locator.h"

#include <gtest/gtest.h>

namespace barter::testing {
namespace {

TEST(LocatorTest, AnythingButAServerUriIsAFile) {
    for (const char* path :
         {"book.barter", "/srv/books/2025.barter", "postgresql.barter", "./postgresql:/x.barter"}) {
        const Locator l = parseLocator(path);
        EXPECT_FALSE(l.isServer()) << path;
        EXPECT_EQ(l.display(), path);
    }
}

TEST(LocatorTest, AServerUriIsReadAsLibpqReadsIt) {
    const Locator l =
        parseLocator("postgresql://clerk1@db.house.example:5433/rukp?sslmode=verify-full");
    EXPECT_TRUE(l.isServer());
    EXPECT_EQ(l.user, "clerk1");
    EXPECT_EQ(l.host, "db.house.example");
    EXPECT_EQ(l.port, "5433");
    EXPECT_EQ(l.database, "rukp");
    EXPECT_EQ(l.display(), "clerk1@db.house.example:5433/rukp");
    EXPECT_EQ(parseLocator("postgres://db/rukp").display(), "db/rukp");
    EXPECT_EQ(parseLocator("postgresql:///rukp?host=/run/postgresql").display(),
              "/run/postgresql/rukp");
}

TEST(LocatorTest, APasswordInTheUriIsRefusedAndNotRepeated) {
    for (const char* uri :
         {"postgresql://clerk1:s3cret-pass@db/rukp", "postgresql://db/rukp?password=s3cret-pass"}) {
        try {
            parseLocator(uri);
            FAIL() << uri;
        } catch (const InvalidInput& e) {
            ASSERT_EQ(e.problems().size(), 1u);
            EXPECT_EQ(e.problems()[0].field, "book");
            EXPECT_NE(e.problems()[0].message.find("password does not belong"), std::string::npos);
            EXPECT_EQ(std::string(e.what()).find("s3cret"), std::string::npos);
            EXPECT_EQ(e.problems()[0].message.find("s3cret"), std::string::npos);
        }
    }
}

TEST(LocatorTest, ABadUriOrOneWithoutADatabaseIsRefused) {
    EXPECT_THROW(parseLocator("postgresql://db/rukp?nonsense=1"), InvalidInput);
    EXPECT_THROW(parseLocator("postgresql://db:notaport/rukp%"), InvalidInput);
    EXPECT_THROW(parseLocator("postgresql://db"), InvalidInput);
}

TEST(LocatorTest, AnAddressAsTypedMakesAUriThatReadsBackTheSame) {
    const std::string uri =
        serverUri({"db.house.example", "5433", "rukp 2026", "clerk@desk", "verify-full"});
    EXPECT_EQ(uri, "postgresql:///rukp%202026?host=db.house.example&port=5433&user=clerk%40desk&"
                   "sslmode=verify-full");
    const Locator l = parseLocator(uri);
    EXPECT_EQ(l.host, "db.house.example");
    EXPECT_EQ(l.port, "5433");
    EXPECT_EQ(l.database, "rukp 2026");
    EXPECT_EQ(l.user, "clerk@desk");
    EXPECT_EQ(l.display(), "clerk@desk@db.house.example:5433/rukp 2026");
    // A Unix socket's folder, and libpq's defaults for what is left empty.
    EXPECT_EQ(parseLocator(serverUri({"/run/postgresql", "", "rukp", "", ""})).display(),
              "/run/postgresql/rukp");
}

TEST(LocatorTest, AnAddressThatCannotBeUsedNamesItsField) {
    auto field = [](const ServerAddress& a) {
        try {
            serverUri(a);
        } catch (const InvalidInput& e) {
            return e.problems().at(0).field;
        }
        return std::string("accepted");
    };
    EXPECT_EQ(field({"db", "5432", "", "clerk", ""}), "database");
    EXPECT_EQ(field({"db", "0", "rukp", "clerk", ""}), "port");
    EXPECT_EQ(field({"db", "65536", "rukp", "clerk", ""}), "port");
    EXPECT_EQ(field({"db", "54x", "rukp", "clerk", ""}), "port");
    EXPECT_EQ(field({"db", "", "rukp", "clerk", "sometimes"}), "sslmode");
    EXPECT_EQ(field({"db\n", "", "rukp", "clerk", ""}), "host");
    EXPECT_EQ(field({"db", "", "rukp", "clerk", "disable"}), "accepted");
}

} // namespace
} // namespace barter::testing
