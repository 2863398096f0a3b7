// SPDX-License-Identifier: GPL-3.0-or-later
#include "open_checks.h"

#include "../error.h"
#include "checksum_vfs.h"

#include <sqlite3.h>

#include <cstring>
#include <filesystem>
#include <fstream>

namespace barter::open_checks {

namespace {
constexpr std::size_t kHeaderSize = 100;

std::uint32_t be32(const unsigned char* p) {
    return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 |
           std::uint32_t{p[3]};
}

bool readRaw(const std::string& path, unsigned char (&header)[kHeaderSize]) {
    std::ifstream in(path, std::ios::binary);
    return static_cast<bool>(in.read(reinterpret_cast<char*>(header), kHeaderSize));
}

// The size the file's header records (page size × page count), or 0 when the header does not
// vouch for it (SQLite keeps it valid only while its change counters agree).
std::uintmax_t recordedSize(const std::string& path) {
    unsigned char header[kHeaderSize] = {};
    if (!readRaw(path, header))
        return 0;
    const std::uint32_t pageSize =
        header[16] == 0 && header[17] == 1 ? 65536u : (std::uint32_t{header[16]} << 8 | header[17]);
    if (be32(header + 24) != be32(header + 92))
        return 0;
    return std::uintmax_t{pageSize} * be32(header + 28);
}
} // namespace

std::optional<Header> readHeader(const std::string& path) {
    unsigned char raw[kHeaderSize] = {};
    if (!readRaw(path, raw))
        return std::nullopt;
    Header h;
    h.sqlite = std::memcmp(raw, "SQLite format 3", 16) == 0; // 15 letters and the final NUL
    const std::uint32_t size =
        raw[16] == 0 && raw[17] == 1 ? 65536u : (std::uint32_t{raw[16]} << 8 | raw[17]);
    if (size >= 512 && size <= 65536 && (size & (size - 1)) == 0)
        h.pageSize = size;
    h.reserve = raw[20];
    h.userVersion = static_cast<std::int32_t>(be32(raw + 60));
    h.applicationId = be32(raw + 68);
    if (h.sqlite && h.pageSize != 0) {
        h.page1.resize(h.pageSize);
        std::ifstream in(path, std::ios::binary);
        if (!in.read(reinterpret_cast<char*>(h.page1.data()),
                     static_cast<std::streamsize>(h.pageSize)))
            h.page1.clear();
    }
    return h;
}

namespace {
// Whether page 1 would match its checksum if the 4-byte header field at `offset` held `value`:
// then that field is damaged, not what it says.
bool matchesWith(const Header& header, std::size_t offset, std::uint32_t value) {
    if (header.page1.empty())
        return false;
    std::vector<unsigned char> page = header.page1;
    for (std::size_t i = 0; i < 4; ++i)
        page[offset + i] = static_cast<unsigned char>(value >> (24 - 8 * i));
    return page[20] == checksum_vfs::kReserveBytes &&
           checksum_vfs::pageIntact(page.data(), page.size(), 1);
}

[[noreturn]] void refuseDamagedHeader(const std::string& path) {
    throw StorageError(damagedPagesMessage({1}, 1) + " (" + path + ")", SQLITE_CORRUPT);
}
} // namespace

bool walPending(const std::string& path) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path + "-wal", ec);
    return !ec && size > 0;
}

void refuseByHeader(const std::string& path, int knownVersion, int applicationId) {
    const std::optional<Header> header = readHeader(path);
    // A short file is for SQLite to judge; with a log pending, the header on disk may be older
    // than the book (SQLite reads the newest one from the log).
    if (!header || walPending(path))
        return;
    const bool ours = header->applicationId == static_cast<std::uint32_t>(applicationId);
    if (ours && (!header->sqlite || header->pageSize == 0))
        throw StorageError("the book is damaged: its header is not a valid SQLite header (" + path +
                               ")",
                           SQLITE_CORRUPT);
    if (!header->sqlite)
        return; // SQLite says what it is not
    if (!ours) {
        if (matchesWith(*header, 68, static_cast<std::uint32_t>(applicationId)))
            refuseDamagedHeader(path);
        throw StorageError("not a Barter Ledger book (foreign SQLite file): " + path,
                           SQLITE_NOTADB);
    }
    if (header->userVersion > knownVersion) {
        // A newer program writes page 1 with a valid checksum, and so would we; another program
        // leaves the old one, which fits neither the new version nor (as a damaged byte would)
        // one of ours.
        for (int version = 1; version <= knownVersion; ++version)
            if (matchesWith(*header, 60, static_cast<std::uint32_t>(version)))
                refuseDamagedHeader(path);
        throw StorageError("the book " + path + " has schema version " +
                           std::to_string(header->userVersion) + ", newer than this program's " +
                           std::to_string(knownVersion) + "; upgrade Barter Ledger to open it");
    }
}

void refuseCutOff(Database& db) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(db.path(), ec);
    if (ec)
        return;
    // Only while no log is pending: a checkpoint interrupted by a crash may leave the file
    // short, and the log still holds what is missing.
    const std::uintmax_t recorded = recordedSize(db.path());
    if (recorded > size && !walPending(db.path()))
        throw StorageError("the book is damaged: " + db.path() +
                               " (the file is cut off: " + std::to_string(size) +
                               " bytes, its header records " + std::to_string(recorded) + ")",
                           SQLITE_CORRUPT);
}

void refuseDamagedPages(Database& db) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(db.path(), ec);
    if (ec || size > kCheckOnOpenBytes)
        return;
    std::string report;
    try {
        Statement check = db.prepare("PRAGMA quick_check(3)");
        while (check.step())
            report += (report.empty() ? "" : "; ") + check.getText(0);
    } catch (const StorageError& e) {
        if (e.code() == SQLITE_IOERR_DATA)
            throw explainDamage(db, e);
        report = e.what();
    }
    // The check reports a page that failed its checksum among its findings ("unable to get the
    // page"); the pages themselves say more.
    if (report != "ok" && db.lastDamagedPage() != 0) {
        const Database::PageScan scan = db.scanPages();
        if (scan.damagedCount > 0)
            throw StorageError(damagedPagesMessage(scan.damaged, scan.damagedCount) + " (" +
                                   db.path() + ")",
                               SQLITE_CORRUPT);
    }
    if (report != "ok") {
        for (char& c : report)
            if (c == '\n')
                c = ' ';
        throw StorageError("the book is damaged: " + db.path() + " (" + report + ")",
                           SQLITE_CORRUPT);
    }
}

StorageError explainDamage(Database& db, const StorageError& e) {
    if (e.code() == SQLITE_IOERR_DATA) {
        const std::int64_t page = db.lastDamagedPage();
        return StorageError(damagedPagesMessage(page != 0 ? std::vector<std::int64_t>{page}
                                                          : std::vector<std::int64_t>{},
                                                1) +
                                " (" + db.path() + ")",
                            e.code());
    }
    if ((e.code() & 0xff) == SQLITE_CORRUPT) // "the book is damaged (what SQLite says)"
        return StorageError(std::string(e.what()) + " (" + db.path() + ")", e.code());
    return e;
}

} // namespace barter::open_checks
