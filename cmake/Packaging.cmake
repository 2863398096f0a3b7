# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, built by CPack's DEB generator: scripts/package makes a Release build and
# runs cpack; tests/package installs the result into a scratch root and checks it. What goes in
# is decided by the install rules (packaging/CMakeLists.txt).
set(BARTER_PACKAGE_MAINTAINER "Barter Ledger maintainers <maintainers@barter-ledger.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME barter-ledger)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Barter Ledger")
set(CPACK_PACKAGE_CONTACT ${BARTER_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "ledger for bilateral barter (clearing) trade")
# The extended description, wrapped for dpkg's 80 columns (CPack indents each line).
set(CPACK_PACKAGE_DESCRIPTION [=[
Barter Ledger keeps the books of bilateral barter trade: two parties ship
goods to each other under an agreement and settle with no money at all.
Every delivery is valued at the agreement's price list in a unit of
account, and the clearing balance says who owes whom.

Exact decimal values, an append-only hash-chained journal, screening of
goods against restriction lists and quotas, swing limits, roles checked in
the core, maker-checker approval and an audit trail, in one SQLite file
per book.

This package holds the desktop application barter-ledger (Qt 6) and the
command line barter.]=])
# Installed files live under /usr, as Debian policy wants, whatever CMAKE_INSTALL_PREFIX the
# build tree was configured with.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${BARTER_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps names the shared libraries the programs link (Qt, SQLite, libsodium, fmt...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(BARTER_BUILD_GUI)
    # Qt loads its platform plugin (xcb, wayland) at run time, so shlibdeps cannot see it, and
    # libqt6gui6 only recommends it: without qt6-qpa-plugins the window cannot open.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    # The fonts that PDFs and the screen need for Russian and Korean names, and Qt's own
    # translations (OK, Cancel, the file dialog) for the Russian and Korean window.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, fonts-noto-cjk, qt6-translations-l10n")
endif()

# `make package_source`: a tarball of the tracked kind of files, never a build tree.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME barter-ledger-${PROJECT_VERSION})
# Character classes instead of backslashes: CPack writes these into a file it parses again.
set(CPACK_SOURCE_IGNORE_FILES "/[.]git/" "/[.]git$" "/build[^/]*/" "/out/" "[.]barter(-wal|-shm)?$")

include(CPack)
