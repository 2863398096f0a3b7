// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The file a fuzz input is written to when the code under test reads files (imports, the
// statement reader): one per target, in a temporary folder of its own (on tmpfs when there is
// one, so an input costs no disk write), removed when the process ends normally.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace barter::fuzz {

class FuzzFolder {
public:
    FuzzFolder() {
        const char* shm = "/dev/shm";
        const std::filesystem::path base =
            std::filesystem::is_directory(shm) && access(shm, W_OK) == 0
                ? std::filesystem::path(shm)
                : std::filesystem::temp_directory_path();
        std::string pattern = (base / "barter-fuzz-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("cannot create a temporary folder in " + base.string());
        m_path = pattern;
    }
    ~FuzzFolder() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    FuzzFolder(const FuzzFolder&) = delete;
    FuzzFolder& operator=(const FuzzFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

class FuzzFile {
public:
    FuzzFile(const FuzzFolder& folder, const std::string& name)
        : m_path((folder.path() / name).string()) {}
    // Replaces the file's content with `bytes`; returns its path.
    const std::string& write(std::string_view bytes) {
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out)
            throw std::runtime_error("cannot write " + m_path);
        return m_path;
    }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

} // namespace barter::fuzz
