#include "book.h"

#include "../auth/password.h"
#include "../domain/validate.h"
#include "../io/atomic_file.h"
#include "../storage/checksum_vfs.h"
#include "../storage/open_checks.h"
#include "../storage/schema.h"
#include "permissions.h"

#include <sqlite3.h>

#include <charconv>
#include <chrono>
#include <ctime>
#include <thread>

#include <filesystem>
#include <limits>
#include <unistd.h>

#include <fmt/format.h>

namespace barter {

namespace {
constexpr int kMaxFailedLogins = 5;

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

std::string utcNow() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string checkUserName(std::string_view name) {
    if (name.empty() || name.size() > 32)
        return "must be 1 to 32 characters";
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return "may contain only letters A-Z, digits, '.', '_' and '-'";
    return {};
}
} // namespace

std::string toString(Role role) {
    switch (role) {
    case Role::Admin:
        return "admin";
    case Role::Manager:
        return "manager";
    case Role::Clerk:
        return "clerk";
    case Role::Auditor:
        return "auditor";
    }
    return "unknown";
}

std::optional<Role> parseRole(std::string_view text) {
    for (Role r : {Role::Admin, Role::Manager, Role::Clerk, Role::Auditor})
        if (text == toString(r))
            return r;
    return std::nullopt;
}

struct Book::Impl {
    Database db;
    Clock clock;
    Progress progress;
    int backoffFirstMs = 250;
    int backoffCeilingMs = 4000;
};

Book::Book(Database db) : m_impl(std::make_unique<Impl>(Impl{std::move(db), {}, {}})) {}
Book::Book(Book&&) noexcept = default;
Book& Book::operator=(Book&&) noexcept = default;
Book::~Book() = default;

Book Book::create(const std::string& path, const std::string& adminName,
                  std::string_view adminPassword, const std::optional<UnitDraft>& firstUnit) {
    std::vector<Problem> problems;
    if (std::string why = checkUserName(adminName); !why.empty())
        problems.push_back({"admin", why});
    if (std::string why = password::checkStrength(adminPassword); !why.empty())
        problems.push_back({"password", why});
    if (!problems.empty())
        throw InvalidInput(problems);
    Database db(path, Database::Mode::Create);
    try {
        schema::create(db);
        Book book(std::move(db));
        Transaction tx(book.database());
        Statement s = book.database().prepare("INSERT INTO user (name, role, password_hash, "
                                              "created_at) VALUES (?1, 'admin', ?2, ?3)");
        s.bind(1, adminName).bind(2, password::hash(adminPassword)).bind(3, book.now());
        s.run();
        Session admin(UserId{book.database().lastInsertId()}, adminName, Role::Admin);
        book.audit(admin, "create", "book", path);
        if (firstUnit)
            book.insertUnit(admin, *firstUnit);
        tx.commit();
        return book;
    } catch (...) {
        // The file is ours and unfinished: leave nothing half-made behind.
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(path + suffix, ec);
        throw;
    }
}

Book Book::open(const std::string& path, Purpose purpose) {
    Database db(path, Database::Mode::OpenExisting);
    if (purpose == Purpose::Inspect)
        db.refuseWrites("the book was opened to be verified only; nothing is written to it");
    schema::openExisting(db, purpose == Purpose::Use ? schema::PageCheck::OnOpen
                                                     : schema::PageCheck::LeaveToVerify);
    return Book(std::move(db));
}

const std::string& Book::path() const {
    return m_impl->db.path();
}
Database& Book::database() {
    return m_impl->db;
}
void Book::setLoginBackoff(int firstMs, int ceilingMs) {
    m_impl->backoffFirstMs = std::max(0, firstMs);
    m_impl->backoffCeilingMs = std::max(m_impl->backoffFirstMs, ceilingMs);
}

bool Book::readOnly() const {
    return m_impl->db.readOnly();
}

bool Book::writable() const {
    return !m_impl->db.readOnly() && !m_impl->db.damaged();
}

void Book::setClock(Clock clock) {
    m_impl->clock = std::move(clock);
}
std::string Book::now() const {
    return m_impl->clock ? m_impl->clock() : utcNow();
}

void Book::setProgress(Progress progress) {
    m_impl->progress = std::move(progress);
}

void Book::reportProgress(std::int64_t done, std::int64_t total) {
    if (m_impl->progress && !m_impl->progress(done, total))
        throw Cancelled();
}

Session Book::resume(const Session& other) {
    Statement s = m_impl->db.prepare(
        "SELECT role FROM user WHERE id = ?1 AND name = ?2 AND locked = 0 AND disabled = 0");
    s.bind(1, other.userId().value).bind(2, other.userName());
    if (!s.step() || parseRole(s.getText(0)) != other.role())
        throw PermissionDenied("the session of " + other.userName() + " has ended; log in again");
    return Session(other.userId(), other.userName(), other.role());
}

void Book::setApprovalRequired(const Session& s, bool on) {
    require(s, Action::ManageUsers);
    Transaction tx(m_impl->db);
    Statement st = m_impl->db.prepare("INSERT INTO setting (key, value) VALUES ('approval', ?1) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, on ? "on" : "off").run();
    audit(s, "change", "setting", on ? "approval on" : "approval off");
    tx.commit();
}

bool Book::approvalRequired() {
    Statement& st = m_impl->db.cached("SELECT value FROM setting WHERE key = 'approval'");
    const bool on = st.step() && st.getText(0) == "on";
    st.reset();
    return on;
}

void Book::setIdleLockMinutes(const Session& s, int minutes) {
    require(s, Action::ManageUsers);
    if (minutes < 0 || minutes > kMaxIdleLockMinutes)
        throw InvalidInput("idle-lock", "must be whole minutes from 0 (never) to " +
                                            std::to_string(kMaxIdleLockMinutes));
    Transaction tx(m_impl->db);
    Statement st = m_impl->db.prepare("INSERT INTO setting (key, value) VALUES ('idle_lock', ?1) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, std::to_string(minutes)).run();
    audit(s, "change", "setting",
          minutes == 0 ? "idle lock off" : "idle lock after " + std::to_string(minutes) + " min");
    tx.commit();
}

int Book::idleLockMinutes() {
    Statement& st = m_impl->db.cached("SELECT value FROM setting WHERE key = 'idle_lock'");
    int minutes = kDefaultIdleLockMinutes;
    if (st.step()) {
        const std::string text = st.getText(0);
        int parsed = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        if (ec == std::errc() && end == text.data() + text.size() && parsed >= 0 &&
            parsed <= kMaxIdleLockMinutes)
            minutes = parsed;
    }
    st.reset();
    return minutes;
}

bool Book::needsApproval(const Session& s) {
    return s.role() == Role::Clerk && approvalRequired();
}

void Book::audit(const Session& s, std::string_view action, std::string_view object,
                 std::string_view detail) {
    Statement& st = m_impl->db.cached("INSERT INTO audit_event (at, user_name, action, object, "
                                      "detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, now()).bind(2, s.userName()).bind(3, action).bind(4, object).bind(5, detail);
    st.run();
}

void Book::auditRead(const Session& s, std::string_view action, std::string_view object,
                     std::string_view detail) {
    if (!writable())
        return;
    Transaction tx(m_impl->db);
    audit(s, action, object, detail);
    tx.commit();
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
    Database& db = m_impl->db;
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
    const bool good = password::verify(known ? hash : std::string(kDummyHash), pass);

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
    throw PermissionDenied("login failed: unknown user, wrong password, or account locked");
}

void Book::addUser(const Session& s, const std::string& name, const std::string& roleText,
                   std::string_view pass) {
    require(s, Action::ManageUsers);
    std::vector<Problem> problems;
    if (std::string why = checkUserName(name); !why.empty())
        problems.push_back({"name", why});
    std::optional<Role> role = parseRole(roleText);
    if (!role)
        problems.push_back({"role", "\"" + roleText +
                                        "\" is not a role (admin, manager, clerk, "
                                        "auditor)"});
    if (std::string why = password::checkStrength(pass); !why.empty())
        problems.push_back({"password", why});
    Database& db = m_impl->db;
    Transaction tx(db);
    Statement exists = db.prepare("SELECT 1 FROM user WHERE name = ?1");
    exists.bind(1, name);
    if (exists.step())
        problems.push_back({"name", "user \"" + name + "\" already exists"});
    if (!problems.empty())
        throw InvalidInput(problems);
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

void Book::unlockUser(const Session& s, const std::string& name) {
    setUserFlag(*this, s, name, "UPDATE user SET locked = 0, failed_logins = 0 WHERE name = ?1",
                "unlock");
}

void Book::disableUser(const Session& s, const std::string& name) {
    if (name == s.userName())
        throw InvalidInput("name", "you cannot disable your own account");
    setUserFlag(*this, s, name, "UPDATE user SET disabled = 1 WHERE name = ?1", "disable");
}

void Book::changePassword(const Session& s, std::string_view current, std::string_view next) {
    Database& db = m_impl->db;
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

void Book::resetPassword(const Session& s, const std::string& name, std::string_view next) {
    require(s, Action::ManageUsers);
    if (std::string why = password::checkStrength(next); !why.empty())
        throw InvalidInput("new_password", why);
    Database& db = m_impl->db;
    Transaction tx(db);
    Statement st = db.prepare("UPDATE user SET password_hash = ?2, locked = 0, failed_logins = 0 "
                              "WHERE name = ?1");
    st.bind(1, name).bind(2, password::hash(next)).run();
    if (db.changes() == 0)
        throw InvalidInput("name", "no user \"" + name + "\"");
    audit(s, "change", "password", "reset for " + name);
    tx.commit();
}

std::vector<User> Book::users(const Session& s) {
    require(s, Action::ManageUsers);
    Statement st =
        m_impl->db.prepare("SELECT id, name, role, locked, disabled FROM user ORDER BY name");
    std::vector<User> all;
    while (st.step())
        all.push_back(User{UserId{st.getInt(0)}, st.getText(1),
                           parseRole(st.getText(2)).value_or(Role::Clerk), st.getInt(3) != 0,
                           st.getInt(4) != 0});
    return all;
}

void Book::backup(const Session& s, const std::string& file) {
    require(s, Action::Backup);
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(file, ec))
        throw InvalidInput("file", "\"" + file + "\" already exists; not overwriting it");
    // Copy into a temporary file of our own, then link it to its name, which fails rather
    // than replace a file that appeared meanwhile.
    const std::string temp = file + ".partial-" + std::to_string(::getpid());
    if (fs::exists(temp, ec))
        throw StorageError("backup to " + file + " failed: \"" + temp + "\" is in the way");
    sqlite3* dest = nullptr;
    // Through the checksum VFS like every book: the copy's pages keep the checksums they were
    // read with, but page 1 changes on the way (its page count, its change counter) and needs
    // a new one.
    int rc = sqlite3_open_v2(temp.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             checksum_vfs::name());
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(dest, 1);
        sqlite3_backup* b = sqlite3_backup_init(dest, "main", m_impl->db.handle(), "main");
        if (b == nullptr) {
            rc = sqlite3_errcode(dest);
        } else {
            do {
                rc = sqlite3_backup_step(b, 1024);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            rc = sqlite3_backup_finish(b);
        }
    }
    // A page of this book that fails its checksum stops the copy: say which.
    std::string message =
        rc == SQLITE_IOERR_DATA
            ? damagedPagesMessage({m_impl->db.lastDamagedPage()}, 1) + " (" + path() + ")"
        : dest ? sqlite3_errmsg(dest)
               : "out of memory";
    sqlite3_close(dest);
    if (rc != SQLITE_OK) {
        fs::remove(temp, ec);
        throw StorageError("backup to " + file + " failed: " + message, rc);
    }
    try {
        // The copy's pages are sealed with their checksums once it is whole: SQLite writes the
        // pages of a copy larger than its cache before page 1, which says there is room for them.
        if (const auto header = open_checks::readHeader(temp);
            header && header->reserve == checksum_vfs::kReserveBytes) {
            Database sealing(temp, Database::Mode::OpenExisting);
            sealing.sealPages();
        }
        syncToDisk(temp);
    } catch (...) {
        fs::remove(temp, ec);
        throw;
    }
    const int linked = ::link(temp.c_str(), file.c_str());
    fs::remove(temp, ec);
    if (linked != 0)
        throw StorageError("backup to " + file + " failed: cannot create the file (it may exist)");
    auditRead(s, "backup", "book", file);
}

} // namespace barter
