// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace barter {

namespace {
std::string describe(const std::vector<Problem>& problems) {
    if (problems.empty())
        return "invalid input";
    const Problem& p = problems.front();
    std::string text = p.field.empty() ? p.message : p.field + ": " + p.message;
    if (problems.size() > 1)
        text += " (and " + std::to_string(problems.size() - 1) + " more)";
    return text;
}
} // namespace

InvalidInput::InvalidInput(std::vector<Problem> problems, std::string source)
    : Error(ErrorKind::Invalid, describe(problems)), m_problems(std::move(problems)),
      m_source(std::move(source)) {}

InvalidInput::InvalidInput(const std::string& field, const std::string& message)
    : InvalidInput(std::vector<Problem>{Problem{field, message, 0}}) {}

} // namespace barter
