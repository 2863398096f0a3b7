// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Book's services, grouped by job (DESIGN.md §4). Each is a light handle on its Book
// (book.journal(), book.reporting(), …) and must not outlive it. Every operation takes the
// Session of the logged-in user, checks the role (permissions.h), validates, writes in one
// transaction and appends its audit event. Rule violations throw InvalidInput listing every
// problem; nothing is written then.

#include "../protocol/protocol.h"
#include "../reconcile/reconciliation.h"
#include "../reconcile/statement.h"
#include "../reports/journal_view.h"
#include "../reports/price_report.h"
#include "../reports/report_table.h"
#include "../reports/reports.h"
#include "book_types.h"
#include "session.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace barter {

class Book;
class Database;

// What every service shares: its Book and the Book's connection, clock and audit trail.
class BookService {
protected:
    explicit BookService(Book& book) : m_book(book) {}
    Book& book() const { return m_book; }
    Database& database() const;
    std::string now() const;
    void audit(const Session& s, std::string_view action, std::string_view object,
               std::string_view detail) const;
    void auditRead(const Session& s, std::string_view action, std::string_view object,
                   std::string_view detail) const;
    void reportProgress(std::int64_t done, std::int64_t total) const;
    // Neither read-only nor found damaged when opened for verification.
    bool writable() const;

private:
    Book& m_book;
};

// The book's users (admin), and every user's own password.
class UserService : public BookService {
public:
    explicit UserService(Book& book) : BookService(book) {}

    void addUser(const Session& s, const std::string& name, const std::string& role,
                 std::string_view password);
    void unlockUser(const Session& s, const std::string& name);
    void disableUser(const Session& s, const std::string& name);
    // The logged-in user's own password: refused (PermissionDenied) unless `current` is right,
    // InvalidInput when `next` is too weak. Every role may change its own.
    void changePassword(const Session& s, std::string_view current, std::string_view next);
    // An admin sets another user's password (and unlocks the account, so that it can be used).
    void resetPassword(const Session& s, const std::string& name, std::string_view next);
    std::vector<User> list(const Session& s);
};

// The book's settings (admin).
class SettingsService : public BookService {
public:
    explicit SettingsService(Book& book) : BookService(book) {}

    // "Entries need approval": clerks' exchanges wait for a manager (maker–checker).
    void setApprovalRequired(const Session& s, bool on);
    bool approvalRequired();
    // The desktop application locks itself after this many minutes without input and asks for
    // the password again; 0 = never. Default 15, at most a day.
    static constexpr int kDefaultIdleLockMinutes = 15;
    static constexpr int kMaxIdleLockMinutes = 1440;
    void setIdleLockMinutes(const Session& s, int minutes);
    int idleLockMinutes();
    // True when this session's exchanges wait for approval (the setting is on, and a clerk).
    bool needsApproval(const Session& s);
};

// Parties, units of account, goods, agreements and prices (managers).
class MasterDataService : public BookService {
public:
    explicit MasterDataService(Book& book) : BookService(book) {}

    Party addParty(const Session& s, const PartyDraft& draft);
    UnitOfAccount addUnit(const Session& s, const UnitDraft& draft);
    Good addGood(const Session& s, const GoodDraft& draft);
    Agreement addAgreement(const Session& s, const AgreementDraft& draft);
    Price setPrice(const Session& s, const PriceDraft& draft);
    std::vector<Party> parties(const Session& s);
    std::vector<UnitOfAccount> units(const Session& s);
    std::vector<Good> goods(const Session& s);
    std::vector<Agreement> agreements(const Session& s);
    // The agreement's price list with its history (by good, then date), or with `inForceAt`
    // only the price of each good in force on that date.
    std::vector<Price> prices(const Session& s, const std::string& agreement,
                              std::optional<Date> inForceAt = std::nullopt);
    ImportResult importGoods(const Session& s, const std::string& file);
    ImportResult importPrices(const Session& s, const std::string& file,
                              const std::string& agreement);

private:
    friend class Book;
    // addUnit() without the role check, for the unit a new book starts with.
    UnitOfAccount insertUnit(const Session& s, const UnitDraft& draft);
};

