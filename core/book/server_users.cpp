// SPDX-License-Identifier: GPL-3.0-or-later
#include "server_users.h"

#include "../error.h"
#include "../storage/pg/connection.h"
#include "../storage/pg/pg_schema.h"

#include <map>
#include <mutex>

namespace barter::server {

namespace {
constexpr const char* kLoginFailed =
    "login failed: unknown user, wrong password, or account locked";

// The role of the connected login in this book: its row in book_user, not disabled, and a
// direct member of that role's group (a superuser is a member of every role, and is not a
// user of the book for that).
std::optional<User> currentUser(Database& db) {
    Statement st = db.prepare(R"sql(
        SELECT b.id, b.name, b.role FROM book_user b
        WHERE b.name = session_user AND b.disabled = 0
          AND EXISTS (SELECT 1 FROM pg_auth_members m
                      JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                      WHERE u.rolname = session_user AND g.rolname = book_group(b.role)))sql");
    if (!st.step())
        return std::nullopt;
    const std::optional<Role> role = parseRole(st.getText(2));
    if (!role)
        return std::nullopt;
    return User{UserId{st.getInt(0)}, st.getText(1), *role, false, false};
}

// The password each login of this process gave for a server book, so that the process's other
// connections to the same book (work off the desktop application's UI thread) log in as the same
// user: what libpq keeps for its own connection anyway, kept in memory for the process's life.
struct Remembered {
    std::mutex mutex;
    std::map<std::pair<std::string, std::string>, std::optional<std::string>> passwords;
};
Remembered& remembered() {
    static Remembered r;
    return r;
}

void requireUser(Database& db, const std::string& name) {
    Statement st = db.prepare("SELECT 1 FROM book_user WHERE name = ?1");
    st.bind(1, name);
    if (!st.step())
        throw InvalidInput("name", "no user \"" + name + "\"");
}
} // namespace

User login(Database& db, const std::string& name, const std::optional<std::string>& password) {
    try {
        db.connect(name, password);
    } catch (const PermissionDenied&) {
        throw PermissionDenied(kLoginFailed);
    }
    std::optional<User> who = currentUser(db);
    if (!who) {
        db.disconnect();
        throw PermissionDenied(kLoginFailed);
    }
    Remembered& r = remembered();
    const std::lock_guard<std::mutex> lock(r.mutex);
    r.passwords[{db.conninfo(), name}] = password;
    return *who;
}

User resume(Database& db, const Session& other) {
    if (!db.connected()) { // another connection of this process, as the same login
        std::optional<std::string> password;
        {
            Remembered& r = remembered();
            const std::lock_guard<std::mutex> lock(r.mutex);
            const auto it = r.passwords.find({db.conninfo(), other.userName()});
            if (it == r.passwords.end())
                throw PermissionDenied("the session of " + other.userName() +
                                       " has ended; log in again");
            password = it->second;
        }
        try {
            db.connect(other.userName(), password);
        } catch (const PermissionDenied&) {
            throw PermissionDenied("the session of " + other.userName() +
                                   " has ended; log in again");
        }
    }
    const std::optional<User> who = currentUser(db);
    if (!who || who->name != other.userName() || who->role != other.role())
        throw PermissionDenied("the session of " + other.userName() + " has ended; log in again");
    return *who;
}

std::optional<std::string> passwordOf(Database& db, const std::string& name) {
    Remembered& r = remembered();
    const std::lock_guard<std::mutex> lock(r.mutex);
    const auto it = r.passwords.find({db.conninfo(), name});
    return it == r.passwords.end() ? std::nullopt : it->second;
}

void addUser(Database& db, const std::string& name, const std::string& role,
             std::string_view password, const std::string& at) {
    const std::string verifier = db.server().encryptPassword(name, std::string(password));
    Statement add = db.prepare("SELECT user_add(?1, ?2, ?3, ?4)");
    add.bind(1, name).bind(2, role).bind(3, verifier).bind(4, at);
    add.step();
}

void disableUser(Database& db, const std::string& name) {
    requireUser(db, name);
    db.prepare("SELECT user_disable(?1)").bind(1, name).run();
}

void checkPassword(Database& db, const std::string& name, std::string_view password) {
    try {
        pg::Connection probe(db.conninfo(), std::string(password), name);
    } catch (const PermissionDenied&) {
        throw PermissionDenied("the current password of " + name + " is not right");
    }
}

void setOwnPassword(Database& db, const std::string& name, std::string_view password) {
    const std::string verifier = db.server().encryptPassword(name, std::string(password));
    // A verifier, not the password: what the server stores, computed here.
    db.exec("ALTER ROLE CURRENT_USER PASSWORD " + pg::quoteLiteral(verifier));
}

void resetPassword(Database& db, const std::string& name, std::string_view password) {
    requireUser(db, name);
    const std::string verifier = db.server().encryptPassword(name, std::string(password));
    db.prepare("SELECT user_reset(?1, ?2)").bind(1, name).bind(2, verifier).run();
}

} // namespace barter::server
