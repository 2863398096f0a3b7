// SPDX-License-Identifier: GPL-3.0-or-later
// Book: the import of deliveries (DESIGN.md §7): one transaction, every bad row listed as
// FILE:LINE: column: reason, the same chain bytes as posting the exchanges one by one.
#include "../book/book.h"
#include "../book/permissions.h"
#include "../book/posting.h"
#include "../compliance/digests.h"
#include "../domain/validate.h"
#include "../storage/schema.h"
#include "csv_reader.h"
#include "import_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <unordered_map>

namespace barter {

using import_files::addAt;
using import_files::baseName;
using import_files::field;
using import_files::readCsv;
using import_files::refuse;

namespace {

// The rows of a delivery file, kept compact: the text of every field in one arena (reserved to
// the file's size when known), addressed by offsets. A million rows cost about 100 MB, not a
// million drafts. Views into the arena are taken only once every row has been read.
class DeliveryRows {
public:
    enum Field { Date, Reference, Shipper, Good, Quantity, UnitPrice, Value, Memo, FieldCount };
    static constexpr std::array<const char*, FieldCount> kNames = {
        "date", "reference", "shipper", "good", "quantity", "unit_price", "value", "memo"};

    explicit DeliveryRows(std::uintmax_t fileBytes) {
        if (fileBytes >= std::numeric_limits<std::uint32_t>::max())
            throw InvalidInput("file", "an import file must be smaller than 4 GiB");
        m_arena.reserve(static_cast<std::size_t>(fileBytes) + 1);
    }
    void add(const CsvReader& reader, const CsvRecord& record) {
        Row row;
        row.line = record.line;
        for (std::size_t f = 0; f < FieldCount; ++f) {
            row.start[f] = static_cast<std::uint32_t>(m_arena.size());
            if (std::optional<std::size_t> column = reader.column(kNames[f]))
                m_arena += record.fields[*column];
        }
        if (m_arena.size() >= std::numeric_limits<std::uint32_t>::max())
            throw InvalidInput("file", "an import file must hold less than 4 GiB of text");
        row.start[FieldCount] = static_cast<std::uint32_t>(m_arena.size());
        m_rows.push_back(row);
    }
    std::string_view field(std::size_t row, Field f) const {
        const Row& r = m_rows[row];
        return std::string_view(m_arena).substr(r.start[f], r.start[f + 1] - r.start[f]);
    }
    std::string text(std::size_t row, Field f) const { return std::string(field(row, f)); }
    long line(std::size_t row) const { return m_rows[row].line; }
    std::size_t size() const { return m_rows.size(); }

private:
    struct Row {
        long line = 0;
        std::array<std::uint32_t, FieldCount + 1> start{};
    };
    std::string m_arena;
    std::vector<Row> m_rows;
};

// The rows sharing one reference: an exchange to post.
struct RowGroup {
    int day = std::numeric_limits<int>::max(); // invalid dates sort last
    std::uint32_t first = 0;                   // index into the ordered member list
    std::uint32_t count = 0;
};

// A server connection's bulk appends for one import, turned off however it ends.
class BulkAppends {
public:
    explicit BulkAppends(Database& db) : m_db(db) { m_db.setBulkAppends(true); }
    ~BulkAppends() { m_db.setBulkAppends(false); }
    BulkAppends(const BulkAppends&) = delete;
    BulkAppends& operator=(const BulkAppends&) = delete;

private:
    Database& m_db;
};

// A larger page cache for one bulk load, given back afterwards.
class CacheSizeGuard {
public:
    // (A server sizes its own caches: nothing to do there.)
    CacheSizeGuard(Database& db, std::int64_t kibibytes)
        : m_db(db), m_previous(db.isServer() ? 0 : db.queryInt("PRAGMA cache_size")) {
        if (!db.isServer())
            m_db.exec("PRAGMA cache_size = " + std::to_string(-kibibytes));
    }
    ~CacheSizeGuard() {
        if (m_db.isServer())
            return;
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous));
        } catch (...) {
        }
    }
    CacheSizeGuard(const CacheSizeGuard&) = delete;
    CacheSizeGuard& operator=(const CacheSizeGuard&) = delete;

private:
    Database& m_db;
    std::int64_t m_previous;
};

