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
