// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The logged-in user. A Session is only made by Book::login (or Book::create for the first
// admin); every Book operation takes one and checks its role.

#include "../domain/types.h"

namespace barter {

class Session {
public:
    const UserId& userId() const { return m_userId; }
    const std::string& userName() const { return m_userName; }
    Role role() const { return m_role; }

private:
    friend class Book;
    Session(UserId id, std::string name, Role role)
        : m_userId(id), m_userName(std::move(name)), m_role(role) {}
    UserId m_userId;
    std::string m_userName;
    Role m_role;
};

} // namespace barter
