# sellercrm_add_test(NAME <name> SOURCES <files...> LINKS <targets...> [LABELS <labels...>] [TIMEOUT s])
# One executable per class or feature. Tests run offscreen with a private settings/app-data root,
# and find their data through SELLERCRM_TEST_DATA and the built server through SELLERCRM_SERVER.
function(sellercrm_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LINKS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test sellercrm_strict ${ARG_LINKS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        SELLERCRM_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
        SELLERCRM_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=qt.qpa.*=false"
            "LC_ALL=C.UTF-8" "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${ARG_NAME}/config"
            "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${ARG_NAME}/data")
    if(TARGET sellercrm-server)
        list(APPEND env "SELLERCRM_SERVER=$<TARGET_FILE:sellercrm-server>")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