// The journal: exchanges checked, posted, pending approval (maker–checker), reversed and
// read; deliveries imported.
class JournalService : public BookService {
public:
    explicit JournalService(Book& book) : BookService(book) {}

    // Every problem with the draft (empty when it would post). Never throws for bad input.
    std::vector<Problem> check(const Session& s, const ExchangeDraft& draft);
    // Posts the draft. Refused (PermissionDenied) when needsApproval(s): use record().
    PostResult post(const Session& s, const ExchangeDraft& draft);
    // Posts the draft, or saves it as pending when needsApproval(s).
    RecordResult record(const Session& s, const ExchangeDraft& draft);
    // The valuation, screening and swing use of a draft as typed; never throws for bad input.
    ExchangePreview preview(const Session& s, const ExchangeDraft& draft);
    // What reverse() would post (managers): the negated lines and the balance after.
    ExchangePreview previewReversal(const Session& s, std::int64_t seq, const std::string& reason,
                                    const std::string& date = {});
    // Saves a checked draft as pending (not chained, not in balances). Every rule of post()
    // applies except the swing limit, which the approving manager may override.
    PendingExchange submit(const Session& s, const ExchangeDraft& draft);
    // Pending entries, oldest first; with `all`, decided ones too.
    std::vector<PendingExchange> pendingExchanges(const Session& s, bool all = false);
    std::optional<PendingExchange> pendingExchange(const Session& s, std::int64_t id);
    // A manager other than the maker posts it through the normal rules, as of now.
    // `protocolOverride` lets its lines past a strict protocol (DESIGN.md §11).
    PostResult approve(const Session& s, std::int64_t id, const std::string& swingOverride = {},
                       const std::string& protocolOverride = {});
    void reject(const Session& s, std::int64_t id, const std::string& reason);
    // Posts the negation of exchange `seq`, dated `date` (default today, not before the
    // original). An exchange is reversed at most once; a reversal cannot be reversed.
    PostResult reverse(const Session& s, std::int64_t seq, const std::string& reason,
                       const std::string& date = {}, const std::string& swingOverride = {});
    std::optional<Exchange> exchange(const Session& s, std::int64_t seq);
    // The journal's delivery lines page by page (see journal_view.h). The view reads this
    // Book's connection and must not outlive it.
    std::unique_ptr<reports::JournalView> view(const Session& s, reports::JournalFilter filter);
    ImportResult importDeliveries(const Session& s, const std::string& file,
                                  const std::string& agreement);

private:
    // post() without the approval gate; `maker` is recorded as who posted it.
    PostResult postDraft(const Session& s, const ExchangeDraft& draft, const std::string& maker);
};

// Screening (DESIGN.md §1): restriction lists, exemptions and quotas are managers' master
// data.
class ComplianceService : public BookService {
public:
    explicit ComplianceService(Book& book) : BookService(book) {}

    ImportResult importRestrictions(const Session& s, const std::string& file,
                                    const std::string& list, const std::string& version);
    ImportResult importExemptions(const Session& s, const std::string& file);
    // 1 unit of the good = `factor` units of `unit`, for quotas counted in another unit.
    void setConversion(const Session& s, const std::string& good, const std::string& unit,
                       const std::string& factor);
    std::vector<RestrictionRule> restrictions(const Session& s, const std::string& list);
    std::vector<ExemptionInfo> exemptions(const Session& s);
    // A dry run: the verdict each line of `draft` would get (agreement, date and lines are
    // used; no reference needed). Throws InvalidInput for lines that cannot be read or
    // screened (a quota in another unit without a conversion factor).
    std::vector<ScreeningResult> screen(const Session& s, const ExchangeDraft& draft);
    // Quota use for the directions of `agreement` (all agreements when empty): in the period
    // that starts in `year`, or without a year the period that contains today.
    std::vector<QuotaUse> quotaUse(const Session& s, const std::string& agreement,
                                   std::optional<int> year);
};

