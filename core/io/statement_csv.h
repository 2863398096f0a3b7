// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The statement of an agreement as CSV (one row per delivery line, with the running balance).

#include "../reports/reports.h"

#include <ostream>

namespace barter {

void writeStatementCsv(std::ostream& out, const reports::StatementReport& statement);
// The header row and one line's row, for writing a statement line by line.
void writeStatementCsvHeader(std::ostream& out);
void writeStatementCsvRow(std::ostream& out, const reports::StatementLine& line, int digits);

} // namespace barter
