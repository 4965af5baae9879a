# Warnings, strict Qt defines and sanitizers for every Lectern target (see ENGINEERING.md).
add_library(lectern_compile_options INTERFACE)
target_compile_options(lectern_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(LECTERN_WERROR)
    target_compile_options(lectern_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(lectern_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(LECTERN_SANITIZE)
    set(_lectern_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(lectern_compile_options INTERFACE ${_lectern_san})
    target_link_options(lectern_compile_options INTERFACE ${_lectern_san})
endif()
