// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_preview.h"

#include <fstream>

namespace barter {

CsvPreview previewCsv(const std::string& file, std::size_t maxRecords) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw StorageError("cannot read " + file);
    CsvReader reader(in, file);
    CsvPreview preview;
    preview.header = reader.header();
    CsvRecord record;
    while (reader.next(record)) {
        if (preview.records.size() == maxRecords) {
            preview.more = true;
            break;
        }
        preview.records.push_back(record);
    }
    return preview;
}

} // namespace barter
