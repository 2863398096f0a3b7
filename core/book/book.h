#pragma once
// Book: the facade over one *.barter file. It is owned by its caller (never a singleton).
// Every operation takes the Session of the logged-in user, checks the role (permissions.h),
// validates, writes in one transaction and appends its audit event. Rule violations throw
// InvalidInput listing every problem; nothing is written then. Posted exchanges are never
// updated or deleted: reverse() is the only correction.

#include "../audit/verify.h"
#include "../compliance/screener.h"
#include "../domain/types.h"
#include "../error.h"
#include "../reconcile/reconciliation.h"
#include "../reconcile/statement.h"
#include "../reports/journal_view.h"
#include "../reports/manager_reports.h"
#include "../reports/price_report.h"
#include "../reports/report_table.h"
#include "../reports/reports.h"
#include "../storage/database.h"
#include "session.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace barter {

// Master data as typed by a user: text fields, validated by the core.
struct PartyDraft {
    std::string code, name, nativeName, country;
};
struct UnitDraft {
    std::string code, name, digits; // digits empty = 2
};
struct GoodDraft {
    std::string code, name, hsCode, measure, decimals; // decimals empty = 3
};
struct AgreementDraft {
    std::string code, partyA, partyB, unit;
    std::string swing;              // empty = no limit
    std::string warnPercent;        // empty = 80
    std::string validFrom, validTo; // empty = open
};
struct PriceDraft {
    std::string agreement, good, unitPrice, effectiveFrom;
};

struct PostResult {
    Exchange exchange;
    Decimal balanceAfter; // the agreement's balance at the latest posted date after posting
    std::vector<std::string> warnings; // e.g. swing use past the warn percentage
};

// What a draft would post, for a live preview while it is typed: the problems check() would
// report, each line that could be valued (lineNo = its 1-based position in the draft) with its
// screening verdict, the totals each way, and the balance before and after.
struct ExchangePreview {
    std::vector<Problem> problems;
    std::vector<std::string> warnings; // e.g. past the warn percentage of the swing
    std::vector<DeliveryLine> lines;
    std::string unit; // the agreement's unit of account; empty without a known agreement
    int digits = 2;
    std::string partyA, partyB;
    Decimal aToB, bToA;                   // totals of the valued lines
    std::optional<Decimal> balanceBefore; // the agreement's balance after its latest posting
    std::optional<Decimal> balanceAfter;  // the same with this draft posted
    std::optional<Decimal> swing;
    int warnPercent = 80;
    // |balance after| as a percentage of the swing (2 decimals, rounded half-even); none
    // without a limit. The level says how a face should show it.
    std::optional<Decimal> swingUsePercent;
    using SwingLevel = reports::SwingLevel;
    SwingLevel swingLevel = SwingLevel::None;
};

enum class PendingStatus { Pending, Approved, Rejected };
std::string toString(PendingStatus status); // pending, approved, rejected

// A clerk's exchange waiting for a manager's approval (maker–checker), kept as typed.
struct PendingExchange {
    std::int64_t id = 0;
    ExchangeDraft draft;
    std::string maker, madeAt;
    PendingStatus status = PendingStatus::Pending;
    std::string checker, decidedAt, reason; // set once decided; reason of a rejection
    std::optional<std::int64_t> postedSeq;  // once approved
};

// What record() did: posted the exchange, or (maker–checker) saved it for approval.
struct RecordResult {
    std::optional<PostResult> posted;
    std::optional<PendingExchange> pending;
    std::vector<std::string> warnings;
};

// What upgradePageChecksums() did.
struct UpgradeResult {
    bool alreadyChecksummed = false; // nothing to do: the book had page checksums already
    std::string original;            // where the original is kept (BOOK.before-upgrade)
    std::int64_t pages = 0;          // pages of the upgraded book, every one checksummed
    std::int64_t exchanges = 0;
    Hash head{}; // the chain head, the same before and after
};

// What copyTo() made.
struct CopyResult {
    std::string target; // as shown to a person
    std::int64_t exchanges = 0;
    Hash head{}; // the chain head, the source's and the copy's
};

