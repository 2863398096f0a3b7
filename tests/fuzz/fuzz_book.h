// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The import fuzz targets: each input is written to a file and imported through the real Book
// service by a manager, into a book built once per process with enough master data that valid
// rows can be written (parties, units, goods in several units of measure, an agreement with a
// swing limit, a price list with a repricing, a restriction list with prohibited, quota and
// licence rules, a unit conversion, an exemption, posted exchanges and a closed period).
//
// Properties checked for every input:
// - the import either succeeds or throws InvalidInput whose problems name lines of the file;
//   any other exception, a crash or a sanitizer report is a finding;
// - a refused import leaves no transaction open and the book byte for byte as it was;
// - a successful one wrote exactly what it reports (rows, goods, prices, rules, exemptions,
//   exchanges and lines), one audit event, and the book still passes SQLite's integrity and
//   foreign-key checks and, for deliveries, `verify` (chain and stored sums).
// Then the book is restored from its template with the SQLite backup API, so no input sees
// another's writes.

#include <cstddef>
#include <cstdint>

namespace barter::fuzz {

enum class ImportKind { Goods, Prices, Deliveries, Restrictions, Exemptions };

// One input of an import target; always returns 0 (violations abort).
int runImport(ImportKind kind, const std::uint8_t* data, std::size_t size);

} // namespace barter::fuzz
