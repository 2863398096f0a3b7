# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that carries the project's compiler settings; every target links it.
add_library(barter_config INTERFACE)
target_compile_features(barter_config INTERFACE cxx_std_20)
target_compile_options(barter_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wold-style-cast -Wnon-virtual-dtor)
if(BARTER_WERROR)
    target_compile_options(barter_config INTERFACE -Werror)
endif()
if(BARTER_SANITIZE)
    target_compile_options(barter_config INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(barter_config INTERFACE -fsanitize=address,undefined)
endif()
# libFuzzer (tests/fuzz): every target, the core included, gets coverage instrumentation and the
# sanitizers; only the fuzz targets themselves link libFuzzer's main (-fsanitize=fuzzer).
if(BARTER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "BARTER_FUZZ needs clang (libFuzzer): configure a separate build "
                            "directory with CC=clang CXX=clang++, or run scripts/fuzz")
    endif()
    if(BARTER_SANITIZE)
        message(FATAL_ERROR "BARTER_FUZZ already builds with the sanitizers; drop BARTER_SANITIZE")
    endif()
    target_compile_options(barter_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_link_options(barter_config INTERFACE -fsanitize=address,undefined)
endif()
