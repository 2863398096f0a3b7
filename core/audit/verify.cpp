// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify.h"

#include "../compliance/digests.h"
#include "../compliance/screener.h"
#include "../error.h"
#include "../protocol/protocol_store.h"
#include "../storage/journal_store.h"
#include "chain.h"
#include "price_history.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace barter {

namespace {
// The daily sums must equal what the lines say; a difference means rows were changed
// behind the application's back.
std::string checkDailySums(Database& db) {
    Statement s = db.prepare(R"sql(
        WITH lines AS (
            SELECT agreement_id, date,
                   sum(CASE side WHEN 'A' THEN value ELSE 0 END) AS a_to_b,
                   sum(CASE side WHEN 'B' THEN value ELSE 0 END) AS b_to_a,
                   sum(CASE WHEN side = 'A' THEN (CASE WHEN quantity < 0 THEN -1 ELSE 1 END)
                       ELSE 0 END) AS lines_a,
                   sum(CASE WHEN side = 'B' THEN (CASE WHEN quantity < 0 THEN -1 ELSE 1 END)
                       ELSE 0 END) AS lines_b
            FROM delivery_line GROUP BY agreement_id, date)
        SELECT coalesce(l.agreement_id, d.agreement_id), coalesce(l.date, d.date)
        FROM lines l FULL OUTER JOIN balance_day d
            ON d.agreement_id = l.agreement_id AND d.date = l.date
        WHERE l.a_to_b IS DISTINCT FROM d.a_to_b OR l.b_to_a IS DISTINCT FROM d.b_to_a
           OR l.lines_a IS DISTINCT FROM d.lines_a OR l.lines_b IS DISTINCT FROM d.lines_b
        LIMIT 1)sql");
    if (s.step())
        return fmt::format("the stored daily sums of agreement id {} on {} differ from its "
                           "delivery lines",
                           s.getInt(0), s.getText(1));
    return {};
}
// Each line's copies of its exchange's agreement and date (kept on the line for fast reports)
// must match the chained exchange, and no line may lack an exchange: the chain covers lines
// through their exchange, so a line added or moved behind its back is found here.
std::optional<std::int64_t> firstStrayLine(Database& db) {
    Statement s = db.prepare(R"sql(
        SELECT l.exchange_seq FROM delivery_line l LEFT JOIN exchange e ON e.seq = l.exchange_seq
        WHERE e.seq IS NULL OR l.agreement_id IS DISTINCT FROM e.agreement_id OR l.date IS DISTINCT FROM e.date
        ORDER BY l.exchange_seq LIMIT 1)sql");
    if (s.step())
        return s.getInt(0);
    return std::nullopt;
}
// Restriction lists and exemptions must still be what was imported.
std::string checkListDigests(Database& db) {
    Statement lists = db.prepare("SELECT id, name, version, digest FROM restriction_list");
    Statement rules = db.prepare(R"sql(
        SELECT line, hs_prefix, from_country, to_country, kind, quota, quota_unit, period,
               source, valid_from, valid_to FROM restriction_rule WHERE list_id = ?1 ORDER BY line)sql");
    while (lists.step()) {
        std::vector<digests::RuleRow> rows;
        rules.bind(1, lists.getInt(0));
        while (rules.step())
            rows.push_back({static_cast<long>(rules.getInt(0)), rules.getText(1), rules.getText(2),
                            rules.getText(3), rules.getText(4), rules.getOptionalInt(5),
                            rules.getText(6), rules.getText(7), rules.getText(8), rules.getText(9),
                            rules.getText(10)});
        rules.reset();
        if (digests::ofList(lists.getText(1), lists.getText(2), rows) != lists.getText(3))
            return fmt::format("restriction list {} version {} was altered: its rules no longer "
                               "match the digest taken when it was imported",
                               lists.getText(1), lists.getText(2));
    }
    Statement ex = db.prepare(R"sql(
        SELECT reference, hs_prefix, from_country, to_country, agreement_id, valid_from, valid_to,
               quantity, coalesce(unit, ''), source, digest FROM exemption)sql");
    while (ex.step()) {
        const digests::ExemptionRow row{
            ex.getText(0), ex.getText(1), ex.getText(2),        ex.getText(3), ex.getOptionalInt(4),
            ex.getText(5), ex.getText(6), ex.getOptionalInt(7), ex.getText(8), ex.getText(9)};
        if (digests::ofExemption(row) != ex.getText(10))
            return "exemption " + row.reference +
                   " was altered: it no longer matches the digest taken when it was entered";
    }
    return {};
}
// Every protocol version must still be what was imported, and each must follow the one before it
// (versions 1, 2, … with the previous digest in each): a version altered, removed or slipped in
// breaks it.
std::string checkProtocolDigests(Database& db) {
    const std::vector<protocol_store::Stored> all = protocol_store::load(db, 0);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const protocol_store::Stored& p = all[i];
        const bool first =
            i == 0 || all[i - 1].agreementId != p.agreementId || all[i - 1].name != p.name;
        const int expected = first ? 1 : all[i - 1].version + 1;
        const std::string previous = first ? std::string() : all[i - 1].digest;
        if (p.version != expected || p.prevDigest != previous)
            return fmt::format("protocol {} of {}: version {} does not follow version {} (a "
                               "version was removed or inserted)",
                               p.name, p.agreement, p.version, expected - 1);
        if (protocol::digest(p) != p.digest)
            return fmt::format("protocol {} version {} of {} was altered: it no longer matches "
                               "the digest taken when it was imported",
                               p.name, p.version, p.agreement);
    }
    return {};
}
// What each period close recorded: the chain head then, and the agreed balance.
struct CloseRecord {
    std::string agreement, through;
    std::int64_t agreementId = 0, headSeq = 0, agreedBalance = 0;
    Hash headHash{};
};
std::vector<CloseRecord> closes(Database& db) {
    Statement s = db.prepare(R"sql(
        SELECT a.code, c.through, c.agreement_id, c.head_seq, c.agreed_balance, c.head_hash
        FROM period_close c JOIN agreement a ON a.id = c.agreement_id ORDER BY c.id)sql");
    std::vector<CloseRecord> all;
    while (s.step()) {
        CloseRecord c{s.getText(0), s.getText(1), s.getInt(2), s.getInt(3), s.getInt(4), {}};
        const std::vector<unsigned char> hash = s.getBlob(5);
        std::copy_n(hash.begin(), std::min(hash.size(), c.headHash.size()), c.headHash.begin());
        all.push_back(std::move(c));
    }
    return all;
}
// A closed period must still hold the balance both sides agreed (the daily sums are checked
// against the lines before this runs).
std::string checkClosedBalances(Database& db, const std::vector<CloseRecord>& all) {
    Statement sum = db.prepare(R"sql(
        SELECT coalesce(sum(a_to_b), 0) - coalesce(sum(b_to_a), 0) FROM balance_day
        WHERE agreement_id = ?1 AND date <= ?2)sql");
    for (const CloseRecord& c : all) {
        sum.bind(1, c.agreementId).bind(2, c.through).step();
        const std::int64_t balance = sum.getInt(0);
        sum.reset();
        if (balance != c.agreedBalance)
            return fmt::format("the closed period of {} through {} no longer holds its agreed "
                               "balance",
                               c.agreement, c.through);
    }
    return {};
}
// The rules a posted exchange must obey whoever wrote it, checked from what is stored with it:
// each line's value is its quantity × its unit price rounded half-even once to the unit's
// digits; each line was screened between its parties' countries, with the verdict the list
// versions it names give (RecordedVerdicts); nothing is dated (or reverses an exchange dated) on
// or before the last day of a period that was closed before it was posted; a line without a
// reason for a price override has the price the list had in force then (PriceHistory).
class PostedRules {
public:
    PostedRules(Database& db, const std::vector<CloseRecord>& closes)
        : m_verdicts(db), m_prices(db) {
        Statement units = db.prepare("SELECT code, digits FROM unit");
        while (units.step())
            m_digits[units.getText(0)] = static_cast<int>(units.getInt(1));
        Statement goods = db.prepare("SELECT id, hs_code FROM good");
        while (goods.step())
            m_hsCodes[goods.getInt(0)] = goods.getText(1);
        Statement agreements = db.prepare(R"sql(
            SELECT a.code, a.id, pa.country, pb.country FROM agreement a
            JOIN party pa ON pa.id = a.party_a JOIN party pb ON pb.id = a.party_b)sql");
        while (agreements.step())
            m_agreements[agreements.getText(0)] = {agreements.getInt(1), agreements.getText(2),
                                                   agreements.getText(3)};
        for (const CloseRecord& c : closes)
            if (const std::optional<Date> through = Date::parse(c.through))
                m_closes[c.agreement].push_back({*through, c.headSeq, c.through});
    }

