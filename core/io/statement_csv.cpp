#include "statement_csv.h"

#include "csv_writer.h"

namespace barter {

void writeStatementCsv(std::ostream& out, const reports::StatementReport& st) {
    const int digits = st.agreement.digits;
    writeCsvRow(out, {"seq", "date", "reference", "shipper", "receiver", "good", "quantity", "unit",
                      "unit_price", "value", "balance"});
    for (const auto& l : st.lines)
        writeCsvRow(out, {std::to_string(l.seq), l.date.toString(), l.reference, l.shipper,
                          l.receiver, l.good, l.quantity.toString(), l.measure,
                          l.unitPrice.trimmed(digits).toString(), l.value.toString(),
                          l.balance.toString()});
}

} // namespace barter
