// SPDX-License-Identifier: GPL-3.0-or-later
// The users of a book (admin) and logging in. A file book keeps its users, their Argon2id
// password hashes and lockout in its `user` table; a server book's users are the server's
// logins (DESIGN.md §10), their book role a membership in one of its group roles
// (server_users.cpp).
#include "../auth/password.h"
#include "book_impl.h"
#include "permissions.h"
#include "server_users.h"

#include <chrono>
#include <ctime>
#include <limits>
#include <thread>

namespace barter {

namespace {
constexpr int kMaxFailedLogins = 5;
constexpr const char* kLoginFailed =
    "login failed: unknown user, wrong password, or account locked";

// The hash of a random password nobody knows, with the same Argon2id limits as real ones:
// an unknown user costs one verification, like a known one, so timing does not tell which.
constexpr const char* kDummyHash = "$argon2id$v=19$m=65536,t=2,p=1$RqZCDIIk3RGSoaF3KfKARA$"
                                   "nbOP6jwF+advUrMSZZ9ejkEP6XWM6KcJBRTJk9kXzNU";

// A user name as typed, made safe to store in the audit trail and print on one line.
std::string printable(std::string_view text) {
    std::string out(text.substr(0, 64));
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    return out;
}

} // namespace

namespace users {
std::string utcNow() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string checkName(std::string_view name) {
    if (name.empty() || name.size() > 32)
        return "must be 1 to 32 characters";
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return "may contain only letters A-Z, digits, '.', '_' and '-'";
    return {};
}

void checkNewAdmin(const std::string& name, std::string_view pass) {
    std::vector<Problem> problems;
    if (std::string why = checkName(name); !why.empty())
        problems.push_back({"admin", why});
    if (std::string why = password::checkStrength(pass); !why.empty())
        problems.push_back({"password", why});
    if (!problems.empty())
        throw InvalidInput(problems);
}
} // namespace users

Session Book::resume(const Session& other) {
    if (m_impl->db.isServer()) {
        const User u = server::resume(m_impl->db, other);
        return Session(u.id, u.name, u.role);
    }
    Statement s = m_impl->db.prepare(
        "SELECT role FROM user WHERE id = ?1 AND name = ?2 AND locked = 0 AND disabled = 0");
    s.bind(1, other.userId().value).bind(2, other.userName());
    if (!s.step() || parseRole(s.getText(0)) != other.role())
        throw PermissionDenied("the session of " + other.userName() + " has ended; log in again");
    return Session(other.userId(), other.userName(), other.role());
}

namespace {
// Failed logins under `name` recorded since `since` (an audit time), newest events first; the
// audit trail's row ids grow with time, so the scan stops at the first older event.
int recentFailures(Database& db, const std::string& name, const std::string& since) {
    Statement s = db.prepare("SELECT at, user_name, action FROM audit_event ORDER BY id DESC");
    int failures = 0;
    while (s.step() && s.getText(0) >= since)
        if (s.getText(2) == "failed login" && s.getText(1) == name)
            ++failures;
    return failures;
}

// An audit time ("YYYY-MM-DDTHH:MM:SSZ") moved back by `seconds`; empty when unreadable.
std::string earlier(const std::string& at, int seconds) {
    std::tm tm{};
    if (strptime(at.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm) == nullptr)
        return {};
    std::time_t t = timegm(&tm) - seconds;
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}
} // namespace

Session Book::login(const std::string& userName, std::string_view pass) {
    return logIn(userName, std::string(pass));
}

Session Book::loginWithoutPassword(const std::string& userName) {
    return logIn(userName, std::nullopt);
}

Session Book::logIn(const std::string& userName, const std::optional<std::string>& pass) {
    Database& db = m_impl->db;
    if (db.isServer()) {
        const User u = server::login(db, userName, pass);
        Session who(u.id, u.name, u.role);
        Transaction tx(db);
        audit(who, "login", "user", userName);
        tx.commit();
        return who;
    }
    if (!pass)
        throw PermissionDenied(kLoginFailed);
    Statement s =
        db.prepare("SELECT id, role, password_hash, locked, disabled FROM user WHERE name = ?1");
    s.bind(1, userName);
    const bool known = s.step();
    const std::int64_t id = known ? s.getInt(0) : 0;
    const std::optional<Role> parsedRole = known ? parseRole(s.getText(1)) : std::nullopt;
    const bool roleKnown = parsedRole.has_value();
    const Role role = parsedRole.value_or(Role::Clerk);
    const std::string hash = known ? s.getText(2) : std::string();
    const bool blocked = known && (s.getInt(3) != 0 || s.getInt(4) != 0);
    s.reset();
    // Verify even for unknown users so that timing does not tell which part was wrong.
    const bool good = password::verify(known ? hash : std::string(kDummyHash), *pass);

    Session who(UserId{id}, printable(userName), role);
    if (known && good && !blocked && roleKnown) {
        if (writable()) {
            Transaction tx(db);
            db.cached("UPDATE user SET failed_logins = 0 WHERE id = ?1").bind(1, id).run();
            audit(who, "login", "user", userName);
            tx.commit();
        }
        return who;
    }
    if (writable()) {
        Transaction tx(db);
        std::string detail = !known    ? "unknown user"
                             : blocked ? "account locked or disabled"
                                       : "wrong password";
        if (known && !good && !blocked) {
            // The last active admin is never locked: nobody could unlock the book's users then.
            const bool lastAdmin =
                role == Role::Admin &&
                db.queryInt("SELECT count(*) FROM user WHERE role = 'admin' AND locked = 0 AND "
                            "disabled = 0 AND id <> " +
                            std::to_string(id)) == 0;
            db.cached("UPDATE user SET failed_logins = failed_logins + 1, "
                      "locked = (failed_logins + 1 >= ?2) WHERE id = ?1")
                .bind(1, id)
                .bind(2, lastAdmin ? std::numeric_limits<int>::max() : kMaxFailedLogins)
                .run();
            if (db.queryInt("SELECT locked FROM user WHERE id = " + std::to_string(id)) != 0)
                detail +=
                    "; account locked after " + std::to_string(kMaxFailedLogins) + " failures";
        }
        audit(who, "failed login", "user", detail);
        tx.commit();
    }
    // The same wait whether the name exists or not: it counts the attempts under the name.
    const int failures =
        writable() ? recentFailures(db, who.userName(), earlier(now(), 15 * 60)) : 1;
    long wait = m_impl->backoffFirstMs;
    for (int i = 1; i < failures && wait < m_impl->backoffCeilingMs; ++i)
        wait *= 2;
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::min<long>(wait, m_impl->backoffCeilingMs)));
    throw PermissionDenied(kLoginFailed);
}