    std::string check(const Exchange& e) {
        if (m_dates.size() <= static_cast<std::size_t>(e.seq))
            m_dates.resize(static_cast<std::size_t>(e.seq) + 1);
        m_dates[static_cast<std::size_t>(e.seq)] = e.date;
        const auto digits = m_digits.find(e.unitCode);
        if (digits == m_digits.end())
            return fmt::format("exchange {} is in a unit of account the book does not have ({})",
                               e.seq, e.unitCode);
        for (const DeliveryLine& line : e.lines) {
            Decimal value;
            try {
                value = Decimal::multiply(line.quantity, line.unitPrice, digits->second);
            } catch (const std::exception&) {
                return fmt::format("line {} of exchange {} cannot be valued", line.lineNo, e.seq);
            }
            if (value != line.value)
                return fmt::format("line {} of exchange {} is valued {}, but {} × {} is {}: it "
                                   "was not valued by the rules",
                                   line.lineNo, e.seq, line.value.toString(),
                                   line.quantity.toString(), line.unitPrice.toString(),
                                   value.toString());
            if (std::string screening = checkScreening(e, line); !screening.empty())
                return fmt::format("line {} of exchange {} ({}) {}", line.lineNo, e.seq,
                                   line.goodCode, screening);
        }
        if (const auto agreement = m_agreements.find(e.agreementCode);
            agreement != m_agreements.end())
            if (std::string price = m_prices.check(e, agreement->second.id); !price.empty())
                return price;
        const auto closes = m_closes.find(e.agreementCode);
        if (closes == m_closes.end())
            return {};
        std::optional<Date> reversed;
        if (e.reversesSeq && *e.reversesSeq > 0 &&
            static_cast<std::size_t>(*e.reversesSeq) < m_dates.size())
            reversed = m_dates[static_cast<std::size_t>(*e.reversesSeq)];
        for (const Close& c : closes->second) {
            if (c.headSeq >= e.seq)
                continue; // closed after this exchange was posted
            if (e.date <= c.through)
                return fmt::format("exchange {} is dated {}, in the period of {} closed through "
                                   "{} before it was posted",
                                   e.seq, e.date.toString(), e.agreementCode, c.text);
            if (reversed && *reversed <= c.through)
                return fmt::format("exchange {} reverses exchange {} of {}, in the period of {} "
                                   "closed through {} before it was posted",
                                   e.seq, *e.reversesSeq, reversed->toString(), e.agreementCode,
                                   c.text);
        }
        return {};
    }

private:
    // The line was screened between its parties' countries, and its verdict is what the lists
    // it names give (lines posted before screening existed carry none).
    std::string checkScreening(const Exchange& e, const DeliveryLine& line) {
        if (!line.screening)
            return {};
        const auto agreement = m_agreements.find(e.agreementCode);
        const auto hs = m_hsCodes.find(line.good.value);
        if (agreement == m_agreements.end() || hs == m_hsCodes.end())
            return "refers to an agreement or good the book does not have";
        const Parties& p = agreement->second;
        const std::string& from = line.shipper == Side::A ? p.countryA : p.countryB;
        const std::string& to = line.shipper == Side::A ? p.countryB : p.countryA;
        if (line.screening->fromCountry != from || line.screening->toCountry != to)
            return fmt::format("was screened from {} to {}, but its shipper ships from {} to {}",
                               line.screening->fromCountry, line.screening->toCountry, from, to);
        return m_verdicts.check(hs->second, e.date, p.id, *line.screening);
    }

