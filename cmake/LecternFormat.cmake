# `format` rewrites the project's C++ files with clang-format and the style in .clang-format; `format-check`
# only reports what `format` would change (non-zero exit if anything). scripts/bootstrap --dev installs clang-format.
file(GLOB_RECURSE LECTERN_FORMAT_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
list(FILTER LECTERN_FORMAT_SOURCES EXCLUDE REGEX "^${PROJECT_SOURCE_DIR}/tests/data/")

find_program(LECTERN_CLANG_FORMAT NAMES clang-format clang-format-14 clang-format-15 clang-format-16
    DOC "clang-format used by the format and format-check targets")
if(LECTERN_CLANG_FORMAT)
    add_custom_target(format
        COMMAND ${LECTERN_CLANG_FORMAT} -i --style=file ${LECTERN_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Formatting the C++ sources with ${LECTERN_CLANG_FORMAT}"
        VERBATIM)
    add_custom_target(format-check
        COMMAND ${LECTERN_CLANG_FORMAT} --dry-run --Werror --style=file ${LECTERN_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Checking the formatting of the C++ sources"
        VERBATIM)
else()
    foreach(_target format format-check)
        add_custom_target(${_target}
            COMMAND ${CMAKE_COMMAND} -E echo "clang-format not found; install it with scripts/bootstrap --dev"
            COMMAND ${CMAKE_COMMAND} -E false
            VERBATIM)
    endforeach()
endif()
