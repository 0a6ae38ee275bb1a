# One INTERFACE target carries the project's strict flags; every target links it.
add_library(sellercrm_strict INTERFACE)
target_compile_features(sellercrm_strict INTERFACE cxx_std_20)
target_compile_definitions(sellercrm_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sellercrm_strict INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
    if(SELLERCRM_WERROR)
        target_compile_options(sellercrm_strict INTERFACE -Werror)
    endif()
    if(SELLERCRM_SANITIZERS)
        target_compile_options(sellercrm_strict INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(sellercrm_strict INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(sellercrm_strict INTERFACE /W4 /permissive- /utf-8)
    if(SELLERCRM_WERROR)
        target_compile_options(sellercrm_strict INTERFACE /WX)
    endif()
endif()