    struct Close {
        Date through;
        std::int64_t headSeq = 0;
        std::string text;
    };
    struct Parties {
        std::int64_t id = 0;
        std::string countryA, countryB;
    };
    RecordedVerdicts m_verdicts;
    PriceHistory m_prices;
    std::map<std::int64_t, std::string> m_hsCodes;
    std::map<std::string, Parties> m_agreements;
    std::map<std::string, int> m_digits;
    std::map<std::string, std::vector<Close>> m_closes;
    std::vector<Date> m_dates; // by seq
};

// Reads go unchecked while it lives; afterwards the pages read meanwhile leave SQLite's cache
// (Database::setPageChecks), so nothing read unchecked is used later.
class UncheckedReads {
public:
    explicit UncheckedReads(Database& db) : m_db(db), m_was(db.setPageChecks(false)) {}
    ~UncheckedReads() { m_db.setPageChecks(m_was); }
    UncheckedReads(const UncheckedReads&) = delete;
    UncheckedReads& operator=(const UncheckedReads&) = delete;

private:
    Database& m_db;
    bool m_was;
};

constexpr std::size_t kAllPages = std::size_t{1} << 26;
constexpr std::size_t kNamedPages = 20;

// "; they belong to the table delivery_line and the index delivery_line_by_good", or nothing.
std::string ownersText(const std::vector<Database::PageOwner>& owners, std::int64_t pages) {
    if (owners.empty())
        return {};
    std::string text = pages == 1 ? "; it belongs to " : "; they belong to ";
    for (std::size_t i = 0; i < owners.size(); ++i) {
        if (i > 0)
            text += i + 1 == owners.size() ? " and " : ", ";
        text += "the " + owners[i].kind + " " + owners[i].name;
    }
    return text;
}

