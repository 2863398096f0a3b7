// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The first records of a CSV file as they will be read, for a preview before an import.

#include "csv_reader.h"

#include <string>
#include <vector>

namespace barter {

struct CsvPreview {
    std::vector<std::string> header;
    std::vector<CsvRecord> records; // at most the number asked for
    bool more = false;              // the file has more records than shown
};

// Throws StorageError when the file cannot be read and InvalidInput (with the line) when its
// first records are not valid CSV.
CsvPreview previewCsv(const std::string& file, std::size_t maxRecords);

} // namespace barter
