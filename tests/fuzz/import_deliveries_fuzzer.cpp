// SPDX-License-Identifier: GPL-3.0-or-later
// The deliveries import through the Book (DESIGN.md §7); see fuzz_book.h for the properties
// checked.
#include "fuzz_book.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return barter::fuzz::runImport(barter::fuzz::ImportKind::Deliveries, data, size);
}