// A good the debtor offers for a settlement, as typed: its code and an optional maximum
// quantity (decimal text).
struct SettlementOffer {
    std::string good;
    std::string maxQuantity; // empty = no maximum
};
struct SettlementLine {
    std::string good, unit; // unit of measure
    Decimal quantity, unitPrice, value;
};
// What the debtor could ship to clear the balance (or bring it inside the target): nothing is
// posted. Lines follow the order of the offers; each takes the largest quantity (at the good's
// decimals) whose value still fits, that its maximum and the screening rules allow.
struct SettlementProposal {
    std::string agreement, unit, debtor, creditor; // debtor/creditor empty when even
    int digits = 2;
    Date date;
    Decimal balance; // at `date`, signed (positive: B owes A)
    Decimal target;  // the |balance| that may remain
    std::vector<SettlementLine> lines;
    Decimal residual;               // the balance after the proposed lines, signed
    std::vector<std::string> notes; // offers left out or cut short, and why
};

struct ImportResult {
    std::int64_t rows = 0;
    std::int64_t created = 0;          // goods or prices written, or exchanges posted
    std::int64_t lines = 0;            // delivery lines posted
    std::vector<std::string> warnings; // e.g. swing use past the warn percentage
};

struct ExemptionInfo {
    std::string reference, hsPrefix, fromCountry, toCountry, agreement;
    Date validFrom, validTo;
    std::optional<Decimal> quantity;
    std::string unit, source;
    Decimal used; // quantity already used by posted lines, in `unit`
};

// One quota rule's use in one direction and period.
struct QuotaUse {
    std::string rule, hsPrefix, fromCountry, toCountry, unit, period;
    Decimal cap, used, remaining;
};

struct AuditEvent {
    std::int64_t id = 0;
    std::string at, user, action, object, detail;
};

