// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_writer.h"

#include <string_view>

namespace barter {

namespace {

bool needsQuotes(std::string_view field) {
    if (field.find_first_of(",\"\r\n") != std::string_view::npos)
        return true;
    if (field.empty())
        return false;
    // At the start of a file an unquoted U+FEFF would be read back as the byte-order mark and
    // dropped; quoted, it stays part of the field wherever the row lands.
    if (field.starts_with("\xEF\xBB\xBF"))
        return true;
    const auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    return isBlank(field.front()) || isBlank(field.back());
}

void writeQuoted(std::ostream& out, std::string_view field) {
    out.put('"');
    std::size_t start = 0;
    for (std::size_t quote = field.find('"'); quote != std::string_view::npos;
         quote = field.find('"', start)) {
        out << field.substr(start, quote + 1 - start);
        out.put('"');
        start = quote + 1;
    }
    out << field.substr(start);
    out.put('"');
}

} // namespace

void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields) {
    if (fields.size() == 1 && fields.front().empty()) {
        out << "\"\"\n";
        return;
    }
    for (std::size_t index = 0; index < fields.size(); ++index) {
        if (index > 0)
            out.put(',');
        if (needsQuotes(fields[index]))
            writeQuoted(out, fields[index]);
        else
            out << fields[index];
    }
    out.put('\n');
}

} // namespace barter
