// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV output for the CLI's `--format csv` and CSV exports, readable back by CsvReader.

#include <ostream>
#include <string>
#include <vector>

namespace barter {

// Writes one RFC 4180 record ending in "\n". A field is quoted, with its quotes doubled, only
// when it must be: it holds a comma, quote, CR or LF, starts or ends with a space or tab,
// starts with U+FEFF (read back as a byte-order mark at the start of a file), or is the only
// field of the row and empty (an empty line would be read back as no record).
void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields);

} // namespace barter
