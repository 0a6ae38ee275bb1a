# Each layer is one library whose only public include root is its own folder, so a layer can
# include the layers it links (below it) and nothing above it: a wrong include does not compile.
# sellercrm_add_layering_check() adds a build step that also rejects `#include "../..."` escapes
# and Qt modules a layer must not use (e.g. QtWidgets in sync/ or models/).

function(sellercrm_add_layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${name} PUBLIC ${ARG_LINKS} PRIVATE sellercrm_strict)
    set_property(GLOBAL APPEND PROPERTY SELLERCRM_LAYERS ${name})
endfunction()

function(sellercrm_add_layering_check)
    add_custom_target(layering_check ALL
        COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
                -P ${CMAKE_SOURCE_DIR}/cmake/CheckLayering.cmake
        COMMENT "Checking that every layer includes only what is below it"
        VERBATIM)
    get_property(layers GLOBAL PROPERTY SELLERCRM_LAYERS)
    foreach(layer IN LISTS layers)
        add_dependencies(${layer} layering_check)
    endforeach()
endfunction()
