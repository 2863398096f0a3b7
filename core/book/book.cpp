#include "book.h"

#include "../auth/password.h"
#include "../domain/validate.h"
#include "../io/atomic_file.h"
#include "../storage/checksum_vfs.h"
#include "../storage/locator.h"
#include "../storage/open_checks.h"
#include "../storage/pg/connection.h"
#include "../storage/pg/pg_driver.h"
#include "../storage/pg/pg_schema.h"
#include "../storage/schema.h"
#include "book_impl.h"
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

Book::Book(Database db) : m_impl(std::make_unique<Impl>(Impl{std::move(db), {}, {}})) {}
Book::Book(Book&&) noexcept = default;
Book& Book::operator=(Book&&) noexcept = default;
Book::~Book() = default;

Book Book::create(const std::string& path, const std::string& adminName,
                  std::string_view adminPassword, const std::optional<UnitDraft>& firstUnit) {
    users::checkNewAdmin(adminName, adminPassword);
    if (isServerUri(path))
        return createOnServer(path, adminName, adminPassword, std::nullopt, firstUnit);
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

Book Book::createOnServer(const std::string& uri, const std::string& adminName,
                          std::string_view adminPassword,
                          const std::optional<std::string>& serverPassword,
                          const std::optional<UnitDraft>& firstUnit) {
    users::checkNewAdmin(adminName, adminPassword);
    const Locator where = parseLocator(uri);
    if (!where.isServer())
        throw InvalidInput("book", "\"" + uri + "\" is not a postgresql:// URI");
    // One transaction: roles, schema, the admin and the first rows, or nothing at all.
    pg::Connection connection(where.text, serverPassword);
    connection.exec("BEGIN");
    pg::createBook(connection);
    const std::string verifier = connection.encryptPassword(adminName, std::string(adminPassword));
    Book book(
        Database(std::make_unique<storage::PgConnection>(std::move(connection)), where.display()));
    Database& db = book.database();
    db.prepare("SELECT user_add(?1, 'admin', ?2, ?3)")
        .bind(1, adminName)
        .bind(2, verifier)
        .bind(3, book.now())
        .run();
    Statement id = db.prepare("SELECT id FROM book_user WHERE name = ?1");
    id.bind(1, adminName);
    if (!id.step())
        throw StorageError("the book's admin was not recorded");
    Session admin(UserId{id.getInt(0)}, adminName, Role::Admin);
    book.audit(admin, "create", "book", where.display());
    if (firstUnit)
        book.insertUnit(admin, *firstUnit);
    pg::leaveOwner(db.server());
    db.exec("COMMIT");
    return book;
}

bool Book::onServer() const {
    return m_impl->db.isServer();
}

Book Book::open(const std::string& path, Purpose purpose) {
    if (isServerUri(path)) {
        // A server book is reached at login, as the user who logs in.
        const Locator where = parseLocator(path);
        return Book(Database(where.text, where.display()));
    }
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
    return m_impl->clock ? m_impl->clock() : users::utcNow();
}

void Book::setProgress(Progress progress) {
    m_impl->progress = std::move(progress);
}

void Book::reportProgress(std::int64_t done, std::int64_t total) {
    if (m_impl->progress && !m_impl->progress(done, total))
        throw Cancelled();
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

void Book::backup(const Session& s, const std::string& file) {
    require(s, Action::Backup);
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(file, ec))
        throw InvalidInput("file", "\"" + file + "\" already exists; not overwriting it");
    if (m_impl->db.isServer())
        return backupServerBook(s, file);
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
