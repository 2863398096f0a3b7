// SPDX-License-Identifier: GPL-3.0-or-later
// Book: trade protocols (ProtocolService, DESIGN.md §11) — importing a version, reading them,
// and their fulfilment.
#include "../domain/validate.h"
#include "../io/import_files.h"
#include "../protocol/protocol_store.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace barter {

using import_files::field;
using import_files::readCsv;

namespace {
std::string period(const std::optional<Date>& from, const std::optional<Date>& to) {
    return (from ? from->toString() : std::string("open")) + ".." +
           (to ? to->toString() : std::string("open"));
}

// A planned figure: positive, at most `decimals` decimals, and within the stored 64 bits at
// `storedScale`.
std::optional<Decimal> planned(const std::string& text, int decimals, int storedScale,
                               const char* column, long line, std::vector<Problem>& problems) {
    std::string why;
    std::optional<Decimal> d = Decimal::parse(text, decimals, &why);
    if (!d) {
        problems.push_back({column, why, line});
        return std::nullopt;
    }
    if (d->sign() <= 0) {
        problems.push_back({column, "must be greater than zero", line});
        return std::nullopt;
    }
    try {
        d->toScaled(storedScale);
    } catch (const InvalidInput&) {
        problems.push_back({column, "is too large", line});
        return std::nullopt;
    }
    return d->rescaled(decimals);
}
} // namespace

