// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Book: the facade over one book, a *.barter file or a database on a PostgreSQL server. It is
// owned by its caller (never a singleton). It opens and creates books and logs users in; the
// operations are its services, grouped by job (services.h): book.journal().post(session, draft),
// book.reporting().balances(…). Posted exchanges are never updated or deleted: reverse() is the
// only correction.

#include "../storage/database.h"
#include "change_feed.h"
#include "services.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace barter {

class Book {
public:
    // Returns the current UTC time as "YYYY-MM-DDTHH:MM:SSZ"; replaceable for deterministic books.
    using Clock = std::function<std::string()>;

    // Creates a new book with its first admin. Refuses to overwrite an existing file.
    // With `firstUnit`, the book starts with that unit of account (a new book's wizard asks
    // for it; later units are a manager's master data).
    static Book create(const std::string& path, const std::string& adminName,
                       std::string_view adminPassword,
                       const std::optional<UnitDraft>& firstUnit = std::nullopt);
    // A new book in the empty database the postgresql:// URI names (DESIGN.md §10), connecting
    // as the login the URI names with `serverPassword` (nullopt: libpq's own sources): roles,
    // schema, triggers, grants and NAME's login, in one transaction. create() comes here for a
    // URI.
    static Book createOnServer(const std::string& uri, const std::string& adminName,
                               std::string_view adminPassword,
                               const std::optional<std::string>& serverPassword,
                               const std::optional<UnitDraft>& firstUnit = std::nullopt);
    enum class Purpose {
        Use,     // a damaged book (a page that fails its checksum) is refused
        Verify,  // a damaged book opens for verify() to report on; nothing is written to it, not
                 // even a login, and reads of it are not checked until verify() has checked them
        Inspect, // as Verify, and nothing is written whatever is found (a book another program
                 // refused: the desktop application's Verify…)
    };
    // Opens an existing book; throws StorageError for a missing, foreign, newer or cut-off file,
    // and (for Purpose::Use) a damaged one.
    static Book open(const std::string& path, Purpose purpose = Purpose::Use);

    Book(Book&&) noexcept;
    Book& operator=(Book&&) noexcept;
    ~Book();

    // Throws PermissionDenied("login failed …") for an unknown user, a wrong password, or a
    // locked or disabled account, without saying which. Five failures in a row lock the user.
    // A failed attempt returns only after a back-off that doubles with each failure under the
    // same name in the last 15 minutes (known or not, so the wait does not tell either).
    Session login(const std::string& userName, std::string_view password);
    // A server book logs in as the server's login of that name: the server authenticates, and
    // its lockout and back-off apply (auth_delay, fail2ban). Without a password, libpq's own
    // sources give it (PGPASSWORD, ~/.pgpass); a file book refuses that as a failed login.
    Session loginWithoutPassword(const std::string& userName);
    // Whether the book is on a server (its users are the server's logins).
    bool onServer() const;
    // A server book's commits by other desks as they happen (change_feed.h), on a connection
    // of its own as the user of `s`; nullptr for a file book. Throws as login does.
    std::unique_ptr<ChangeFeed> watchChanges(const Session& s);
    // A server book's connection made again, as the user of `s`, after the server went away
    // (restarted, the network down): what was not committed when it went was rolled back by the
    // server. Throws StorageError while it is still unreachable (the Book stays without a
    // connection, and every call says so), PermissionDenied when the user was disabled meanwhile.
    // Nothing to do for a file book.
    void reconnect(const Session& s);
    // The back-off after the first failure, and its ceiling, in milliseconds (defaults 250 and
    // 4000). Tests that fail logins on purpose shorten it; nothing else should.
    void setLoginBackoff(int firstMs, int ceilingMs);
    // True when the file could only be opened for reading: reports, verify and exports work (and
    // are not recorded in its audit trail, which cannot be written); every change is refused.
    bool readOnly() const;
    // The same user on this Book object (another connection to the same file, e.g. for work
    // off the UI thread). Throws PermissionDenied when the user is gone, locked or disabled.
    Session resume(const Session& other);
    // Long operations (imports) call `progress(done, total)` now and then (total 0 = not known
    // yet); when it returns false they stop, roll back and throw Cancelled.
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;
    void setProgress(Progress progress);
    // For services inside the core: reports progress, throws Cancelled when asked to stop.
    void reportProgress(std::int64_t done, std::int64_t total);
    void setClock(Clock clock);
    const std::string& path() const;

    // --- the services, by job; each a handle on this Book that must not outlive it ---
    UserService users() { return UserService(*this); }
    SettingsService settings() { return SettingsService(*this); }
    MasterDataService masterData() { return MasterDataService(*this); }
    JournalService journal() { return JournalService(*this); }
    ComplianceService compliance() { return ComplianceService(*this); }
    ProtocolService protocols() { return ProtocolService(*this); }
    ReportService reporting() { return ReportService(*this); }
    ReconciliationService reconciliation() { return ReconciliationService(*this); }
    ExportService exports() { return ExportService(*this); }
    IntegrityService integrity() { return IntegrityService(*this); }

    // For services inside the core (posting, imports, reports).
    Database& database();
    std::string now() const;
    void audit(const Session& s, std::string_view action, std::string_view object,
               std::string_view detail);
    // audit() in a transaction of its own, for actions that change nothing else (verify,
    // exports); skipped in a read-only or damaged book.
    void auditRead(const Session& s, std::string_view action, std::string_view object,
                   std::string_view detail);

private:
    friend class BookService;
    explicit Book(Database db);
    Session logIn(const std::string& userName, const std::optional<std::string>& password);
    // Neither read-only nor found damaged when opened for verification.
    bool writable() const;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace barter
