// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hledger/ledger journal of an agreement (DESIGN.md §7): one transaction per exchange,
// the clearing account `clearing:<AGREEMENT>` (positive: party B owes party A), and for each
// line the goods moved as a commodity at its total value (`@@`), so every transaction
// balances exactly and `hledger -f FILE bal clearing` prints our clearing balance.

#include "../reports/reports.h"

#include <ostream>
#include <string>

namespace barter {

void writeHledgerJournal(std::ostream& out, const reports::StatementReport& statement,
                         const std::string& chainHead);

} // namespace barter
