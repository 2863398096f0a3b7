#pragma once
// Writes a file through a temporary file in the same folder and a rename, so a reader never
// sees it half-written and a failed export leaves nothing behind.

#include <functional>
#include <ostream>
#include <string>

namespace barter {

// Calls `write` with a stream on a temporary file, then renames it to `path` (replacing it).
// Throws StorageError when the file cannot be written; the temporary file is removed then.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// fsync()s a written file so that a rename after it cannot expose an empty file after a crash.
void syncToDisk(const std::string& path);

} // namespace barter