bool isCorruption(const StorageError& e) {
    return (e.code() & 0xff) == SQLITE_CORRUPT || (e.code() & 0xff) == SQLITE_NOTADB;
}

// SQLite's full integrity check, "ok" or what it found, on one line.
std::string integrityReport(Database& db) {
    std::string report;
    try {
        Statement check = db.prepare("PRAGMA integrity_check(5)");
        while (check.step())
            report += (report.empty() ? "" : "; ") + check.getText(0);
    } catch (const StorageError& e) {
        if (!isCorruption(e))
            throw;
        report = e.what();
    }
    for (char& c : report)
        if (c == '\n')
            c = ' ';
    return report;
}

void checkChain(Database& db, const std::optional<Hash>& expectedHead,
                const std::function<void(std::int64_t, std::int64_t)>& progress,
                VerifyResult& result) {
    const std::vector<CloseRecord> closed = closes(db);
    std::map<std::int64_t, const CloseRecord*> closedAt; // head seq -> the close that saw it
    for (const CloseRecord& c : closed)
        if (c.headSeq > 0)
            closedAt.emplace(c.headSeq, &c);
    Hash previous{};
    // The empty journal's head (all zeros: what verify reports, and a close records, before the
    // first exchange) is extended by every book, as exchange 1 chains from it.
    if (expectedHead && *expectedHead == previous)
        result.headSeq = 0;
    std::int64_t expected = 1;
    const std::int64_t total = progress ? db.queryInt("SELECT count(*) FROM exchange") : 0;
    PostedRules rules(db, closed);
    journal_store::forEach(db, [&](const Exchange& e) {
        if (!result.ok)
            return;
        if (progress && result.exchanges % 4096 == 0)
            progress(result.exchanges, total);
        ++result.exchanges;
        auto fail = [&](std::int64_t seq, std::string what) {
            result.ok = false;
            result.firstBadSeq = seq;
            result.problem = std::move(what);
        };
        if (e.seq != expected)
            return fail(expected, fmt::format("sequence number {} is missing", expected));
        if (e.prevHash != previous)
            return fail(e.seq,
                        fmt::format("exchange {} does not link to exchange {}", e.seq, e.seq - 1));
        if (e.lines.empty())
            return fail(e.seq, fmt::format("exchange {} has no delivery lines", e.seq));
        Hash computed{};
        try {
            computed = chain::link(previous, e);
        } catch (const std::exception&) {
            return fail(e.seq, fmt::format("exchange {} holds values that cannot be read", e.seq));
        }
        if (computed != e.hash)
            return fail(e.seq, fmt::format("exchange {} was altered: its content no longer "
                                           "matches its hash",
                                           e.seq));
        if (auto close = closedAt.find(e.seq);
            close != closedAt.end() && close->second->headHash != computed)
            return fail(e.seq,
                        fmt::format("exchange {} is not the chain head that the close of {} "
                                    "through {} recorded",
                                    e.seq, close->second->agreement, close->second->through));
        // A chain that holds proves the rows unchanged, not that they were ever valid: an
        // exchange written by hand, hash and all, must still obey the rules stored with it.
        if (std::string broken = rules.check(e); !broken.empty())
            return fail(e.seq, std::move(broken));
        previous = computed;
        result.head = computed;
        if (expectedHead && computed == *expectedHead)
            result.headSeq = e.seq;
        ++expected;
    });
    if (result.ok && expectedHead && !result.headSeq) {
        result.ok = false;
        result.problem = "no exchange has the head " + toHex(*expectedHead) +
                         ": this book does not extend the journal that head belongs to";
    }
    if (result.ok && !closedAt.empty() && closedAt.rbegin()->first > result.exchanges) {
        const CloseRecord& c = *closedAt.rbegin()->second;
        result.ok = false;
        result.firstBadSeq = result.exchanges + 1;
        result.problem = fmt::format("the journal ends at exchange {}, but the close of {} through "
                                     "{} saw exchange {}: exchanges were removed",
                                     result.exchanges, c.agreement, c.through, c.headSeq);
    }
    if (result.ok) {
        if (std::optional<std::int64_t> seq = firstStrayLine(db)) {
            result.ok = false;
            result.firstBadSeq = seq;
            result.problem = fmt::format("delivery lines of exchange {} do not belong to it "
                                         "(added or moved outside the application)",
                                         *seq);
        }
    }
    if (result.ok) {
        std::string lists = checkListDigests(db);
        if (lists.empty())
            lists = checkProtocolDigests(db);
        if (!lists.empty()) {
            result.ok = false;
            result.problem = lists;
        }
    }
    if (result.ok) {
        std::string sums = checkDailySums(db);
        if (sums.empty())
            sums = checkClosedBalances(db, closed);
        if (!sums.empty()) {
            result.ok = false;
            result.problem = sums;
        }
    }
}
} // namespace

