// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command line, split into positional words and --options. Every option takes a value
// ("--name VALUE" or "--name=VALUE"; "-o" is "--output") but the switches (--strict), which
// take none; an option may repeat (--line).

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace barter::cli {

class Arguments {
public:
    // Throws UsageError for an option without a value.
    Arguments(int argc, char** argv);

    const std::vector<std::string>& positional() const { return m_positional; }
    // The i-th positional word, or throws UsageError naming `what`.
    const std::string& word(std::size_t index, const char* what) const;
    std::optional<std::string> option(const std::string& name) const;
    std::string option(const std::string& name, const std::string& fallback) const;
    std::string required(const std::string& name) const;
    std::vector<std::string> all(const std::string& name) const;
    bool has(const std::string& name) const { return m_options.count(name) != 0; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    // Throws UsageError naming the first option that is neither global nor in `allowed`,
    // or when there are more than `maxWords` positional words.
    void allow(std::set<std::string> allowed, std::size_t maxWords) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::vector<std::string>> m_options;
    bool m_help = false;
    bool m_version = false;
};

} // namespace barter::cli
