# KDE Syntax Highlighting is optional: KF6SyntaxHighlighting, or a KF5SyntaxHighlighting built against Qt 6
# (KDE Frameworks 5.9x-5.11x can be built with -DQT_MAJOR_VERSION=6). Debian 12's KF5SyntaxHighlighting links
# Qt 5; linking it beside Qt 6 would load both Qt versions into one process, so it is rejected. Without the
# library ui/fallbackhighlighter colours BibTeX, JSON, CSV, Markdown, RIS, MEDLINE and XML itself.
#
# Sets LECTERN_HAVE_KSYNTAXHIGHLIGHTING (ON/OFF) and, when ON, LECTERN_KSH_TARGET (the imported target).
option(LECTERN_WITH_KSYNTAXHIGHLIGHTING "Use KDE Syntax Highlighting when a Qt 6 build of it is found" ON)

set(LECTERN_HAVE_KSYNTAXHIGHLIGHTING OFF)
set(LECTERN_KSH_TARGET "")
set(_lectern_ksh_reason "")

if(NOT LECTERN_WITH_KSYNTAXHIGHLIGHTING)
    set(_lectern_ksh_reason "LECTERN_WITH_KSYNTAXHIGHLIGHTING is OFF")
else()
    find_package(KF6SyntaxHighlighting CONFIG QUIET)
    if(KF6SyntaxHighlighting_FOUND)
        set(LECTERN_KSH_TARGET KF6::SyntaxHighlighting)
        set(LECTERN_HAVE_KSYNTAXHIGHLIGHTING ON)
        set(_lectern_ksh_reason "KF6SyntaxHighlighting ${KF6SyntaxHighlighting_VERSION} found in ${KF6SyntaxHighlighting_DIR}")
    else()
        # Qt 5 must never be loaded into this project (its versionless targets and functions would compete with
        # Qt 6's), so Qt 5 is hidden while KF5SyntaxHighlighting's config runs: a Qt 5 build then fails on its
        # own find_dependency(Qt5Core) and a Qt 6 build loads as usual.
        set(CMAKE_DISABLE_FIND_PACKAGE_Qt5Core TRUE)
        set(CMAKE_DISABLE_FIND_PACKAGE_Qt5Gui TRUE)
        find_package(KF5SyntaxHighlighting CONFIG QUIET)
        unset(CMAKE_DISABLE_FIND_PACKAGE_Qt5Core)
        unset(CMAKE_DISABLE_FIND_PACKAGE_Qt5Gui)
        if(KF5SyntaxHighlighting_FOUND AND TARGET KF5::SyntaxHighlighting)
            get_target_property(_lectern_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
            if("${_lectern_ksh_links}" MATCHES "Qt6::" AND NOT "${_lectern_ksh_links}" MATCHES "Qt5::")
                set(LECTERN_KSH_TARGET KF5::SyntaxHighlighting)
                set(LECTERN_HAVE_KSYNTAXHIGHLIGHTING ON)
                set(_lectern_ksh_reason "KF5SyntaxHighlighting ${KF5SyntaxHighlighting_VERSION} built against Qt 6 found in ${KF5SyntaxHighlighting_DIR}")
            else()
                set(_lectern_ksh_reason "rejected KF5SyntaxHighlighting ${KF5SyntaxHighlighting_VERSION} in ${KF5SyntaxHighlighting_DIR}: it links ${_lectern_ksh_links}, not Qt 6")
            endif()
            unset(_lectern_ksh_links)
        elseif(KF5SyntaxHighlighting_DIR AND EXISTS "${KF5SyntaxHighlighting_DIR}/KF5SyntaxHighlightingConfig.cmake")
            string(STRIP "${KF5SyntaxHighlighting_NOT_FOUND_MESSAGE}" _lectern_ksh_message)
            string(REGEX REPLACE "^;+" "" _lectern_ksh_message "${_lectern_ksh_message}")
            if("${_lectern_ksh_message}" MATCHES "Qt5")
                set(_lectern_ksh_reason "rejected KF5SyntaxHighlighting in ${KF5SyntaxHighlighting_DIR}: it is built against Qt 5 (${_lectern_ksh_message})")
            else()
                set(_lectern_ksh_reason "rejected KF5SyntaxHighlighting in ${KF5SyntaxHighlighting_DIR}: ${_lectern_ksh_message}")
            endif()
            unset(_lectern_ksh_message)
        else()
            set(_lectern_ksh_reason "neither KF6SyntaxHighlighting nor a Qt 6 build of KF5SyntaxHighlighting found (set CMAKE_PREFIX_PATH to its install prefix)")
        endif()
    endif()
endif()

if(LECTERN_HAVE_KSYNTAXHIGHLIGHTING)
    message(STATUS "Syntax highlighting: KDE Syntax Highlighting (${LECTERN_KSH_TARGET}) - ${_lectern_ksh_reason}")
else()
    message(STATUS "Syntax highlighting: built-in fallback - ${_lectern_ksh_reason}")
endif()
unset(_lectern_ksh_reason)
