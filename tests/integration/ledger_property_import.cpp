// SPDX-License-Identifier: GPL-3.0-or-later
// The stateful property test's import step (see ledger_property.h): a deliveries file of a few
// exchanges, valid or with one bad row, whose columns come in any order. A file with any bad
// row must change nothing; a good one posts its exchanges in date order.
#include "ledger_property.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <functional>

namespace barter::testing {

namespace {

using model::Expectation;

struct Row {
    std::string date, reference, shipper, good, quantity, unitPrice, value, memo;
    const std::string& operator[](const std::string& column) const {
        return column == "date"         ? date
               : column == "reference"  ? reference
               : column == "shipper"    ? shipper
               : column == "good"       ? good
               : column == "quantity"   ? quantity
               : column == "unit_price" ? unitPrice
               : column == "value"      ? value
                                        : memo;
    }
};

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

// What the model makes of a row alone: its value as text, empty when it cannot be valued.
std::string valueText(const model::Ledger& ledger, const std::string& agreement, const Row& row) {
    ExchangeDraft d;
    d.agreement = agreement;
    d.date = row.date;
    d.reference = "VALUE";
    d.priceReason = "import";
    d.lines.push_back({row.shipper, row.good, row.quantity, row.unitPrice});
    const model::Prepared p = ledger.prepare(d);
    if (p.exchange.lines.empty())
        return {};
    return Decimal(p.exchange.lines.front().value, ledger.agreement(agreement).digits).toString();
}

struct Group {
    std::string date, reference;
    std::vector<const Row*> rows;
};

// The file's exchanges in the order they post: rows grouped by reference in file order, then
// by date (invalid dates last). A row whose date differs from its group's is a problem.
std::vector<Group> groupRows(const std::vector<Row>& rows, std::set<std::string>& problems) {
    std::vector<Group> groups;
    for (const Row& row : rows) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group& g) { return g.reference == row.reference; });
        if (it == groups.end())
            groups.push_back({row.date, row.reference, {&row}});
        else if (it->date != row.date)
            problems.insert("date");
        else
            it->rows.push_back(&row);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) {
        return Date::parse(x.date).value_or(Date::max()) <
               Date::parse(y.date).value_or(Date::max());
    });
    return groups;
}

// Spoils one row of the file (and its group where the fault is the group's).
void spoil(std::vector<Row>& rows, std::size_t which, int fault, const model::Ledger& ledger,
           const std::string& agreement) {
    Row& row = rows[which];
    const std::string reference = row.reference;
    auto eachOfGroup = [&](const std::function<void(Row&)>& change) {
        for (Row& r : rows)
            if (r.reference == reference)
                change(r);
    };
    switch (fault) {
    case 0:
        row.quantity = which % 2 ? "1e3" : "-5";
        break;
    case 1:
        row.good = "NOPE";
        break;
    case 2:
        row.shipper = "CN-X";
        break;
    case 3: { // a value one minor unit off
        const std::string right = valueText(ledger, agreement, row);
        const int digits = ledger.agreement(agreement).digits;
        if (right.empty())
            row.quantity = "abc";
        else
            row.value = (*Decimal::parse(right) + Decimal::fromScaled(1, digits)).toString();
        break;
    }
    case 4:
        eachOfGroup([](Row& r) { r.date = "2024-02-30"; });
        break;
    case 5: { // a reference posted before
        std::string taken;
        for (const model::Exchange& e : ledger.exchanges())
            if (e.agreement == agreement)
                taken = e.reference;
        if (taken.empty())
            row.shipper = "CN-X";
        else
            eachOfGroup([&](Row& r) { r.reference = taken; });
        break;
    }
    default: { // the same reference on another date
        Row other = row;
        other.date = Date::parse(row.date)->plusDays(1).toString();
        rows.push_back(other);
        break;
    }
    }
}

} // namespace