class JournalWriter;

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

    // --- users (admin) ---
    void addUser(const Session& s, const std::string& name, const std::string& role,
                 std::string_view password);
    void unlockUser(const Session& s, const std::string& name);
    void disableUser(const Session& s, const std::string& name);
    // The logged-in user's own password: refused (PermissionDenied) unless `current` is right,
    // InvalidInput when `next` is too weak. Every role may change its own.
    void changePassword(const Session& s, std::string_view current, std::string_view next);
    // An admin sets another user's password (and unlocks the account, so that it can be used).
    void resetPassword(const Session& s, const std::string& name, std::string_view next);
    std::vector<User> users(const Session& s);

    // The whole book (admin) copied into `target`, a new file or an empty database's
    // postgresql:// URI (created as for createOnServer, with `serverPassword`): every row, the
    // chain and the users with their roles; passwords only from file to file, and `adminName`
    // (a user of the book or a new one) its admin with `adminPassword`. The book must verify
    // first (IntegrityError otherwise); nothing is left of a copy that fails.
    CopyResult copyTo(const Session& s, const std::string& target, const std::string& adminName,
                      std::string_view adminPassword,
                      const std::optional<std::string>& serverPassword = std::nullopt);

    // --- book settings (admin) ---
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

    // --- master data (manager) ---
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

    // --- the journal ---
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

    // --- maker–checker ---
    // Saves a checked draft as pending (not chained, not in balances). Every rule of post()
    // applies except the swing limit, which the approving manager may override.
    PendingExchange submit(const Session& s, const ExchangeDraft& draft);
    // Pending entries, oldest first; with `all`, decided ones too.
    std::vector<PendingExchange> pendingExchanges(const Session& s, bool all = false);
    std::optional<PendingExchange> pendingExchange(const Session& s, std::int64_t id);
    // A manager other than the maker posts it through the normal rules, as of now.
    PostResult approve(const Session& s, std::int64_t id, const std::string& swingOverride = {});
    void reject(const Session& s, std::int64_t id, const std::string& reason);
    // Posts the negation of exchange `seq`, dated `date` (default today, not before the
    // original). An exchange is reversed at most once; a reversal cannot be reversed.
    PostResult reverse(const Session& s, std::int64_t seq, const std::string& reason,
                       const std::string& date = {}, const std::string& swingOverride = {});
    std::optional<Exchange> exchange(const Session& s, std::int64_t seq);
    // The journal's delivery lines page by page (see journal_view.h). The view reads this
    // Book's connection and must not outlive it.
    std::unique_ptr<reports::JournalView> journal(const Session& s, reports::JournalFilter filter);

    // --- imports (DESIGN.md §7); each one transaction, all rows or none ---
    ImportResult importGoods(const Session& s, const std::string& file);
    ImportResult importPrices(const Session& s, const std::string& file,
                              const std::string& agreement);
    ImportResult importDeliveries(const Session& s, const std::string& file,
                                  const std::string& agreement);

    // --- screening (DESIGN.md §1); lists and exemptions are managers' master data ---
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

    // --- reports ---
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
    // Writes a report table as CSV (temp file + rename); an export, so recorded in the audit.
    void exportReportCsv(const Session& s, const reports::ReportTable& table,
                         const std::string& what, const std::string& file);
    // Each party's net position across the agreements of each unit of account, at `at`.
    std::vector<reports::PartyPosition> consolidatedPositions(const Session& s,
                                                              std::optional<Date> at);
    reports::AgingReport aging(const Session& s, const std::string& agreement,
                               std::optional<Date> at);
    // A settlement proposal (see SettlementProposal); `date` empty = today, `target` empty = 0.
    SettlementProposal settle(const Session& s, const std::string& agreement,
                              const std::vector<SettlementOffer>& offers, const std::string& date,
                              const std::string& target);
    // The audit trail, oldest first; empty `user` or `action` = any. With `newest` > 0, only
    // the last that many events that match.
    std::vector<AuditEvent> auditEvents(const Session& s, std::optional<Date> from,
                                        std::optional<Date> to, const std::string& user,
                                        const std::string& action = {}, std::int64_t newest = 0);

    // --- reconciliation with the other side and period close (DESIGN.md §1) ---
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
    reconcile::Reconciliation reconciliation(const Session& s, std::int64_t id);
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

    // --- statements of any length, for exports a face renders (the PDF) ---
    // The statement line by line (see reports::streamStatement), in bounded memory.
    reports::StatementReport
    streamStatement(const Session& s, const std::string& agreement, std::optional<Date> from,
                    std::optional<Date> to,
                    const std::function<void(const reports::StatementLine&)>& visit);
    reports::StatementExtent statementExtent(const Session& s, const std::string& agreement,
                                             std::optional<Date> from, std::optional<Date> to);
    // Throws PermissionDenied unless the session may export (before a face starts writing).
    void requireExport(const Session& s);
    // Appends the audit event of an export a face wrote (`kind`: pdf, act, bundle…).
    void recordExport(const Session& s, const std::string& kind, const std::string& detail);

    // --- integrity and exports ---
    // Recomputes the chain (and the stored daily sums) from the first exchange.
    // Throws StorageError for a damaged book (pages failing their checksums, or SQLite's own
    // check failing); verifyReport() returns what it found instead (`damaged`).
    VerifyResult verify(const Session& s, const std::optional<Hash>& expectedHead = std::nullopt);
    VerifyResult verifyReport(const Session& s,
                              const std::optional<Hash>& expectedHead = std::nullopt);
    // Gives a book made before page checksums its checksums (admin): verifies it, writes a
    // copy with a checksum on every page (VACUUM INTO), checks that the copy's chain head, its
    // content and every report equal the original's, then puts the copy in the book's place
    // in one rename and keeps the original beside it as BOOK.before-upgrade. Refused when the
    // book does not verify, or while another program has it open. The Book then reads the
    // upgraded file.
    UpgradeResult upgradePageChecksums(const Session& s);
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
    // A consistent copy through the SQLite backup API; refuses to overwrite a file.
    void backup(const Session& s, const std::string& file);

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
    explicit Book(Database db);
    Session logIn(const std::string& userName, const std::optional<std::string>& password);
    // copyTo() without the role check; `action` is what the audit trail calls it.
    CopyResult copyWhole(const Session& s, const std::string& target, const std::string& adminName,
                         std::string_view adminPassword,
                         const std::optional<std::string>& serverPassword,
                         const std::string& action);
    void backupServerBook(const Session& s, const std::string& file);
    // Neither read-only nor found damaged when opened for verification.
    bool writable() const;
    // post() without the approval gate; `maker` is recorded as who posted it.
    PostResult postDraft(const Session& s, const ExchangeDraft& draft, const std::string& maker);
    // addUnit() without the role check, for the unit a new book starts with.
    UnitOfAccount insertUnit(const Session& s, const UnitDraft& draft);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace barter
