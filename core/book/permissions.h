// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The role table of DESIGN.md §5, checked in the core on every call.

#include "../domain/types.h"

#include <string_view>

namespace barter {

class Session;

enum class Action {
    ManageUsers,      // users and book settings
    ManageMasterData, // parties, goods, units, agreements, prices, restriction lists
    EnterExchange,    // record exchanges, import deliveries
    Approve,          // approve or reject others' pending exchanges
    Reverse,          // reverse a posted exchange
    OverrideSwing,    // post past the swing limit with a reason
    OverrideProtocol, // post past a strict protocol with a reason
    Reconcile,        // reconcile with the other side, resolve items, close periods
    ViewReports,      // balances, statements, turnover, verify, audit trail
    Export,           // PDF/CSV/journal exports
    Backup,           // copy the whole book
};

bool isAllowed(Role role, Action action);
// Throws PermissionDenied naming the role and the action when the session may not do it.
void require(const Session& session, Action action);

} // namespace barter
