// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the imports of core/io share: reading a CSV file record by record with every bad row a
// problem at its line, and refusing an import with its problems in line order.

#include "../error.h"
#include "csv_reader.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace barter::import_files {

// Reads every record of `file`, calling `row` for each; malformed records become problems.
// Returns the problems with the header (which stop the import) or of the CSV syntax.
void readCsv(const std::string& file, const std::vector<std::string>& required,
             const std::vector<std::string>& optional, std::vector<Problem>& problems,
             const std::function<void(const CsvReader&, const CsvRecord&)>& row);
// The record's value in `column` (empty when the file has no such column).
std::string field(const CsvReader& reader, const CsvRecord& record, std::string_view column);
// The problems of `e`, at `line`.
void addAt(std::vector<Problem>& problems, const InvalidInput& e, long line);
// Throws InvalidInput with the problems sorted by line, naming `file`.
[[noreturn]] void refuse(std::vector<Problem> problems, const std::string& file);
std::string baseName(const std::string& file);

} // namespace barter::import_files
