#include "atomic_file.h"

#include "../error.h"

#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

namespace barter {

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
    namespace fs = std::filesystem;
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    std::error_code ec;
    try {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw StorageError("cannot write \"" + path + "\"");
        write(out);
        out.flush();
        if (!out)
            throw StorageError("writing \"" + path + "\" failed (disk full?)");
        out.close();
        syncToDisk(temp);
        fs::rename(temp, path, ec);
        if (ec)
            throw StorageError("cannot rename \"" + temp + "\" to \"" + path +
                               "\": " + ec.message());
    } catch (...) {
        fs::remove(temp, ec);
        throw;
    }
}

} // namespace barter
