// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include "error.h"

namespace barter::cli {

namespace {
const std::set<std::string> kGlobal = {"book", "user", "password-file", "format"};
// Options that are switches: present or not, without a value.
const std::set<std::string> kSwitches = {"strict"};
} // namespace

Arguments::Arguments(int argc, char** argv) {
    bool onlyWords = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (onlyWords || arg.size() < 2 || arg[0] != '-' || (arg[1] != '-' && arg != "-o")) {
            m_positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyWords = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            m_help = true;
            continue;
        }
        // Before a command, --version asks for the program's version; after one, it is an
        // option with a value (import restrictions ... --version V).
        if (arg == "--version" && m_positional.empty()) {
            m_version = true;
            continue;
        }
        std::string name = arg == "-o" ? "output" : arg.substr(2);
        std::string value;
        if (kSwitches.count(name) != 0) {
            m_options[name].push_back("");
            continue;
        }
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            if (kSwitches.count(name) != 0)
                throw UsageError("option --" + name + " takes no value");
        } else {
            if (i + 1 >= argc)
                throw UsageError("option " + arg + " needs a value");
            value = argv[++i];
        }
        // `barter audit --user U` filters the trail by user (DESIGN.md §6); who logs in then
        // comes from BARTER_USER or a --user before the command word.
        if (name == "user" && !m_positional.empty() && m_positional.front() == "audit")
            name = "audit-user";
        m_options[name].push_back(value);
    }
}

const std::string& Arguments::word(std::size_t index, const char* what) const {
    if (index >= m_positional.size())
        throw UsageError(std::string("missing ") + what);
    return m_positional[index];
}

std::optional<std::string> Arguments::option(const std::string& name) const {
    auto it = m_options.find(name);
    if (it == m_options.end())
        return std::nullopt;
    return it->second.back();
}

std::string Arguments::option(const std::string& name, const std::string& fallback) const {
    return option(name).value_or(fallback);
}

std::string Arguments::required(const std::string& name) const {
    auto value = option(name);
    if (!value)
        throw UsageError("missing option --" + name);
    return *value;
}

std::vector<std::string> Arguments::all(const std::string& name) const {
    auto it = m_options.find(name);
    return it == m_options.end() ? std::vector<std::string>{} : it->second;
}

void Arguments::allow(std::set<std::string> allowed, std::size_t maxWords) const {
    for (const auto& [name, values] : m_options) {
        if (!allowed.count(name) && !kGlobal.count(name))
            throw UsageError("unknown option --" + name + " for this command; see barter help");
        if (values.size() > 1 && name != "line")
            throw UsageError("option --" + name + " given more than once");
    }
    if (m_positional.size() > maxWords)
        throw UsageError("unexpected argument \"" + m_positional[maxWords] + "\"");
}

} // namespace barter::cli
