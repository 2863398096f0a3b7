// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager_reports.h"

#include "../error.h"

#include <chrono>
#include <map>
#include <tuple>

namespace barter::reports {

namespace {

// End-of-day balances of an agreement, by day, from the per-day sums (days with postings).
std::map<int, Int128> netByDay(Database& db, const AgreementInfo& a) {
    // Subtracted here in 128 bits: SQLite would turn an overflowing difference into a REAL.
    Statement& s = db.cached(
        "SELECT date, a_to_b, b_to_a FROM balance_day WHERE agreement_id = ?1 ORDER BY date");
    s.bind(1, a.id);
    std::map<int, Int128> net;
    while (s.step())
        net[Date::parse(s.getText(0)).value_or(Date()).days()] +=
            Int128(s.getInt(1)) - Int128(s.getInt(2));
    s.reset();
    return net;
}

Date addMonths(Date d, int months) {
    using namespace std::chrono;
    year_month_day ymd = d.ymd();
    const year_month_day shifted = ymd.year() / ymd.month() / 1d + std::chrono::months(months);
    const year_month_day_last last(shifted.year(), month_day_last(shifted.month()));
    const day dd = std::min(ymd.day(), last.day());
    return Date(static_cast<int>(shifted.year()), static_cast<unsigned>(shifted.month()),
                static_cast<unsigned>(dd));
}

} // namespace

SwingUse swingUse(const AgreementInfo& a, const Decimal& balance) {
    SwingUse use;
    if (!a.swing)
        return use;
    const Int128 after = balance.abs().rescaled(a.digits).mantissa();
    const Int128 swing = a.swing->rescaled(a.digits).mantissa();
    if (swing == 0) {
        use.level = after == 0 ? SwingLevel::Normal : SwingLevel::Exceeded;
        return use;
    }
    use.percent = Decimal::divide(Decimal::multiply(balance.abs(), Decimal::fromInt(100), a.digits),
                                  *a.swing, 2);
    use.level = after > swing                         ? SwingLevel::Exceeded
                : after * 100 > swing * a.warnPercent ? SwingLevel::Warning
                                                      : SwingLevel::Normal;
    return use;
}

std::optional<SeriesPeriod> parseSeriesPeriod(std::string_view text) {
    if (text == "day")
        return SeriesPeriod::Day;
    if (text == "week")
        return SeriesPeriod::Week;
    if (text == "month")
        return SeriesPeriod::Month;
    if (text == "quarter")
        return SeriesPeriod::Quarter;
    if (text == "year")
        return SeriesPeriod::Year;
    return std::nullopt;
}

Date periodEnd(SeriesPeriod period, Date d) {
    switch (period) {
    case SeriesPeriod::Day:
        return d;
    case SeriesPeriod::Week: {
        // 1970-01-01 was a Thursday; Monday is weekday 0.
        const int weekday = ((d.days() + 3) % 7 + 7) % 7;
        const int sunday = d.days() + 6 - weekday;
        return sunday > Date::max().days() ? Date::max() : Date::fromDays(sunday);
    }
    case SeriesPeriod::Month:
        return d.endOfMonth();
    case SeriesPeriod::Quarter: {
        const unsigned lastMonth = (d.month() - 1) / 3 * 3 + 3;
        return Date(d.year(), lastMonth, 1).endOfMonth();
    }
    case SeriesPeriod::Year:
        return Date(d.year(), 12, 31);
    }
    return d;
}

std::vector<BalancePoint> balanceSeries(Database& db, const AgreementInfo& a, SeriesPeriod period,
                                        std::optional<Date> from, std::optional<Date> to) {
    const std::map<int, Int128> net = netByDay(db, a);
    const bool fromGiven = from.has_value(), toGiven = to.has_value();
    if (!from)
        from = net.empty() ? std::nullopt : std::optional(Date::fromDays(net.begin()->first));
    if (!to)
        to = net.empty() ? std::nullopt : std::optional(Date::fromDays(net.rbegin()->first));
    if (!from || !to)
        return {};
    // A date left out follows the one given rather than contradict it: from after the last
    // posting gives the one point at `from`, and `to` before the first posting the one at `to`.
    if (fromGiven && !toGiven && *to < *from)
        to = from;
    if (toGiven && !fromGiven && *to < *from)
        from = to;
    if (*to < *from)
        throw InvalidInput("to", "the end date " + to->toString() + " is before the start date " +
                                     from->toString());
    std::vector<BalancePoint> points;
    Int128 balance = 0;
    auto next = net.begin();
    const Int128 swing = a.swing ? a.swing->rescaled(a.digits).mantissa() : Int128(0);
    for (Date start = *from; start <= *to;) {
        const Date end = std::min(periodEnd(period, start), *to);
        for (; next != net.end() && next->first <= end.days(); ++next)
            balance += next->second;
        BalancePoint p{end, Decimal(balance, a.digits), a.swing, std::nullopt};
        if (a.swing && swing != 0)
            p.utilization = Decimal::divide(p.balance.abs(), *a.swing, 4);
        points.push_back(std::move(p));
        if (end == Date::max())
            break;
        start = end.plusDays(1);
    }
    return points;
}

std::vector<TurnoverByGood> turnoverByGoodAndPeriod(Database& db, const AgreementInfo& a,
                                                    SeriesPeriod period, std::optional<Date> from,
                                                    std::optional<Date> to) {
    if (from && to && *to < *from)
        throw InvalidInput("to", "the end date " + to->toString() + " is before the start date " +
                                     from->toString());
    Statement s = db.prepare(R"sql(
        SELECT l.date, min(g.code), l.side, min(g.measure), min(g.decimals),
               sum(CASE WHEN l.quantity < 0 THEN -1 ELSE 1 END), sum(l.quantity), sum(l.value)
        FROM delivery_line l JOIN good g ON g.id = l.good_id
        WHERE l.agreement_id = ?1 AND l.date BETWEEN ?2 AND ?3
        GROUP BY l.date, l.good_id, l.side)sql");
    s.bind(1, a.id)
        .bind(2, from ? from->toString() : std::string("0000-00-00"))
        .bind(3, to ? to->toString() : std::string("9999-99-99"));
    struct Sum {
        std::string measure;
        int decimals = 0;
        Int128 lines = 0, quantity = 0, value = 0;
    };
    // By period end, good code, side: sorted as the report is.
    std::map<std::tuple<int, std::string, std::string>, Sum> sums;
    while (s.step()) {
        const Date day = Date::parse(s.getText(0)).value_or(Date());
        Sum& sum = sums[{periodEnd(period, day).days(), s.getText(1), s.getText(2)}];
        sum.measure = s.getText(3);
        sum.decimals = static_cast<int>(s.getInt(4));
        sum.lines += s.getInt(5);
        sum.quantity += s.getInt(6);
        sum.value += s.getInt(7);
    }
    std::vector<TurnoverByGood> rows;
    for (const auto& [key, sum] : sums) {
        // A delivery reversed in full within the period did not happen: left out.
        if (sum.lines == 0 && sum.quantity == 0 && sum.value == 0)
            continue;
        TurnoverByGood row;
        row.periodEnd = Date::fromDays(std::get<0>(key));
        row.good = std::get<1>(key);
        row.shipper = std::get<2>(key) == "A" ? a.partyA : a.partyB;
        row.measure = sum.measure;
        row.lines = static_cast<std::int64_t>(sum.lines);
        row.quantity = Decimal(sum.quantity, kQuantityScale).rounded(sum.decimals);
        row.value = Decimal(sum.value, a.digits);
        rows.push_back(std::move(row));
    }
    fillShares(rows);
    return rows;
}

AgingReport aging(Database& db, const AgreementInfo& a, Date at) {
    const std::map<int, Int128> net = netByDay(db, a);
    AgingReport r;
    r.at = at;
    // End-of-day balances up to `at`.
    std::vector<std::pair<int, Int128>> running;
    Int128 balance = 0;
    for (const auto& [day, change] : net) {
        if (day > at.days())
            break;
        balance += change;
        running.emplace_back(day, balance);
    }
    r.balance = Decimal(balance, a.digits);
    if (!running.empty())
        r.lastActivity = Date::fromDays(running.back().first);
    const int sign = balance > 0 ? 1 : (balance < 0 ? -1 : 0);
    if (sign != 0) {
        // Positive: B owes A (DESIGN.md §1).
        r.debtor = sign > 0 ? a.partyB : a.partyA;
        r.creditor = sign > 0 ? a.partyA : a.partyB;
        std::size_t first = running.size();
        while (first > 0) {
            const Int128& b = running[first - 1].second;
            if ((sign > 0 && b <= 0) || (sign < 0 && b >= 0))
                break;
            --first;
        }
        r.since = Date::fromDays(running[first].first);
        r.days = at.days() - r.since->days();
        // A delivery, not a reversal's line, and not one that was reversed (it did not happen).
        Statement& s = db.cached(R"sql(
            SELECT max(l.date) FROM delivery_line l
            WHERE l.agreement_id = ?1 AND l.side = ?2 AND l.date <= ?3 AND l.quantity > 0
            AND NOT EXISTS (SELECT 1 FROM exchange r
                            WHERE r.reverses_seq = l.exchange_seq AND r.date <= ?3))sql");
        s.bind(1, a.id).bind(2, sign > 0 ? "B" : "A").bind(3, at.toString());
        if (s.step() && !s.isNull(0))
            r.lastDebtorDelivery = Date::parse(s.getText(0));
        s.reset();
    }
    // The average monthly net flow over the last twelve months, or since the first posting
    // (counted in calendar months, at most twelve).
    int windowEnd = at >= Date(1901, 1, 1) ? addMonths(at, -12).days() : Date::min().days() - 1;
    int months = 12;
    if (!running.empty() && running.front().first > windowEnd) {
        const Date first = Date::fromDays(running.front().first);
        const auto f = first.ymd();
        const auto t = at.ymd();
        months = std::min(12, (static_cast<int>(t.year()) - static_cast<int>(f.year())) * 12 +
                                  static_cast<int>(static_cast<unsigned>(t.month())) -
                                  static_cast<int>(static_cast<unsigned>(f.month())) + 1);
        windowEnd = running.front().first - 1; // the balance before the first posting: zero
    }
    Int128 before = 0;
    for (const auto& [day, b] : running)
        if (day <= windowEnd)
            before = b;
    r.avgMonthlyNet = running.empty()
                          ? Decimal(Int128(0), a.digits)
                          : Decimal::divide(Decimal(balance - before, a.digits),
                                            Decimal::fromInt(std::max(months, 1)), a.digits);
    return r;
}

} // namespace barter::reports
