// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader (core/io/csv_reader.h) on any bytes. Properties checked:
// - only InvalidInput escapes, every problem names a line of the input and says what is wrong;
// - a rejected header stays rejected (asking again does not promote a data row);
// - every record has as many fields as the header, all valid UTF-8, starting on a line inside
//   the input and never before the previous record;
// - the reader always ends, also when its caller goes on after errors (every call consumes
//   input, so there are at most as many calls as bytes);
// - the size of the read buffer changes nothing: a reader with a tiny buffer (every field,
//   quote, CRLF and byte-order mark split across reads) gives exactly the same records and
//   problems;
// - what was read, written back with writeCsvRow and read again, gives the same header and
//   fields.
#include "fuzz_support.h"

#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/text.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace barter::fuzz {
namespace {

// Everything a reader produced, in order: records, or the problems of a failed call.
struct Transcript {
    std::vector<std::string> header;
    std::vector<Problem> headerProblems;
    std::vector<std::variant<CsvRecord, std::vector<Problem>>> steps;

    bool operator==(const Transcript& other) const {
        if (header != other.header || headerProblems != other.headerProblems ||
            steps.size() != other.steps.size())
            return false;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const auto* a = std::get_if<CsvRecord>(&steps[i]);
            const auto* b = std::get_if<CsvRecord>(&other.steps[i]);
            if ((a == nullptr) != (b == nullptr))
                return false;
            if (a != nullptr ? (a->line != b->line || a->fields != b->fields)
                             : std::get<std::vector<Problem>>(steps[i]) !=
                                   std::get<std::vector<Problem>>(other.steps[i]))
                return false;
        }
        return true;
    }
};

Transcript readAll(const std::string& input, std::size_t bufferSize) {
    std::istringstream in(input);
    CsvReader reader(in, "input.csv", bufferSize);
    Transcript t;
    try {
        t.header = reader.header();
    } catch (const InvalidInput& e) {
        checkProblems(e, input);
        FUZZ_CHECK(e.source() == "input.csv", "a header problem without its file");
        t.headerProblems = e.problems();
        // Asked again, the header is refused again, and so is the first record.
        try {
            reader.header();
            FUZZ_CHECK(false, "a rejected header was accepted when asked again");
        } catch (const InvalidInput& again) {
            FUZZ_CHECK(again.problems() == e.problems(), "the header's problems changed");
        }
        CsvRecord record;
        try {
            reader.next(record);
            FUZZ_CHECK(false, "next() read a record after the header was rejected");
        } catch (const InvalidInput&) {
        }
        return t;
    }
    FUZZ_CHECK(!t.header.empty(), "an empty header was accepted");
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        FUZZ_CHECK(!t.header[i].empty() && trim(t.header[i]) == t.header[i],
                   "column name \"" + t.header[i] + "\" is empty or untrimmed");
        FUZZ_CHECK(reader.column(t.header[i]) == i, "column() disagrees with the header");
    }
    FUZZ_CHECK(reader.checkColumns(t.header, {}).empty(), "the header's own names are unknown");

    const long lines = physicalLines(input);
    long previousLine = 0;
    CsvRecord record;
    for (std::size_t calls = 0;; ++calls) {
        FUZZ_CHECK(calls <= input.size() + 1, "the reader does not end");
        try {
            if (!reader.next(record))
                break;
        } catch (const InvalidInput& e) {
            checkProblems(e, input);
            FUZZ_CHECK(e.source() == "input.csv", "a record problem without its file");
            // A bad record is consumed and a syntax error ends the input; either way the loop
            // goes on and must end.
            t.steps.emplace_back(e.problems());
            continue;
        }
        FUZZ_CHECK(record.fields.size() == t.header.size(),
                   "a record of " + std::to_string(record.fields.size()) + " fields under a " +
                       std::to_string(t.header.size()) + "-column header");
        FUZZ_CHECK(record.line > previousLine && record.line <= lines,
                   "record on line " + std::to_string(record.line) + " after line " +
                       std::to_string(previousLine) + " of " + std::to_string(lines));
        previousLine = record.line;
        for (const std::string& field : record.fields)
            FUZZ_CHECK(firstInvalidUtf8(field) == field.size(), "a field of invalid UTF-8");
        t.steps.emplace_back(record);
    }
    return t;
}

// Writes the header and the records with writeCsvRow.
std::string written(const Transcript& t) {
    std::ostringstream out;
    writeCsvRow(out, t.header);
    for (const auto& step : t.steps)
        writeCsvRow(out, std::get<CsvRecord>(step).fields);
    return out.str();
}

} // namespace
} // namespace barter::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace barter;
    using namespace barter::fuzz;
    return guarded("csv_reader", [&] {
        const std::string input(reinterpret_cast<const char*>(data), size);
        const Transcript whole = readAll(input, CsvReader::kDefaultBufferSize);
        // 4 to 11 bytes at a time, varying with the input so every split point gets its turn.
        const std::size_t small = CsvReader::kMinBufferSize + size % 8;
        FUZZ_CHECK(readAll(input, small) == whole,
                   "a " + std::to_string(small) + "-byte buffer reads differently");
        if (!whole.headerProblems.empty())
            return;
        for (const auto& step : whole.steps)
            if (!std::holds_alternative<CsvRecord>(step))
                return;
        const std::string again = written(whole);
        const Transcript reread = readAll(again, CsvReader::kDefaultBufferSize);
        FUZZ_CHECK(reread.headerProblems.empty() && reread.header == whole.header,
                   "the header written back reads differently: " + again);
        FUZZ_CHECK(reread.steps.size() == whole.steps.size(),
                   "written back, the records are counted differently: " + again);
        for (std::size_t i = 0; i < whole.steps.size(); ++i) {
            const auto* record = std::get_if<CsvRecord>(&reread.steps[i]);
            FUZZ_CHECK(
                record != nullptr && record->fields == std::get<CsvRecord>(whole.steps[i]).fields,
                "record " + std::to_string(i + 1) + " written back reads differently: " + again);
        }
    });
}
