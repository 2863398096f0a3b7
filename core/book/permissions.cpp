// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "../error.h"
#include "session.h"

#include <string>

namespace barter {

namespace {
std::string_view describe(Action action) {
    switch (action) {
    case Action::ManageUsers:
        return "manage users and book settings";
    case Action::ManageMasterData:
        return "change master data (parties, units, goods, agreements, prices)";
    case Action::EnterExchange:
        return "enter or import exchanges";
    case Action::Approve:
        return "approve or reject pending exchanges";
    case Action::Reverse:
        return "reverse exchanges";
    case Action::OverrideSwing:
        return "override the swing limit";
    case Action::OverrideProtocol:
        return "let a line past a strict protocol";
    case Action::Reconcile:
        return "reconcile or close periods";
    case Action::ViewReports:
        return "view reports";
    case Action::Export:
        return "export";
    case Action::Backup:
        return "back up the book";
    }
    return "do that";
}
} // namespace

bool isAllowed(Role role, Action action) {
    switch (action) {
    case Action::ManageUsers:
        return role == Role::Admin;
    case Action::ManageMasterData:
    case Action::Approve:
    case Action::Reverse:
    case Action::OverrideSwing:
    case Action::OverrideProtocol:
    case Action::Reconcile:
        return role == Role::Manager;
    case Action::EnterExchange:
        return role == Role::Manager || role == Role::Clerk;
    case Action::ViewReports:
        return true;
    case Action::Export:
        return role != Role::Admin;
    case Action::Backup:
        return role != Role::Clerk;
    }
    return false;
}

void require(const Session& session, Action action) {
    if (!isAllowed(session.role(), action))
        throw PermissionDenied("permission denied: " + session.userName() + " (" +
                               toString(session.role()) + ") may not " +
                               std::string(describe(action)));
}

} // namespace barter
