// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomic_file.h"

#include "../error.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <streambuf>

#include <fcntl.h>
#include <unistd.h>

namespace barter {

namespace {

std::string folderOf(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

std::string uniqueName(const std::string& path) {
    std::random_device random;
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random());
}

[[noreturn]] void fail(const std::string& what, const std::string& path) {
    throw StorageError(what + " \"" + path + "\": " + std::strerror(errno));
}

// An output stream buffer over a file descriptor, so that large files stream to disk.
class FdBuffer : public std::streambuf {
public:
    explicit FdBuffer(int fd) : m_fd(fd) {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }
    bool failed() const { return m_failed; }

protected:
    int_type overflow(int_type c) override {
        if (!flushBuffer())
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return flushBuffer() ? 0 : -1; }

private:
    bool flushBuffer() {
        const char* at = pbase();
        while (at < pptr()) {
            const ssize_t n = ::write(m_fd, at, static_cast<std::size_t>(pptr() - at));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_failed = true;
                return false;
            }
            at += n;
        }
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return true;
    }
    int m_fd;
    bool m_failed = false;
    std::array<char, 1 << 16> m_buffer{};
};

} // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) {
    m_fd = ::open(folderOf(m_path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    if (m_fd >= 0)
        return;
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        fail("cannot write", m_path);
    m_temp = uniqueName(m_path);
    m_fd = ::open(m_temp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
    if (m_fd < 0)
        fail("cannot write", m_path);
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_temp.empty())
        ::unlink(m_temp.c_str());
}

void AtomicFile::commit() {
    if (::fsync(m_fd) != 0)
        fail("cannot flush to disk", m_path);
    if (m_temp.empty()) {
        // Give the unnamed file a name: directly when `path` is new, else through a temporary
        // name renamed over the old file (rename replaces atomically, link does not).
        const std::string self = "/proc/self/fd/" + std::to_string(m_fd);
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, m_path.c_str(), AT_SYMLINK_FOLLOW) == 0) {
            m_committed = true;
            return;
        }
        if (errno != EEXIST)
            fail("cannot write", m_path);
        m_temp = uniqueName(m_path);
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, m_temp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            m_temp.clear();
            fail("cannot write", m_path);
        }
    }
    if (::rename(m_temp.c_str(), m_path.c_str()) != 0)
        fail("cannot replace", m_path);
    m_committed = true;
}

void syncToDisk(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw StorageError("cannot open \"" + path + "\" to flush it to disk");
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        throw StorageError("cannot flush \"" + path + "\" to disk");
}

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    AtomicFile file(path);
    FdBuffer buffer(file.fd());
    std::ostream out(&buffer);
    write(out);
    out.flush();
    if (!out || buffer.failed())
        throw StorageError("writing \"" + path + "\" failed (disk full?)");
    file.commit();
}

} // namespace barter
