// SPDX-License-Identifier: GPL-3.0-or-later
// The page checksum itself (storage/checksum_vfs.h): what it notices on a page in memory.
#include "storage/checksum_vfs.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <vector>

namespace barter::testing {
namespace {

using checksum_vfs::pageChecksum;
using checksum_vfs::pageIntact;

constexpr std::size_t kPage = 4096;

void seal(std::vector<unsigned char>& page, std::int64_t number) {
    const std::uint64_t sum = pageChecksum(page.data(), page.size(), number);
    for (std::size_t i = 0; i < 8; ++i) // little-endian, whatever the machine
        page[page.size() - 8 + i] = static_cast<unsigned char>(sum >> (8 * i));
}

std::vector<unsigned char> randomPage(std::uint32_t seed) {
    std::mt19937 random(seed);
    std::vector<unsigned char> page(kPage);
    for (unsigned char& b : page)
        b = static_cast<unsigned char>(random());
    return page;
}

// Page 1 of a book: an SQLite header with 4096-byte pages and 8 reserved bytes.
std::vector<unsigned char> firstPage() {
    std::vector<unsigned char> page = randomPage(1);
    std::memcpy(page.data(), "SQLite format 3", 16);
    page[16] = 0x10;
    page[17] = 0x00;
    page[20] = checksum_vfs::kReserveBytes;
    seal(page, 1);
    return page;
}

TEST(PageChecksumTest, EverySingleBitFlipIsNoticed) {
    std::vector<unsigned char> page = randomPage(7);
    seal(page, 42);
    ASSERT_TRUE(pageIntact(page.data(), page.size(), 42));
    for (std::size_t byte = 0; byte < page.size(); ++byte)
        for (int bit = 0; bit < 8; ++bit) {
            page[byte] ^= static_cast<unsigned char>(1 << bit);
            EXPECT_FALSE(pageIntact(page.data(), page.size(), 42)) << byte << ":" << bit;
            page[byte] ^= static_cast<unsigned char>(1 << bit);
        }
    EXPECT_TRUE(pageIntact(page.data(), page.size(), 42));
}

TEST(PageChecksumTest, SwappedWordsAndAPageInAnotherPlaceAreNoticed) {
    std::vector<unsigned char> page = randomPage(8);
    seal(page, 5);
    EXPECT_FALSE(pageIntact(page.data(), page.size(), 6)); // written where page 6 belongs
    std::vector<unsigned char> swapped = page;
    std::swap_ranges(swapped.begin(), swapped.begin() + 8, swapped.begin() + 800);
    EXPECT_FALSE(pageIntact(swapped.data(), swapped.size(), 5));
}

TEST(PageChecksumTest, AZeroedPageDoesNotPass) {
    // What a file system may leave after a crash: a block of zeros, "checksum" included.
    std::vector<unsigned char> zeros(kPage, 0);
    EXPECT_FALSE(pageIntact(zeros.data(), zeros.size(), 3));
    EXPECT_NE(pageChecksum(zeros.data(), zeros.size(), 3), 0u);
}

TEST(PageChecksumTest, OtherPageSizesWork) {
    for (std::size_t size : {512u, 1024u, 8192u, 65536u}) {
        std::vector<unsigned char> page(size, 0x5a);
        seal(page, 9);
        EXPECT_TRUE(pageIntact(page.data(), page.size(), 9)) << size;
        page[size / 3] ^= 0x01;
        EXPECT_FALSE(pageIntact(page.data(), page.size(), 9)) << size;
    }
}

// Damage to page 1's "reserved bytes" field would make a book look like one without checksums;
// the page still gives it away.
TEST(PageChecksumTest, APageOneThatLostItsReservedBytesFieldIsNoticed) {
    std::vector<unsigned char> page = firstPage();
    ASSERT_TRUE(pageIntact(page.data(), page.size(), 1));
    for (int value : {0, 9, 12, 24, 72, 136}) {
        page[20] = static_cast<unsigned char>(value);
        EXPECT_FALSE(pageIntact(page.data(), page.size(), 1)) << value;
    }
    // A page 1 that never had checksums (an older book) has nothing to match.
    std::vector<unsigned char> old = firstPage();
    old[20] = 0;
    old[kPage - 1] ^= 0xff;
    EXPECT_TRUE(pageIntact(old.data(), old.size(), 1));
}

} // namespace
} // namespace barter::testing
