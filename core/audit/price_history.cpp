// SPDX-License-Identifier: GPL-3.0-or-later
#include "price_history.h"

#include <fmt/format.h>

#include <charconv>

namespace barter {

PriceHistory::PriceHistory(Database& db) {
    Statement from = db.prepare("SELECT value FROM setting WHERE key = 'price_history_from'");
    if (from.step()) {
        const std::string text = from.getText(0);
        std::int64_t seq = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seq);
        if (ec == std::errc() && end == text.data() + text.size() && seq > 0)
            m_from = seq; // anything else: every exchange is checked
    }
    Statement s = db.prepare("SELECT agreement_id, good_id, effective_from, unit_price, after_seq "
                             "FROM price_entry ORDER BY id");
    while (s.step()) {
        const std::optional<Date> date = Date::parse(s.getText(2));
        if (!date)
            continue; // no line can have been priced by it
        m_entries[{s.getInt(0), s.getInt(1)}].push_back({*date, s.getInt(4), s.getInt(3)});
    }
}

std::string PriceHistory::check(const Exchange& e, std::int64_t agreementId) const {
    if (e.seq <= m_from || (e.reversesSeq && *e.reversesSeq > 0))
        return {};
    for (const DeliveryLine& line : e.lines) {
        if (!line.priceReason.empty())
            continue;
        // The latest entry made before the posting, of the latest day on or before the line's;
        // of two for one day, the later one.
        const Entry* inForce = nullptr;
        if (const auto entries = m_entries.find({agreementId, line.good.value});
            entries != m_entries.end())
            for (const Entry& p : entries->second)
                if (p.afterSeq < e.seq && p.from <= e.date && (!inForce || p.from >= inForce->from))
                    inForce = &p;
        if (inForce == nullptr)
            return fmt::format("line {} of exchange {} ({}) is priced {} without a reason for the "
                               "override, but the price list had no price for it on {}",
                               line.lineNo, e.seq, line.goodCode, line.unitPrice.toString(),
                               e.date.toString());
        const Decimal listed = Decimal::fromScaled(inForce->price, kPriceScale);
        if (line.unitPrice != listed)
            return fmt::format("line {} of exchange {} ({}) is priced {} without a reason for the "
                               "override, but the price list gave {} on {}",
                               line.lineNo, e.seq, line.goodCode, line.unitPrice.toString(),
                               listed.toString(), e.date.toString());
    }
    return {};
}

} // namespace barter
