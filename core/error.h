// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The exceptions of the core. Every environment failure or refused operation is one of these;
// each face (CLI main, the UI's showError) catches barter::Error in one place and maps the kind
// to an exit code or a dialog. Rule violations found by checks are `InvalidInput` carrying every
// problem, so a face can list them all.

#include <stdexcept>
#include <string>
#include <vector>

namespace barter {

// One thing wrong with what a user supplied. `field` names the field or column; `line` is the
// 1-based line in the input file (0 when the problem is not about a file).
struct Problem {
    std::string field;
    std::string message;
    long line = 0;
    bool operator==(const Problem&) const = default;
};

enum class ErrorKind {
    Usage = 1,      // the command line itself is wrong
    Invalid = 2,    // invalid input or a rule refused it; nothing changed
    Permission = 3, // permission denied or login failed
    Integrity = 4,  // the chain or the stored sums do not verify
    Storage = 5,    // cannot open, locked, corrupt, foreign or newer file
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& what) : std::runtime_error(what), m_kind(kind) {}
    ErrorKind kind() const { return m_kind; }

private:
    ErrorKind m_kind;
};

class UsageError : public Error {
public:
    explicit UsageError(const std::string& what) : Error(ErrorKind::Usage, what) {}
};

// Invalid input or a refused rule. `problems` lists every problem found (never empty).
class InvalidInput : public Error {
public:
    explicit InvalidInput(std::vector<Problem> problems, std::string source = {});
    InvalidInput(const std::string& field, const std::string& message);
    const std::vector<Problem>& problems() const { return m_problems; }
    // The file the problems refer to, empty when they are not about a file.
    const std::string& source() const { return m_source; }

private:
    std::vector<Problem> m_problems;
    std::string m_source;
};

// The user cancelled a long operation; like a refused input, nothing was changed.
class Cancelled : public Error {
public:
    Cancelled() : Error(ErrorKind::Invalid, "cancelled; nothing was changed") {}
};

class PermissionDenied : public Error {
public:
    explicit PermissionDenied(const std::string& what) : Error(ErrorKind::Permission, what) {}
};

class IntegrityError : public Error {
public:
    explicit IntegrityError(const std::string& what) : Error(ErrorKind::Integrity, what) {}
};

// A failure of the SQLite file: `code` is the SQLite result code (0 when not from SQLite).
class StorageError : public Error {
public:
    StorageError(const std::string& what, int code = 0)
        : Error(ErrorKind::Storage, what), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

} // namespace barter
