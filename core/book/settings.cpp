// SPDX-License-Identifier: GPL-3.0-or-later
// The book's settings (SettingsService): approval of clerks' entries and the idle lock.

#include "book.h"
#include "permissions.h"

#include <charconv>

namespace barter {

void SettingsService::setApprovalRequired(const Session& s, bool on) {
    require(s, Action::ManageUsers);
    Transaction tx(database());
    Statement st = database().prepare("INSERT INTO setting (key, value) VALUES ('approval', ?1) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, on ? "on" : "off").run();
    audit(s, "change", "setting", on ? "approval on" : "approval off");
    tx.commit();
}

bool SettingsService::approvalRequired() {
    Statement& st = database().cached("SELECT value FROM setting WHERE key = 'approval'");
    const bool on = st.step() && st.getText(0) == "on";
    st.reset();
    return on;
}

void SettingsService::setIdleLockMinutes(const Session& s, int minutes) {
    require(s, Action::ManageUsers);
    if (minutes < 0 || minutes > kMaxIdleLockMinutes)
        throw InvalidInput("idle-lock", "must be whole minutes from 0 (never) to " +
                                            std::to_string(kMaxIdleLockMinutes));
    Transaction tx(database());
    Statement st = database().prepare("INSERT INTO setting (key, value) VALUES ('idle_lock', ?1) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, std::to_string(minutes)).run();
    audit(s, "change", "setting",
          minutes == 0 ? "idle lock off" : "idle lock after " + std::to_string(minutes) + " min");
    tx.commit();
}

int SettingsService::idleLockMinutes() {
    Statement& st = database().cached("SELECT value FROM setting WHERE key = 'idle_lock'");
    int minutes = kDefaultIdleLockMinutes;
    if (st.step()) {
        const std::string text = st.getText(0);
        int parsed = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        if (ec == std::errc() && end == text.data() + text.size() && parsed >= 0 &&
            parsed <= kMaxIdleLockMinutes)
            minutes = parsed;
    }
    st.reset();
    return minutes;
}

bool SettingsService::needsApproval(const Session& s) {
    return s.role() == Role::Clerk && approvalRequired();
}

} // namespace barter
