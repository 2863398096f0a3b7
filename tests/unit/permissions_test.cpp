// SPDX-License-Identifier: GPL-3.0-or-later
#include "book/permissions.h"

#include <gtest/gtest.h>

namespace barter {
namespace {

// The role table of DESIGN.md §5, row by row.
TEST(PermissionsTest, FollowTheRoleTable) {
    struct Row {
        Action action;
        bool admin, manager, clerk, auditor;
    };
    const Row table[] = {
        {Action::ManageUsers, true, false, false, false},
        {Action::ManageMasterData, false, true, false, false},
        {Action::EnterExchange, false, true, true, false},
        {Action::Approve, false, true, false, false},
        {Action::Reverse, false, true, false, false},
        {Action::Reconcile, false, true, false, false},
        {Action::OverrideSwing, false, true, false, false},
        {Action::OverrideProtocol, false, true, false, false},
        {Action::ViewReports, true, true, true, true},
        {Action::Export, false, true, true, true},
    };
    for (const Row& r : table) {
        EXPECT_EQ(isAllowed(Role::Admin, r.action), r.admin);
        EXPECT_EQ(isAllowed(Role::Manager, r.action), r.manager);
        EXPECT_EQ(isAllowed(Role::Clerk, r.action), r.clerk);
        EXPECT_EQ(isAllowed(Role::Auditor, r.action), r.auditor);
    }
}

} // namespace
} // namespace barter