// Trade protocols (DESIGN.md §11): the goods each side undertakes to ship in a period, and how
// far each has got. Importing is a manager's; reading is everyone's.
class ProtocolService : public BookService {
public:
    explicit ProtocolService(Book& book) : BookService(book) {}

    // Imports `file` (shipper,good,planned_quantity[,planned_value]) as the next version of
    // the agreement's protocol `name` for the period [from, through]. Throws InvalidInput listing
    // every bad row (FILE:LINE: column: reason) or option; nothing is written then.
    Protocol importProtocol(const Session& s, const std::string& agreement, const std::string& file,
                            const std::string& name, const std::string& from,
                            const std::string& through, bool strict);
    // Every version of the agreement's protocols (all agreements' when empty), by agreement,
    // name and version; `inForce` marks the newest of each name.
    std::vector<Protocol> list(const Session& s, const std::string& agreement);
    // One version with its lines (the newest without `version`).
    Protocol show(const Session& s, const std::string& agreement, const std::string& name,
                  std::optional<int> version = std::nullopt);
    // Each line's fulfilment at `at` (default today) of the protocol `name` (its newest
    // version), or without a name of the protocols whose period holds `at` (when none does, the
    // one that ended last before it).
    std::vector<FulfilmentRow> fulfilment(const Session& s, const std::string& agreement,
                                          const std::string& name, std::optional<Date> at);
    // The protocols fulfilment() reads for `name` and `at`, newest versions, without figures.
    std::vector<Protocol> inForce(const Session& s, const std::string& agreement,
                                  const std::string& name, Date at);
};

// Reports: plain rows and totals that the faces and the PDF writer render.
class ReportService : public BookService {
public:
    explicit ReportService(Book& book) : BookService(book) {}

    std::vector<reports::BalanceRow> balances(const Session& s, const std::string& agreement,
                                              std::optional<Date> at);
    reports::StatementReport statement(const Session& s, const std::string& agreement,
                                       std::optional<Date> from, std::optional<Date> to);
    std::vector<reports::TurnoverByGood> turnoverByGood(const Session& s,
                                                        const std::string& agreement,
                                                        std::optional<Date> from,
                                                        std::optional<Date> to);
    std::vector<reports::TurnoverByPeriod>
    turnoverByPeriod(const Session& s, const std::string& agreement, reports::PeriodKind kind,
                     std::optional<Date> from, std::optional<Date> to);
    // The agreement's figures for a report's header (its parties, unit, digits, swing).
    reports::AgreementInfo agreementInfo(const Session& s, const std::string& agreement);
    // The balance at each period end with the swing use (see manager_reports.h).
    std::vector<reports::BalancePoint> balanceSeries(const Session& s, const std::string& agreement,
                                                     reports::SeriesPeriod period,
                                                     std::optional<Date> from,
                                                     std::optional<Date> to);
    std::vector<reports::TurnoverByGood> turnoverByGoodAndPeriod(const Session& s,
                                                                 const std::string& agreement,
                                                                 reports::SeriesPeriod period,
                                                                 std::optional<Date> from,
                                                                 std::optional<Date> to);
    // The prices in force at `at` (default today), the changes and the overridden lines
    // within [from, to] (see price_report.h).
    reports::PriceReport priceReport(const Session& s, const std::string& agreement,
                                     std::optional<Date> at, std::optional<Date> from,
                                     std::optional<Date> to);
    // Each party's net position across the agreements of each unit of account, at `at`.
    std::vector<reports::PartyPosition> consolidatedPositions(const Session& s,
                                                              std::optional<Date> at);
    reports::AgingReport aging(const Session& s, const std::string& agreement,
                               std::optional<Date> at);
    // A settlement proposal (see SettlementProposal); `date` empty = today, `target` empty = 0.
    SettlementProposal settle(const Session& s, const std::string& agreement,
                              const std::vector<SettlementOffer>& offers, const std::string& date,
                              const std::string& target);
    // The statement line by line (see reports::streamStatement), in bounded memory.
    reports::StatementReport
    streamStatement(const Session& s, const std::string& agreement, std::optional<Date> from,
                    std::optional<Date> to,
                    const std::function<void(const reports::StatementLine&)>& visit);
    reports::StatementExtent statementExtent(const Session& s, const std::string& agreement,
                                             std::optional<Date> from, std::optional<Date> to);
};

