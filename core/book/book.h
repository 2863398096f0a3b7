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
    static Book create(const std::string& path, const std::string& adminName,
                       std::string_view adminPassword);
    // Opens an existing book; throws StorageError for a missing, foreign, damaged or newer file.
    static Book open(const std::string& path);

    Book(Book&&) noexcept;
    Book& operator=(Book&&) noexcept;
    ~Book();

    // Throws PermissionDenied("login failed …") for an unknown user, a wrong password, or a
    // locked or disabled account, without saying which. Five failures in a row lock the user.
    Session login(const std::string& userName, std::string_view password);
    void setClock(Clock clock);
    const std::string& path() const;

    // --- users (admin) ---
    void addUser(const Session& s, const std::string& name, const std::string& role,
                 std::string_view password);
    void unlockUser(const Session& s, const std::string& name);
    void disableUser(const Session& s, const std::string& name);
    std::vector<User> users(const Session& s);

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
    std::vector<Price> prices(const Session& s, const std::string& agreement);

    // --- the journal ---
    // Every problem with the draft (empty when it would post). Never throws for bad input.
    std::vector<Problem> check(const Session& s, const ExchangeDraft& draft);
    PostResult post(const Session& s, const ExchangeDraft& draft);
    // Posts the negation of exchange `seq`, dated `date` (default today, not before the
    // original). An exchange is reversed at most once; a reversal cannot be reversed.
    PostResult reverse(const Session& s, std::int64_t seq, const std::string& reason,
                       const std::string& date = {}, const std::string& swingOverride = {});
    std::optional<Exchange> exchange(const Session& s, std::int64_t seq);

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
    std::vector<AuditEvent> auditEvents(const Session& s, std::optional<Date> from,
                                        std::optional<Date> to, const std::string& user);

    // --- integrity and exports ---
    // Recomputes the chain (and the stored daily sums) from the first exchange.
    VerifyResult verify(const Session& s, const std::optional<Hash>& expectedHead = std::nullopt);
    // Writes the hledger journal of an agreement to `file` (temp file + rename).
    void exportJournal(const Session& s, const std::string& agreement, std::optional<Date> from,
                       std::optional<Date> to, const std::string& file);
    // Writes the statement of an agreement as CSV to `file` (temp file + rename).
    void exportStatementCsv(const Session& s, const std::string& agreement,
                            std::optional<Date> from, std::optional<Date> to,
                            const std::string& file);
    // A consistent copy through the SQLite backup API; refuses to overwrite a file.
    void backup(const Session& s, const std::string& file);

    // For services inside the core (posting, imports, reports).
    Database& database();
    std::string now() const;
    void audit(const Session& s, std::string_view action, std::string_view object,
               std::string_view detail);

private:
    explicit Book(Database db);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace barter
