// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace barter::import_files {

void readCsv(const std::string& file, const std::vector<std::string>& required,
             const std::vector<std::string>& optional, std::vector<Problem>& problems,
             const std::function<void(const CsvReader&, const CsvRecord&)>& row) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InvalidInput("file", "cannot read \"" + file + "\"");
    CsvReader reader(in, file);
    reader.header();
    problems = reader.checkColumns(required, optional);
    if (!problems.empty())
        return;
    CsvRecord record;
    for (;;) {
        try {
            if (!reader.next(record))
                break;
        } catch (const InvalidInput& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
            continue; // a syntax error leaves the reader at the end, so this ends the loop
        }
        row(reader, record);
    }
}

std::string field(const CsvReader& reader, const CsvRecord& record, std::string_view column) {
    std::optional<std::size_t> index = reader.column(column);
    return index ? record.fields[*index] : std::string();
}

void addAt(std::vector<Problem>& problems, const InvalidInput& e, long line) {
    for (const Problem& p : e.problems())
        problems.push_back({p.field, p.message, line});
}

[[noreturn]] void refuse(std::vector<Problem> problems, const std::string& file) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    throw InvalidInput(std::move(problems), file);
}

std::string baseName(const std::string& file) {
    return std::filesystem::path(file).filename().string();
}

} // namespace barter::import_files
