// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fuzz target shares: a check that aborts (so libFuzzer keeps the input as a crash
// artifact) and a guard that turns any exception the core does not document into a finding.

#include "error.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

namespace barter::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const std::string& what) {
    std::fprintf(stderr, "\n%s:%d: fuzz property violated: %s\n", file, line, what.c_str());
    std::fflush(stderr);
    std::abort();
}

// FUZZ_CHECK(condition, message): the message is only built when the condition fails.
#define FUZZ_CHECK(condition, message)                                                             \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::barter::fuzz::fail(__FILE__, __LINE__,                                               \
                                 std::string("(" #condition ") ") + std::string(message));         \
    } while (false)

// Runs `body`; an exception escaping it is a finding, whatever its type: each target catches
// the errors the code documents itself, where it can also check what they say.
template <typename Body> int guarded(const char* target, Body&& body) {
    try {
        body();
    } catch (const std::exception& e) {
        fail(target, 0, std::string("unexpected exception ") + typeid(e).name() + ": " + e.what());
    } catch (...) {
        fail(target, 0, "unexpected exception of an unknown type");
    }
    return 0;
}

// The number of physical lines of `text` as the CSV reader counts them (LF ends a line).
inline long physicalLines(std::string_view text) {
    long lines = 1;
    for (char c : text)
        lines += c == '\n' ? 1 : 0;
    return lines;
}

// Every problem of a refused file names a line inside it (0 when not about a line) and says
// what is wrong.
inline void checkProblems(const InvalidInput& e, std::string_view input) {
    FUZZ_CHECK(!e.problems().empty(), "InvalidInput without problems");
    const long lines = physicalLines(input);
    for (const Problem& p : e.problems()) {
        FUZZ_CHECK(!p.message.empty(), "a problem without a message, field " + p.field);
        FUZZ_CHECK(p.line >= 0 && p.line <= lines,
                   "problem on line " + std::to_string(p.line) + " of a " + std::to_string(lines) +
                       "-line input: " + p.field + ": " + p.message);
    }
}

} // namespace barter::fuzz
