# SPDX-License-Identifier: GPL-3.0-or-later
# What identifies this build. The version is project(VERSION) in the root CMakeLists.txt and
# nowhere else: the programs, the man pages, the AppStream metadata and the package read it from
# here. The git revision is read when CMake configures (scripts/build and scripts/package
# configure on every run, so it follows new commits); a source tree that is not a git checkout
# of its own, such as a release tarball, reports "unknown" and still builds.
#
# Sets BARTER_REVISION, BARTER_SOURCE_DATE (YYYY-MM-DD, for the man pages and the release entry
# of the AppStream metadata) and BARTER_APP_ID.

# The reverse-DNS id of the desktop application: the .desktop file, the AppStream component and
# the Wayland app id are named after it. Change it only together with a migration note: desktop
# environments remember favourites and file associations by this id.
set(BARTER_APP_ID "org.barterledger.BarterLedger")

set(BARTER_REVISION "unknown")
# string(TIMESTAMP) honours SOURCE_DATE_EPOCH, so a tarball build can be reproducible.
string(TIMESTAMP BARTER_SOURCE_DATE "%Y-%m-%d" UTC)
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                    OUTPUT_VARIABLE _barter_git_top RESULT_VARIABLE _barter_git_rc
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    # A tarball unpacked inside some other repository must not report that repository's commit.
    if(_barter_git_rc EQUAL 0)
        file(REAL_PATH "${_barter_git_top}" _barter_git_top)
        file(REAL_PATH "${CMAKE_SOURCE_DIR}" _barter_source_top)
    endif()
    if(_barter_git_rc EQUAL 0 AND _barter_git_top STREQUAL _barter_source_top)
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short HEAD
                        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                        OUTPUT_VARIABLE _barter_git_revision RESULT_VARIABLE _barter_git_rc
                        OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(_barter_git_rc EQUAL 0 AND NOT _barter_git_revision STREQUAL "")
            set(BARTER_REVISION "${_barter_git_revision}")
            execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%cs
                            WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                            OUTPUT_VARIABLE _barter_git_date RESULT_VARIABLE _barter_git_rc
                            OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(_barter_git_rc EQUAL 0 AND _barter_git_date MATCHES "^[0-9]+-[0-9]+-[0-9]+$")
                set(BARTER_SOURCE_DATE "${_barter_git_date}")
            endif()
        endif()
    endif()
endif()
message(STATUS "Barter Ledger ${PROJECT_VERSION} (git ${BARTER_REVISION}, ${BARTER_SOURCE_DATE})")
