# `cmake --build <dir> --target format` rewrites the sources with .clang-format;
# `format_check` fails when a file is not formatted.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14 clang-format-15)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE SELLERCRM_FORMAT_FILES CONFIGURE_DEPENDS
        ${CMAKE_SOURCE_DIR}/domain/*.[ch]* ${CMAKE_SOURCE_DIR}/sync/*.[ch]*
        ${CMAKE_SOURCE_DIR}/models/*.[ch]* ${CMAKE_SOURCE_DIR}/ui/*.[ch]*
        ${CMAKE_SOURCE_DIR}/app/*.[ch]* ${CMAKE_SOURCE_DIR}/server/*.[ch]*
        ${CMAKE_SOURCE_DIR}/tests/*.[ch]* ${CMAKE_SOURCE_DIR}/bench/*.[ch]*)
    list(FILTER SELLERCRM_FORMAT_FILES INCLUDE REGEX "\\.(h|cpp)$")
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i --style=file ${SELLERCRM_FORMAT_FILES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "clang-format" VERBATIM)
    add_custom_target(format_check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror --style=file ${SELLERCRM_FORMAT_FILES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "clang-format check" VERBATIM)
else()
    add_custom_target(format COMMAND ${CMAKE_COMMAND} -E echo "clang-format not found: apt install clang-format")
endif()
