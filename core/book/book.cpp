// SPDX-License-Identifier: GPL-3.0-or-later
#include "book.h"

#include "../auth/password.h"
#include "../domain/validate.h"
#include "../io/atomic_file.h"
#include "../storage/locator.h"
#include "../storage/open_checks.h"
#include "../storage/pg/connection.h"
#include "../storage/pg/pg_driver.h"
#include "../storage/pg/pg_schema.h"
#include "../storage/schema.h"
#include "book_impl.h"
#include "permissions.h"
#include "server_users.h"

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

Database& BookService::database() const {
    return m_book.database();
}
std::string BookService::now() const {
    return m_book.now();
}
void BookService::audit(const Session& s, std::string_view action, std::string_view object,
                        std::string_view detail) const {
    m_book.audit(s, action, object, detail);
}
void BookService::auditRead(const Session& s, std::string_view action, std::string_view object,
                            std::string_view detail) const {
    m_book.auditRead(s, action, object, detail);
}
void BookService::reportProgress(std::int64_t done, std::int64_t total) const {
    m_book.reportProgress(done, total);
}
bool BookService::writable() const {
    return m_book.writable();
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
            book.masterData().insertUnit(admin, *firstUnit);
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
        book.masterData().insertUnit(admin, *firstUnit);
    pg::leaveOwner(db.server());
    db.exec("COMMIT");
    return book;
}

bool Book::onServer() const {
    return m_impl->db.isServer();
}

std::unique_ptr<ChangeFeed> Book::watchChanges(const Session& s) {
    if (!onServer())
        return nullptr;
    return std::make_unique<ChangeFeed>(m_impl->db, s);
}

void Book::reconnect(const Session& s) {
    if (!onServer())
        return;
    m_impl->db.disconnect();
    server::resume(m_impl->db, s);
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

void Book::audit(const Session& s, std::string_view action, std::string_view object,
                 std::string_view detail) {
    Statement& st = database().cached("INSERT INTO audit_event (at, user_name, action, object, "
                                      "detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, now()).bind(2, s.userName()).bind(3, action).bind(4, object).bind(5, detail);
    st.run();
}

void Book::auditRead(const Session& s, std::string_view action, std::string_view object,
                     std::string_view detail) {
    if (!writable())
        return;
    Transaction tx(database());
    audit(s, action, object, detail);
    tx.commit();
}

} // namespace barter
