// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_export.h"

#include <fmt/format.h>

namespace barter {

namespace {
// hledger needs a commodity symbol quoted unless it is letters only.
std::string commodity(const std::string& symbol) {
    for (char c : symbol)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return "\"" + symbol + "\"";
    return symbol;
}

void posting(std::ostream& out, const std::string& account, const std::string& amount) {
    // Account and amount must be separated by at least two spaces.
    out << "    " << fmt::format("{:<40}  {}", account, amount) << '\n';
}
} // namespace

void writeHledgerJournal(std::ostream& out, const reports::StatementReport& st,
                         const std::string& chainHead) {
    const reports::AgreementInfo& a = st.agreement;
    const std::string unit = commodity(a.unit);
    const std::string clearing = "clearing:" + a.code;
    out << "; Barter Ledger journal of agreement " << a.code << " (" << a.partyA << " / "
        << a.partyB << ") in " << a.unit << '\n';
    out << "; period: " << (st.from ? st.from->toString() : "start") << " to "
        << (st.to == Date::max() ? std::string("end") : st.to.toString()) << '\n';
    out << "; clearing balance: positive = " << a.partyB << " owes " << a.partyA << '\n';
    out << "; chain head: " << chainHead << "\n\n";

    if (st.from && *st.from > Date::min() && !st.openingBalance.isZero()) {
        out << st.from->plusDays(-1).toString() << " opening balance\n";
        posting(out, clearing, st.openingBalance.toString() + " " + unit);
        posting(out, "equity:opening:" + a.code, (-st.openingBalance).toString() + " " + unit);
        out << '\n';
    }
    std::int64_t current = 0;
    for (const reports::StatementLine& line : st.lines) {
        if (line.seq != current) {
            if (current != 0)
                out << '\n';
            current = line.seq;
            out << line.date.toString() << " (" << line.seq << ") " << line.reference;
            if (!line.memo.empty())
                out << " | " << line.memo;
            out << '\n';
        }
        const bool fromA = line.shipper == a.partyA;
        const Decimal clearingAmount = fromA ? line.value : -line.value;
        const Decimal goodsAmount = fromA ? -line.quantity : line.quantity;
        posting(out, clearing, clearingAmount.toString() + " " + unit);
        posting(out, "goods:" + line.shipper + ":" + line.good,
                fmt::format("{} {} @@ {} {}", goodsAmount.toString(), commodity(line.good),
                            line.value.abs().toString(), unit));
    }
    if (current != 0)
        out << '\n';
}

} // namespace barter