Protocol ProtocolService::importProtocol(const Session& s, const std::string& agreement,
                                         const std::string& file, const std::string& name,
                                         const std::string& fromText,
                                         const std::string& throughText, bool strict) {
    require(s, Action::ManageMasterData);
    Database& db = database();
    const reports::AgreementInfo info = reports::agreementInfo(db, agreement);
    std::vector<Problem> problems;
    if (name.empty() || name.size() > 32 || !validate::reference(name).empty())
        problems.push_back({"name", "must be 1 to 32 printable characters"});
    const std::optional<Date> from = Date::parse(fromText);
    const std::optional<Date> through = Date::parse(throughText);
    if (!from)
        problems.push_back({"from", "\"" + fromText + "\" is not a date (YYYY-MM-DD)"});
    if (!through)
        problems.push_back({"through", "\"" + throughText + "\" is not a date (YYYY-MM-DD)"});
    if (from && through && *through < *from)
        problems.push_back({"through", "must not be before --from"});
    Statement validity = db.prepare("SELECT valid_from, valid_to FROM agreement WHERE id = ?1");
    validity.bind(1, info.id).step();
    const std::optional<Date> validFrom =
        validity.isNull(0) ? std::nullopt : Date::parse(validity.getText(0));
    const std::optional<Date> validTo =
        validity.isNull(1) ? std::nullopt : Date::parse(validity.getText(1));
    if (from && through && !(*through < *from) &&
        ((validFrom && *from < *validFrom) || (validTo && *through > *validTo)))
        problems.push_back(
            {validFrom && *from < *validFrom ? "from" : "through",
             fmt::format("the period {} lies outside agreement {}, valid {}", period(from, through),
                         agreement, period(validFrom, validTo))});
    if (!problems.empty())
        throw InvalidInput(problems);

    Protocol p;
    p.agreement = info.code;
    p.name = name;
    p.from = *from;
    p.through = *through;
    p.strict = strict;
    p.unit = info.unit;
    p.digits = info.digits;
    Statement good = db.prepare("SELECT id, measure, decimals FROM good WHERE code = ?1");
    std::map<std::pair<Side, std::string>, long> seen;
    Transaction tx(db);
    readCsv(file, {"shipper", "good", "planned_quantity"}, {"planned_value"}, problems,
            [&](const CsvReader& reader, const CsvRecord& record) {
                const long line = record.line;
                const std::size_t before = problems.size();
                ProtocolLine l;
                l.line = static_cast<int>(line);
                l.shipperCode = field(reader, record, "shipper");
                l.good = field(reader, record, "good");
                if (l.shipperCode == info.partyA)
                    l.shipper = Side::A;
                else if (l.shipperCode == info.partyB)
                    l.shipper = Side::B;
                else
                    problems.push_back(
                        {"shipper",
                         fmt::format("\"{}\" is not a party of agreement {} ({} or {})",
                                     l.shipperCode, agreement, info.partyA, info.partyB),
                         line});
                good.bind(1, l.good);
                if (good.step()) {
                    l.goodId = good.getInt(0);
                    l.measure = good.getText(1);
                    l.decimals = static_cast<int>(good.getInt(2));
                    if (auto q = planned(field(reader, record, "planned_quantity"), l.decimals,
                                         kQuantityScale, "planned_quantity", line, problems))
                        l.plannedQuantity = *q;
                } else {
                    problems.push_back({"good", "no good \"" + l.good + "\"", line});
                }
                good.reset();
                const std::string value = field(reader, record, "planned_value");
                if (!value.empty())
                    l.plannedValue =
                        planned(value, info.digits, info.digits, "planned_value", line, problems);
                if (problems.size() != before)
                    return;
                auto [it, fresh] = seen.emplace(std::make_pair(l.shipper, l.good), line);
                if (!fresh) {
                    problems.push_back({"good",
                                        fmt::format("{} is listed twice for {} (first on line {})",
                                                    l.good, l.shipperCode, it->second),
                                        line});
                    return;
                }
                p.lines.push_back(std::move(l));
            });
    if (problems.empty() && p.lines.empty())
        throw InvalidInput("file", "\"" + file + "\" holds no protocol lines");
    if (!problems.empty())
        import_files::refuse(std::move(problems), file);

    Statement last = db.prepare("SELECT version, digest FROM protocol WHERE agreement_id = ?1 "
                                "AND name = ?2 ORDER BY version DESC LIMIT 1");
    last.bind(1, info.id).bind(2, name);
    if (last.step()) {
        p.version = static_cast<int>(last.getInt(0)) + 1;
        p.prevDigest = last.getText(1);
    }
    last.reset();
    p.importedAt = now();
    p.importedBy = s.userName();
    p.digest = protocol::digest(p);
    p.inForce = true;
    db.prepare(R"sql(
        INSERT INTO protocol (agreement_id, name, version, from_date, through, strict,
                              imported_at, imported_by, prev_digest, digest)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql")
        .bind(1, info.id)
        .bind(2, name)
        .bind(3, p.version)
        .bind(4, p.from.toString())
        .bind(5, p.through.toString())
        .bind(6, strict ? 1 : 0)
        .bind(7, p.importedAt)
        .bind(8, p.importedBy)
        .bind(9, p.prevDigest)
        .bind(10, p.digest)
        .run();
    const std::int64_t id = db.lastInsertId();
    Statement insert = db.prepare(R"sql(
        INSERT INTO protocol_line (protocol_id, line, side, good_id, planned_quantity,
                                   planned_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
    for (const ProtocolLine& l : p.lines) {
        insert.bind(1, id).bind(2, l.line).bind(3, std::string(1, toChar(l.shipper)));
        insert.bind(4, l.goodId).bind(5, l.plannedQuantity.toScaled(kQuantityScale));
        insert.bind(6, l.plannedValue
                           ? std::optional<std::int64_t>(l.plannedValue->toScaled(info.digits))
                           : std::nullopt);
        insert.run();
    }
    audit(s, "import", "protocol",
          fmt::format("{} into {}: protocol {} version {} ({}{}), {} lines, digest {}", file,
                      agreement, name, p.version, period(p.from, p.through),
                      strict ? ", strict" : "", p.lines.size(), p.digest));
    tx.commit();
    return p;
}

std::vector<Protocol> ProtocolService::list(const Session& s, const std::string& agreement) {
    require(s, Action::ViewReports);
    const std::int64_t id =
        agreement.empty() ? 0 : reports::agreementInfo(database(), agreement).id;
    const std::vector<protocol_store::Stored> all = protocol_store::load(database(), id);
    std::vector<Protocol> out(all.begin(), all.end());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].inForce = i + 1 == out.size() || out[i + 1].agreement != out[i].agreement ||
                         out[i + 1].name != out[i].name;
    return out;
}

Protocol ProtocolService::show(const Session& s, const std::string& agreement,
                               const std::string& name, std::optional<int> version) {
    require(s, Action::ViewReports);
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    const std::vector<protocol_store::Stored> all = protocol_store::load(database(), info.id, name);
    if (all.empty())
        throw InvalidInput("name", "no protocol \"" + name + "\" in agreement " + agreement);
    if (!version) {
        Protocol p = all.back();
        p.inForce = true;
        return p;
    }
    for (const protocol_store::Stored& p : all)
        if (p.version == *version) {
            Protocol out = p;
            out.inForce = p.version == all.back().version;
            return out;
        }
    throw InvalidInput("version", fmt::format("protocol {} of {} has versions 1 to {}", name,
                                              agreement, all.back().version));
}

std::vector<Protocol> ProtocolService::inForce(const Session& s, const std::string& agreement,
                                               const std::string& name, Date at) {
    require(s, Action::ViewReports);
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    std::vector<protocol_store::Stored> newest =
        protocol_store::newest(protocol_store::load(database(), info.id, name));
    if (!name.empty() && newest.empty())
        throw InvalidInput("name", "no protocol \"" + name + "\" in agreement " + agreement);
    std::vector<Protocol> out;
    if (!name.empty()) {
        out.assign(newest.begin(), newest.end());
        return out;
    }
    for (const protocol_store::Stored& p : newest)
        if (!(at < p.from) && !(p.through < at))
            out.push_back(p);
    if (out.empty()) { // none holds `at`: the one that ended last before it
        const protocol_store::Stored* last = nullptr;
        for (const protocol_store::Stored& p : newest)
            if (p.through < at && (last == nullptr || last->through < p.through))
                last = &p;
        if (last != nullptr)
            out.push_back(*last);
    }
    std::stable_sort(out.begin(), out.end(), [](const Protocol& a, const Protocol& b) {
        return std::tie(a.from, a.name) < std::tie(b.from, b.name);
    });
    return out;
}

std::vector<FulfilmentRow> ProtocolService::fulfilment(const Session& s,
                                                       const std::string& agreement,
                                                       const std::string& name,
                                                       std::optional<Date> at) {
    const Date when = at.value_or(Date::today());
    const std::vector<Protocol> protocols = inForce(s, agreement, name, when);
    const std::int64_t id = reports::agreementInfo(database(), agreement).id;
    std::vector<FulfilmentRow> rows;
    ReadSnapshot snapshot(database());
    for (const Protocol& p : protocols) {
        protocol_store::DeliveredByLine done;
        if (!(when < p.from))
            done = protocol_store::delivered(database(), id, p.from, std::min(when, p.through));
        for (const ProtocolLine& l : p.lines) {
            const auto d = done.find({l.shipper, l.goodId});
            const protocol_store::Delivered got =
                d == done.end() ? protocol_store::Delivered{} : d->second;
            rows.push_back(protocol::fulfil(p, l, when, Decimal(got.quantity, kQuantityScale),
                                            Decimal(got.value, p.digits)));
        }
    }
    return rows;
}

} // namespace barter
