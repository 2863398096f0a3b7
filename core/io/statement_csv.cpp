// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement_csv.h"

#include "csv_writer.h"

namespace barter {

void writeStatementCsvHeader(std::ostream& out) {
    writeCsvRow(out, {"seq", "date", "reference", "shipper", "receiver", "good", "quantity", "unit",
                      "unit_price", "value", "balance"});
}

void writeStatementCsvRow(std::ostream& out, const reports::StatementLine& l, int digits) {
    writeCsvRow(out,
                {std::to_string(l.seq), l.date.toString(), l.reference, l.shipper, l.receiver,
                 l.good, l.quantity.toString(), l.measure, l.unitPrice.trimmed(digits).toString(),
                 l.value.toString(), l.balance.toString()});
}

void writeStatementCsv(std::ostream& out, const reports::StatementReport& st) {
    writeStatementCsvHeader(out);
    for (const auto& l : st.lines)
        writeStatementCsvRow(out, l, st.agreement.digits);
}

} // namespace barter