// The exchanges of a delivery file: rows grouped by reference (in file order, one date per
// group), ordered by date so that sequence numbers follow the calendar.
struct ImportPlan {
    std::vector<RowGroup> groups;
    std::vector<std::uint32_t> members; // row indexes, each group's contiguous
    std::vector<std::uint32_t> order;   // group indexes in posting order
};

ImportPlan planExchanges(const DeliveryRows& rows, std::vector<Problem>& problems) {
    ImportPlan plan;
    std::vector<RowGroup>& groups = plan.groups;
    std::vector<std::uint32_t>& members = plan.members;
    // Group rows by reference in file order; a group must share one date.
    std::unordered_map<std::string_view, std::uint32_t> byReference;
    byReference.reserve(rows.size());
    std::vector<std::uint32_t> groupOf(rows.size(), std::numeric_limits<std::uint32_t>::max());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto [it, fresh] = byReference.emplace(rows.field(r, DeliveryRows::Reference),
                                               static_cast<std::uint32_t>(groups.size()));
        if (fresh) {
            RowGroup g;
            if (std::optional<Date> d = Date::parse(rows.field(r, DeliveryRows::Date)))
                g.day = d->days();
            g.first = static_cast<std::uint32_t>(r); // the first row, until members are laid out
            groups.push_back(g);
        } else {
            const std::size_t first = groups[it->second].first;
            if (rows.field(r, DeliveryRows::Date) != rows.field(first, DeliveryRows::Date)) {
                problems.push_back(
                    {"date",
                     fmt::format("{} differs from line {}, which has the same reference "
                                 "\"{}\" ({})",
                                 rows.field(r, DeliveryRows::Date), rows.line(first),
                                 rows.field(r, DeliveryRows::Reference),
                                 rows.field(first, DeliveryRows::Date)),
                     rows.line(r)});
                continue;
            }
        }
        groupOf[r] = it->second;
        ++groups[it->second].count;
    }
    // Lay out each group's rows contiguously, in file order.
    members.resize(rows.size());
    {
        std::uint32_t next = 0;
        for (RowGroup& g : groups) {
            g.first = next;
            next += g.count;
            g.count = 0;
        }
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (groupOf[r] != std::numeric_limits<std::uint32_t>::max()) {
                RowGroup& g = groups[groupOf[r]];
                members[g.first + g.count++] = static_cast<std::uint32_t>(r);
            }
    }
    // Post in date order (file order within a day), so sequence numbers follow the calendar.
    plan.order.resize(groups.size());
    for (std::uint32_t i = 0; i < plan.order.size(); ++i)
        plan.order[i] = i;
    std::stable_sort(plan.order.begin(), plan.order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return groups[a].day < groups[b].day;
    });
    return plan;
}

// A `value` given in the file must equal the value the book computes.
void checkGivenValues(const DeliveryRows& rows, const ImportPlan& plan, const RowGroup& group,
                      const Exchange& valued, const reports::AgreementInfo& info,
                      std::vector<Problem>& problems) {
    for (std::uint32_t k = 0; k < group.count; ++k) {
        const std::uint32_t r = plan.members[group.first + k];
        std::string_view text = rows.field(r, DeliveryRows::Value);
        if (text.empty())
            continue;
        const DeliveryLine& line = valued.lines[k];
        std::string why;
        std::optional<Decimal> given = Decimal::parse(text, info.digits, &why);
        if (!given)
            problems.push_back({"value", why, rows.line(r)});
        else if (*given != line.value)
            problems.push_back({"value",
                                fmt::format("{} given, but {} × {} = {} {}", text,
                                            rows.field(r, DeliveryRows::Quantity),
                                            line.unitPrice.trimmed(info.digits).toString(),
                                            line.value.toString(), info.unit),
                                rows.line(r)});
    }
}

// Below this many rows, maintaining the indexes row by row beats rebuilding them.
constexpr std::size_t kBulkRows = 10000;

} // namespace