// Reconciliation with the other side and period close (DESIGN.md §1).
class ReconciliationService : public BookService {
public:
    explicit ReconciliationService(Book& book) : BookService(book) {}

    // Reads the other side's statement (see reconcile/statement.h) for the agreement's lines
    // dated from `from` (the beginning when empty) through `through`, matches it with our posted
    // lines (a reversal and the exchange it reverses, both in the period, are left out as they
    // cancel) and saves the result (managers). Both balances start from our balance the day
    // before `from`. Throws InvalidInput listing every bad row of the statement or mapping.
    reconcile::Reconciliation reconcile(const Session& s, const std::string& agreement,
                                        const std::string& statementFile, std::optional<Date> from,
                                        Date through, const reconcile::Mapping& mapping = {},
                                        int toleranceDays = 0);
    // The codes of a statement that `mapping` leaves unknown (see reconcile/statement.h), for
    // a mapping editor.
    reconcile::UnknownCodes unknownCodes(const Session& s, const std::string& agreement,
                                         const std::string& statementFile,
                                         const reconcile::Mapping& mapping);
    // A draft exchange that brings our book to their figures for an item, to check and post
    // (then resolve the item with it): their whole line for missing_ours, the missing quantity
    // for quantity_differs when theirs is larger. Dated on their date, or the day after the last
    // close if that is closed. Throws InvalidInput saying what to do instead for other items.
    ExchangeDraft correctionDraft(const Session& s, std::int64_t reconciliation, int item);
    // A saved reconciliation with its items and resolutions.
    reconcile::Reconciliation saved(const Session& s, std::int64_t id);
    // The saved reconciliations of an agreement (all agreements when empty), without items.
    std::vector<reconcile::Reconciliation> reconciliations(const Session& s,
                                                           const std::string& agreement);
    // Explains a differing item (managers): a correction or a reversal posted in our book
    // (`seq`, of the same agreement; a reversal must reverse the item's exchange), or a note.
    reconcile::Resolution resolveItem(const Session& s, std::int64_t reconciliation, int item,
                                      reconcile::ResolutionKind kind,
                                      std::optional<std::int64_t> seq, const std::string& note);
    // What closing the agreement through `through` would lock, and why it cannot be done now.
    reconcile::ClosePreview previewClose(const Session& s, const std::string& agreement,
                                         Date through);
    // Closes the agreement through `through` (managers): refused unless our balance at that
    // date equals `agreedBalance` and the book verifies (PRAGMA integrity_check and the chain;
    // IntegrityError otherwise). Records the chain head. From then on nothing dated on or
    // before `through` can be posted, reversed, imported, submitted or approved.
    reconcile::PeriodClose closePeriod(const Session& s, const std::string& agreement, Date through,
                                       const std::string& agreedBalance,
                                       std::optional<std::int64_t> reconciliation = std::nullopt);
    // The closes of an agreement (all agreements when empty), oldest first.
    std::vector<reconcile::PeriodClose> periods(const Session& s, const std::string& agreement);
};

// Exports: CSV, hledger journals and the auditor's bundle, and the audit events of exports a
// face writes.
class ExportService : public BookService {
public:
    explicit ExportService(Book& book) : BookService(book) {}