VerifyResult verifyJournal(Database& db, const std::optional<Hash>& expectedHead,
                           const std::function<void(std::int64_t, std::int64_t)>& progress) {
    VerifyResult result;
    std::string structure;
    // Every check sees one state of the book, whatever other desks post meanwhile.
    ReadSnapshot snapshot(db);
    {
        UncheckedReads unchecked(db);
        try {
            checkChain(db, expectedHead, progress, result);
        } catch (const StorageError& e) {
            if (!isCorruption(e))
                throw;
            // Where the chain runs, the file no longer reads as a database at all.
            result = VerifyResult{};
            result.ok = false;
            result.damaged = true;
            result.problem = std::string("the book is damaged: ") + e.what();
        }
        // A server keeps its own pages (and checks them: data checksums, amcheck): the chain
        // and the rules are what verify checks there.
        if (!db.isServer())
            structure = integrityReport(db);
    }
    result.chainIntact = result.ok;
    if (!result.ok)
        result.chainProblem = result.problem;
    if (db.isServer())
        return result;
    // Every damaged page, to say what it belongs to; the first few are named.
    const Database::PageScan scan = db.scanPages(kAllPages);
    result.damagedPageCount = scan.damagedCount;
    if (scan.damagedCount > 0)
        result.damagedObjects = db.pageOwners(scan.damaged);
    result.damagedPages.assign(scan.damaged.begin(),
                               scan.damaged.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                          scan.damaged.size(), kNamedPages)));
    std::vector<std::string> found;
    if (scan.damagedCount > 0)
        found.push_back(describeDamagedPages(result.damagedPages, scan.damagedCount) +
                        ownersText(result.damagedObjects, scan.damagedCount));
    if (structure != "ok")
        found.push_back("SQLite's integrity check says: " + structure);
    if (found.empty())
        return result;
    std::string damage = found.front();
    for (std::size_t i = 1; i < found.size(); ++i)
        damage += "; " + found[i];
    if (result.damaged) {
        result.problem += "; " + damage;
    } else if (!result.ok) {
        // The broken chain is the graver finding (exit 4); the damage is reported with it.
        result.problem += "; also, the book is damaged: " + damage;
    } else {
        result.ok = false;
        result.damaged = true;
        result.problem = "the book is damaged: " + damage;
    }
    return result;
}

} // namespace barter
