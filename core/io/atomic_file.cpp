#include "atomic_file.h"

#include "../error.h"

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace barter {

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