bool LedgerPropertyTest::importStep(bool intoClosedPeriod) {
    const model::Agreement& a = pickAgreement();
    const std::string code = a.code;
    if (intoClosedPeriod && !closedDate(a))
        return false;
    std::vector<Row> rows;
    const int exchanges = uniform(1, 4);
    for (int g = 0; g < exchanges; ++g) {
        const Date date =
            (g == 0 && intoClosedPeriod ? closedDate(a) : openDate(a, true)).value_or(lastDay());
        m_touched.push_back(date);
        const std::string reference = nextReference("I-");
        for (int k = uniform(1, 3); k > 0; --k) {
            const DeliveryLineDraft l = randomLine(a, date, true);
            Row row{date.toString(), reference,   l.shipper, l.good,
                    l.quantity,      l.unitPrice, "",        chance(15) ? "lot 7, hold \"B\"" : ""};
            if (chance(50))
                row.value = valueText(m_model, code, row);
            rows.push_back(row);
        }
    }
    if (!intoClosedPeriod && chance(25))
        spoil(rows, pickIndex(rows.size()), uniform(0, 6), m_model, code);

    std::vector<std::string> columns = {"date", "reference", "shipper", "good", "quantity"};
    for (const char* optional : {"unit_price", "value", "memo"})
        if (chance(50) || std::any_of(rows.begin(), rows.end(),
                                      [&](const Row& r) { return !r[optional].empty(); }))
            columns.emplace_back(optional);
    std::shuffle(columns.begin(), columns.end(), m_rng);
    const std::string fileName = fmt::format("deliveries-{}.csv", ++m_files);
    const std::string path = (dir() / fileName).string();
    {
        std::ofstream out(path, std::ios::binary);
        for (std::size_t c = 0; c < columns.size(); ++c)
            out << (c ? "," : "") << columns[c];
        out << "\n";
        for (const Row& row : rows) {
            for (std::size_t c = 0; c < columns.size(); ++c)
                out << (c ? "," : "") << csvField(row[columns[c]]);
            out << "\n";
        }
    }

    const Actor actor = chance(70) ? Actor::Manager : Actor::Clerk;
    const Session& s = session(actor);
    // What the file must do, tried on a copy of the model in the order the book posts.
    model::Ledger trial = m_model;
    std::set<std::string> problems;
    const std::vector<Group> groups = groupRows(rows, problems);
    const int digits = a.digits;
    for (const Group& g : groups) {
        ExchangeDraft d;
        d.agreement = code;
        d.date = g.date;
        d.reference = g.reference;
        d.priceReason = "price stated in import file " + fileName;
        for (const Row* r : g.rows)
            d.lines.push_back({r->shipper, r->good, r->quantity, r->unitPrice});
        model::Prepared p = trial.prepare(d);
        problems.insert(p.problems.begin(), p.problems.end());
        if (!p.problems.empty())
            continue;
        bool valueDiffers = false;
        for (std::size_t k = 0; k < g.rows.size(); ++k)
            if (!g.rows[k]->value.empty()) {
                const std::optional<Int128> given = model::parsePlain(g.rows[k]->value, digits);
                valueDiffers =
                    valueDiffers || !given ||
                    *given != p.exchange.lines[k].value * model::tenTo(model::kScale - digits);
            }
        if (valueDiffers) {
            problems.insert("value");
            continue;
        }
        if (trial.swingExceeded(code, p.exchange.date, p.exchange.delta())) {
            problems.insert("swing");
            continue;
        }
        p.exchange.postedBy = s.userName();
        trial.post(p.exchange);
    }
    // The swing limit depends on what posted before, so the order in which a bad file's groups
    // fail decides whether it is reached; expect it only when nothing else is wrong.
    if (problems.size() > 1)
        problems.erase("swing");
    const Expectation expected = actor == Actor::Clerk && m_approval ? Expectation::denied()
                                 : problems.empty()                  ? Expectation::accept()
                                                    : Expectation::invalid(problems);
    if (intoClosedPeriod) {
        EXPECT_FALSE(expected.accepted()) << "the test meant to import into a closed period";
    }
    ImportResult r;
    const std::int64_t first = m_model.nextSeq();
    if (!attempt(fmt::format("import {} ({} rows, {} exchanges into {}) by {}", fileName,
                             rows.size(), groups.size(), code, name(actor)),
                 expected, [&] { r = book().journal().importDeliveries(s, path, code); }))
        return true;
    EXPECT_EQ(r.rows, static_cast<std::int64_t>(rows.size()));
    EXPECT_EQ(r.created, static_cast<std::int64_t>(groups.size()));
    EXPECT_EQ(r.lines, static_cast<std::int64_t>(rows.size()));
    m_model = std::move(trial); // `a` refers into the old model from here on
    for (std::int64_t seq = first; seq < m_model.nextSeq(); ++seq) {
        const std::optional<Exchange> posted = book().journal().exchange(*auditor, seq);
        if (!posted) {
            ADD_FAILURE() << "the import did not post seq " << seq;
            break;
        }
        expectPosted(*posted, m_model.exchange(seq));
    }
    return true;
}

} // namespace barter::testing