ImportResult JournalService::importDeliveries(const Session& s, const std::string& file,
                                              const std::string& agreement) {
    require(s, Action::EnterExchange);
    // An import posts directly; letting a clerk import would bypass the manager's approval.
    if (book().settings().needsApproval(s))
        throw PermissionDenied("permission denied: " + s.userName() + " (" + toString(s.role()) +
                               ") may not import deliveries while entries need approval; a "
                               "manager imports them, or enter them one by one for approval");
    if (agreement.empty())
        throw InvalidInput("agreement",
                           "importing deliveries needs an agreement (--agreement CODE)");
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    ImportResult result;
    std::vector<Problem> problems;
    std::error_code ec;
    const std::uintmax_t bytes = std::filesystem::file_size(file, ec);
    DeliveryRows rows(ec ? 0 : bytes);

    readCsv(file, {"date", "reference", "shipper", "good", "quantity"},
            {"unit_price", "value", "memo"}, problems,
            [&](const CsvReader& reader, const CsvRecord& record) {
                if (++result.rows % 16384 == 0)
                    reportProgress(0, 0);
                rows.add(reader, record);
            });

    const ImportPlan plan = planExchanges(rows, problems);
    Transaction tx(database());
    // A file book drops and rebuilds its derived indexes around a bulk load; on a server only
    // the owner could, and nobody logs in as the owner.
    const bool bulk = !database().isServer() && rows.size() >= kBulkRows &&
                      static_cast<std::int64_t>(rows.size()) >=
                          database().queryInt("SELECT coalesce(max(seq), 0) FROM exchange");
    std::optional<CacheSizeGuard> cache;
    Poster poster(database());
    if (bulk) {
        cache.emplace(database(), 64 * 1024);
        schema::suspendLineDerived(database());
        poster.trackReferencesInMemory(info.id);
    }
    // On a server the exchanges, lines and verdicts go through COPY in batches (the unique
    // index still checks references, behind the set kept in memory).
    std::optional<BulkAppends> appends;
    if (database().isServer()) {
        appends.emplace(database());
        poster.trackReferencesInMemory(info.id);
    }
    const std::string postedAt = now();
    const std::string reason = "price stated in import file " + baseName(file);
    ExchangeDraft d;
    PreparedExchange prepared;
    std::vector<std::string> protocolWarnings;
    const auto groups = static_cast<std::int64_t>(plan.order.size());
    std::int64_t done = 0;
    for (std::uint32_t gi : plan.order) {
        if (done++ % 512 == 0)
            reportProgress(done - 1, groups);
        const RowGroup& g = plan.groups[gi];
        const std::uint32_t head = plan.members[g.first];
        d.agreement = agreement;
        d.date = rows.text(head, DeliveryRows::Date);
        d.reference = rows.text(head, DeliveryRows::Reference);
        d.memo.clear();
        d.sourceLine = rows.line(head);
        d.priceReason = reason;
        d.lines.clear();
        for (std::uint32_t k = 0; k < g.count; ++k) {
            const std::uint32_t r = plan.members[g.first + k];
            std::string_view memo = rows.field(r, DeliveryRows::Memo);
            if (!memo.empty() && d.memo.find(memo) == std::string::npos)
                d.memo += (d.memo.empty() ? "" : "; ") + std::string(memo);
            d.lines.push_back({rows.text(r, DeliveryRows::Shipper),
                               rows.text(r, DeliveryRows::Good),
                               rows.text(r, DeliveryRows::Quantity),
                               rows.text(r, DeliveryRows::UnitPrice), rows.line(r)});
        }
        const std::size_t before = problems.size();
        poster.prepare(d, prepared, problems);
        if (problems.size() != before)
            continue;
        checkGivenValues(rows, plan, g, prepared.exchange, info, problems);
        if (problems.size() != before)
            continue;
        poster.checkSwing(prepared, {}, problems, result.warnings, d.sourceLine);
        poster.checkProtocols(d, prepared, {}, problems, protocolWarnings);
        if (problems.size() != before)
            continue;
        poster.write(prepared, s.userName(), postedAt);
        ++result.created;
        result.lines += static_cast<std::int64_t>(prepared.exchange.lines.size());
    }
    if (!problems.empty())
        refuse(std::move(problems), file);
    // Lines past a protocol are said, the first few of them one by one.
    constexpr std::size_t kProtocolWarnings = 20;
    for (std::size_t i = 0; i < protocolWarnings.size() && i < kProtocolWarnings; ++i)
        result.warnings.push_back(protocolWarnings[i]);
    if (protocolWarnings.size() > kProtocolWarnings)
        result.warnings.push_back(fmt::format("and {} more lines past their protocol",
                                              protocolWarnings.size() - kProtocolWarnings));
    reportProgress(groups, groups);
    if (bulk)
        schema::restoreLineDerived(database(), {info.id});
    audit(s, "import", "deliveries",
          fmt::format("{} into {}: {} exchanges, {} lines", file, agreement, result.created,
                      result.lines));
    tx.commit();
    return result;
}

} // namespace barter
