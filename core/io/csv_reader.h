// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A streaming RFC 4180 reader for the import formats (DESIGN.md §7): UTF-8, a header row
// required, columns in any order. Reads in large chunks, so a million-row file costs no more
// than one pass over its bytes; a record's strings are reused from call to call.

#include "../error.h"

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace barter {

struct CsvRecord {
    // The 1-based physical line where the record starts (a quoted field may span lines).
    long line = 0;
    std::vector<std::string> fields;
};

// Every problem is thrown as InvalidInput whose source is `sourceName` and whose Problem
// names the physical line and the column ("header" while reading the header, empty for a
// problem with the whole record such as its field count). Syntax errors (quotes, bare carriage
// return) leave the reader at the end of its input: later calls to next() return false. After a
// wrong field count or invalid UTF-8 the whole record has been consumed, so a caller collecting
// problems may catch and go on with the next record.
class CsvReader {
public:
    static constexpr std::size_t kDefaultBufferSize = std::size_t{1} << 20;
    static constexpr std::size_t kMinBufferSize = 4; // a byte-order mark fits the first read

    // `in` must outlive the reader; the caller opens it (in binary mode for files, so CRLF
    // reaches the reader unchanged). `sourceName` is what errors name, usually the file path.
    // `bufferSize` (at least kMinBufferSize; smaller is taken as that) only changes how much is
    // read at a time, never what is read: the fuzz target reads with tiny buffers so that every
    // field, quote and line end gets split across reads.
    CsvReader(std::istream& in, std::string sourceName,
              std::size_t bufferSize = kDefaultBufferSize);

    const std::string& sourceName() const { return m_sourceName; }

    // Reads the header row on the first call and returns it; later calls return the same row.
    // Column names are trimmed of surrounding spaces and tabs and are case-sensitive. Throws
    // InvalidInput (field "header") when the input is empty or a name is empty or repeated.
    const std::vector<std::string>& header();

    // Index of a column in the header, or nullopt. Requires header() to have been called.
    std::optional<std::size_t> column(std::string_view name) const;

    // Problems with the header (line of the header, field = column name): a `required` column
    // missing, or a column in neither list. Never throws; requires header() to have been
    // called. Empty when the header is acceptable.
    std::vector<Problem> checkColumns(const std::vector<std::string>& required,
                                      const std::vector<std::string>& optional) const;

    // Reads the next data record into `record`, reading the header first if needed. Returns
    // false at the end of input. Completely empty lines are skipped. A record always has as many
    // fields as the header; fields are neither trimmed nor unescaped beyond RFC 4180.
    bool next(CsvRecord& record);

private:
    bool readRecord(CsvRecord& record);
    bool skipEmptyLines();
    void readUnquoted(std::string& field, std::size_t index);
    void readQuoted(std::string& field, std::size_t index);
    void endOfLine();
    bool available();
    bool fill();
    void checkRecord(const CsvRecord& record) const;
    std::string columnName(std::size_t index) const;
    [[noreturn]] void failSyntax(std::string field, long line, std::string message);

    std::istream& m_in;
    std::string m_sourceName;
    std::size_t m_bufferSize;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_position = 0;
    std::size_t m_end = 0;
    bool m_started = false;
    bool m_finished = false;
    long m_line = 1;
    bool m_headerRead = false;
    long m_headerLine = 1;
    std::vector<std::string> m_header;
    std::vector<Problem> m_headerProblems;
    // The line where each field of the current record starts, for errors inside a field.
    std::vector<long> m_fieldLines;
};

} // namespace barter