void UserService::addUser(const Session& s, const std::string& name, const std::string& roleText,
                          std::string_view pass) {
    require(s, Action::ManageUsers);
    std::vector<Problem> problems;
    if (std::string why = users::checkName(name); !why.empty())
        problems.push_back({"name", why});
    std::optional<Role> role = parseRole(roleText);
    if (!role)
        problems.push_back({"role", "\"" + roleText +
                                        "\" is not a role (admin, manager, clerk, "
                                        "auditor)"});
    if (std::string why = password::checkStrength(pass); !why.empty())
        problems.push_back({"password", why});
    Database& db = database();
    Transaction tx(db);
    Statement exists = db.prepare(db.isServer() ? "SELECT 1 FROM book_user WHERE name = ?1"
                                                : "SELECT 1 FROM user WHERE name = ?1");
    exists.bind(1, name);
    if (exists.step())
        problems.push_back({"name", "user \"" + name + "\" already exists"});
    if (!problems.empty())
        throw InvalidInput(problems);
    if (db.isServer()) {
        server::addUser(db, name, roleText, pass, now());
        audit(s, "create", "user", name + " (" + roleText + ")");
        tx.commit();
        return;
    }
    Statement ins = db.prepare(
        "INSERT INTO user (name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, name).bind(2, roleText).bind(3, password::hash(pass)).bind(4, now());
    ins.run();
    audit(s, "create", "user", name + " (" + roleText + ")");
    tx.commit();
}

namespace {
void setUserFlag(Book& book, const Session& s, const std::string& name, const char* sql,
                 const char* action) {
    require(s, Action::ManageUsers);
    Transaction tx(book.database());
    Statement st = book.database().prepare(sql);
    st.bind(1, name);
    st.run();
    if (book.database().changes() == 0)
        throw InvalidInput("name", "no user \"" + name + "\"");
    book.audit(s, action, "user", name);
    tx.commit();
}
} // namespace

void UserService::unlockUser(const Session& s, const std::string& name) {
    if (database().isServer()) {
        require(s, Action::ManageUsers);
        throw InvalidInput("name", "a server book's logins are locked out by the server "
                                   "(auth_delay, fail2ban), not by Barter Ledger: its "
                                   "administrator unlocks them");
    }
    setUserFlag(book(), s, name, "UPDATE user SET locked = 0, failed_logins = 0 WHERE name = ?1",
                "unlock");
}

void UserService::disableUser(const Session& s, const std::string& name) {
    if (name == s.userName())
        throw InvalidInput("name", "you cannot disable your own account");
    if (database().isServer()) {
        require(s, Action::ManageUsers);
        Transaction tx(database());
        server::disableUser(database(), name);
        audit(s, "disable", "user", name);
        tx.commit();
        return;
    }
    setUserFlag(book(), s, name, "UPDATE user SET disabled = 1 WHERE name = ?1", "disable");
}

void UserService::changePassword(const Session& s, std::string_view current,
                                 std::string_view next) {
    Database& db = database();
    if (db.isServer()) {
        server::checkPassword(db, s.userName(), current);
        if (std::string why = password::checkStrength(next); !why.empty())
            throw InvalidInput("new_password", why);
        if (next == current)
            throw InvalidInput("new_password", "is the same as the current one");
        Transaction tx(db);
        server::setOwnPassword(db, s.userName(), next);
        audit(s, "change", "password", s.userName());
        tx.commit();
        return;
    }
    Statement st = db.prepare("SELECT password_hash FROM user WHERE id = ?1 AND name = ?2");
    st.bind(1, s.userId().value).bind(2, s.userName());
    if (!st.step() || !password::verify(st.getText(0), current))
        throw PermissionDenied("the current password of " + s.userName() + " is not right");
    if (std::string why = password::checkStrength(next); !why.empty())
        throw InvalidInput("new_password", why);
    if (next == current)
        throw InvalidInput("new_password", "is the same as the current one");
    Transaction tx(db);
    db.prepare("UPDATE user SET password_hash = ?2 WHERE id = ?1")
        .bind(1, s.userId().value)
        .bind(2, password::hash(next))
        .run();
    audit(s, "change", "password", s.userName());
    tx.commit();
}

void UserService::resetPassword(const Session& s, const std::string& name, std::string_view next) {
    require(s, Action::ManageUsers);
    if (std::string why = password::checkStrength(next); !why.empty())
        throw InvalidInput("new_password", why);
    Database& db = database();
    Transaction tx(db);
    if (db.isServer()) {
        server::resetPassword(db, name, next);
        audit(s, "change", "password", "reset for " + name);
        tx.commit();
        return;
    }
    Statement st = db.prepare("UPDATE user SET password_hash = ?2, locked = 0, failed_logins = 0 "
                              "WHERE name = ?1");
    st.bind(1, name).bind(2, password::hash(next)).run();
    if (db.changes() == 0)
        throw InvalidInput("name", "no user \"" + name + "\"");
    audit(s, "change", "password", "reset for " + name);
    tx.commit();
}

std::vector<User> UserService::list(const Session& s) {
    require(s, Action::ManageUsers);
    Statement st = database().prepare(
        database().isServer() ? "SELECT id, name, role, 0, disabled FROM book_user ORDER BY name"
                              : "SELECT id, name, role, locked, disabled FROM user ORDER BY name");
    std::vector<User> all;
    while (st.step())
        all.push_back(User{UserId{st.getInt(0)}, st.getText(1),
                           parseRole(st.getText(2)).value_or(Role::Clerk), st.getInt(3) != 0,
                           st.getInt(4) != 0});
    return all;
}

} // namespace barter