    // Writes a report table as CSV (temp file + rename); an export, so recorded in the audit.
    void exportReportCsv(const Session& s, const reports::ReportTable& table,
                         const std::string& what, const std::string& file);
    // Throws PermissionDenied unless the session may export (before a face starts writing).
    void requireExport(const Session& s);
    // Appends the audit event of an export a face wrote (`kind`: pdf, act, bundle…).
    void recordExport(const Session& s, const std::string& kind, const std::string& detail);
    // Writes the hledger journal of an agreement to `file` (temp file + rename).
    void exportJournal(const Session& s, const std::string& agreement, std::optional<Date> from,
                       std::optional<Date> to, const std::string& file);
    // Writes the statement of an agreement as CSV to `file` (temp file + rename).
    void exportStatementCsv(const Session& s, const std::string& agreement,
                            std::optional<Date> from, std::optional<Date> to,
                            const std::string& file);
    // Everything an auditor takes away for an agreement and a period, in a new folder `dir`:
    // statement.pdf (written by `writePdf`, a face's renderer; none when empty), statement.csv,
    // statement.journal (hledger), audit-events.csv (the whole trail), the restriction list
    // versions the lines were screened against, chain-head.txt, and MANIFEST.sha256 (sha256sum
    // format) over all of them. Built in a temporary folder renamed at the end: a failed export
    // leaves no folder `dir`.
    struct BundleFile {
        std::string name, sha256;
    };
    std::vector<BundleFile> exportBundle(const Session& s, const std::string& agreement,
                                         std::optional<Date> from, std::optional<Date> to,
                                         const std::string& dir,
                                         const std::function<void(const std::string&)>& writePdf);
};

// The book's integrity: verify, the audit trail, backups, copies and the page-checksum upgrade.
class IntegrityService : public BookService {
public:
    explicit IntegrityService(Book& book) : BookService(book) {}

    // Recomputes the chain (and the stored daily sums) from the first exchange.
    // Throws StorageError for a damaged book (pages failing their checksums, or SQLite's own
    // check failing); verifyReport() returns what it found instead (`damaged`).
    VerifyResult verify(const Session& s, const std::optional<Hash>& expectedHead = std::nullopt);
    VerifyResult verifyReport(const Session& s,
                              const std::optional<Hash>& expectedHead = std::nullopt);
    // The audit trail, oldest first; empty `user` or `action` = any. With `newest` > 0, only
    // the last that many events that match.
    std::vector<AuditEvent> auditEvents(const Session& s, std::optional<Date> from,
                                        std::optional<Date> to, const std::string& user,
                                        const std::string& action = {}, std::int64_t newest = 0);
    // Gives a book made before page checksums its checksums (admin): verifies it, writes a
    // copy with a checksum on every page (VACUUM INTO), checks that the copy's chain head, its
    // content and every report equal the original's, then puts the copy in the book's place
    // in one rename and keeps the original beside it as BOOK.before-upgrade. Refused when the
    // book does not verify, or while another program has it open. The Book then reads the
    // upgraded file.
    UpgradeResult upgradePageChecksums(const Session& s);
    // A consistent copy through the SQLite backup API; refuses to overwrite a file.
    void backup(const Session& s, const std::string& file);
    // The whole book (admin) copied into `target`, a new file or an empty database's
    // postgresql:// URI (created as for createOnServer, with `serverPassword`): every row, the
    // chain and the users with their roles; passwords only from file to file, and `adminName`
    // (a user of the book or a new one) its admin with `adminPassword`. The book must verify
    // first (IntegrityError otherwise); nothing is left of a copy that fails.
    CopyResult copyTo(const Session& s, const std::string& target, const std::string& adminName,
                      std::string_view adminPassword,
                      const std::optional<std::string>& serverPassword = std::nullopt);

private:
    // copyTo() without the role check; `action` is what the audit trail calls it.
    CopyResult copyWhole(const Session& s, const std::string& target, const std::string& adminName,
                         std::string_view adminPassword,
                         const std::optional<std::string>& serverPassword,
                         const std::string& action);
    void backupServerBook(const Session& s, const std::string& file);
};

} // namespace barter
