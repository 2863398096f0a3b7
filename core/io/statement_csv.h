#pragma once
// The statement of an agreement as CSV (one row per delivery line, with the running balance).

#include "../reports/reports.h"

#include <ostream>

namespace barter {

void writeStatementCsv(std::ostream& out, const reports::StatementReport& statement);

} // namespace barter
