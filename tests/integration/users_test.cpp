// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords: a user changes their own (knowing the current one); an admin resets another's,
// which also unlocks it. Both are audit events; the book never holds a password in clear.
#include "book_fixture.h"

#include <fstream>
#include <iterator>

namespace barter::testing {
namespace {

using UsersTest = BookTest;

TEST_F(UsersTest, AUserChangesTheirOwnPassword) {
    EXPECT_THROW(book().users().changePassword(*clerk, "wrong-pass", "new-clerk-pass"),
                 PermissionDenied);
    EXPECT_THROW(book().users().changePassword(*clerk, "clerk-pass", "short"), InvalidInput);
    EXPECT_THROW(book().users().changePassword(*clerk, "clerk-pass", "clerk-pass"), InvalidInput);
    book().users().changePassword(*clerk, "clerk-pass", "new-clerk-pass");
    EXPECT_THROW(book().login("clerk", "clerk-pass"), PermissionDenied);
    EXPECT_NO_THROW(book().login("clerk", "new-clerk-pass"));
    const auto events =
        book().integrity().auditEvents(*auditor, std::nullopt, std::nullopt, "clerk", "change");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].object, "password");
}

TEST_F(UsersTest, AnAdminResetsAPasswordAndUnlocksTheAccount) {
    for (int i = 0; i < 5; ++i)
        EXPECT_THROW(book().login("auditor", "wrong"), PermissionDenied);
    EXPECT_THROW(book().login("auditor", "auditor-pass"), PermissionDenied); // locked
    EXPECT_THROW(book().users().resetPassword(*manager, "auditor", "auditor-new-pass"),
                 PermissionDenied);
    EXPECT_THROW(book().users().resetPassword(*admin, "nobody", "auditor-new-pass"), InvalidInput);
    EXPECT_THROW(book().users().resetPassword(*admin, "auditor", "short"), InvalidInput);
    book().users().resetPassword(*admin, "auditor", "auditor-new-pass");
    EXPECT_NO_THROW(book().login("auditor", "auditor-new-pass"));

    // Only the Argon2id hashes are stored: no password can be read out of the file.
    // (The book and its write-ahead log, where recent pages live until a checkpoint.)
    std::string bytes;
    for (const std::string& file : {path(), path() + "-wal"}) {
        std::ifstream in(file, std::ios::binary);
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    EXPECT_EQ(bytes.find("auditor-new-pass"), std::string::npos);
    EXPECT_NE(bytes.find("$argon2id$"), std::string::npos);
}

} // namespace
} // namespace barter::testing
