// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Files that appear only whole. A file is written to an unnamed temporary file in its folder
// (O_TMPFILE) and linked into place on commit, so a failed, cancelled or killed export leaves
// nothing at all; where the file system cannot make unnamed files, a temporary name in the same
// folder is renamed instead (and removed on failure).

#include <functional>
#include <ostream>
#include <string>

namespace barter {

class AtomicFile {
public:
    // Throws StorageError when the folder cannot be written.
    explicit AtomicFile(std::string path);
    ~AtomicFile(); // discards the file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    int fd() const { return m_fd; }
    const std::string& path() const { return m_path; }
    // Flushes the bytes to disk and puts the file at `path`, replacing what was there.
    void commit();

private:
    std::string m_path;
    std::string m_temp; // empty for an unnamed file
    int m_fd = -1;
    bool m_committed = false;
};

// Calls `write` with a stream on an AtomicFile for `path`, then commits it. Throws
// StorageError when the file cannot be written; nothing is left behind then.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// fsync()s a written file so that a rename after it cannot expose an empty file after a crash.
void syncToDisk(const std::string& path);

} // namespace barter
