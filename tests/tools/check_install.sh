#!/usr/bin/env bash
# packaging/install: installs the build tree into a temporary DESTDIR and checks that the executables, the desktop
# entry, the AppStream metainfo and the icon land in the standard places and refer to each other.
#   check_install.sh CMAKE BUILD_DIR PREFIX BINDIR DATADIR APP_ID WITH_GUI(ON|OFF)
set -euo pipefail
cmake=$1 build_dir=$2 prefix=$3 bindir=$4 datadir=$5 app_id=$6 with_gui=$7

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
if ! DESTDIR=$destdir "$cmake" --install "$build_dir" --prefix "$prefix" >"$destdir.log" 2>&1; then
    cat "$destdir.log"; rm -f "$destdir.log"
    echo "FAIL: cmake --install failed"
    exit 1
fi
rm -f "$destdir.log"

root=$destdir$prefix
failures=0
expect() { # expect TEST PATH DESCRIPTION
    if test "$1" "$root/$2"; then
        echo "ok: $2"
    else
        echo "FAIL: $2 ($3) is missing"
        failures=$((failures + 1))
    fi
}
[[ $bindir = /* ]] && bindir=${bindir#"$prefix"/}
[[ $datadir = /* ]] && datadir=${datadir#"$prefix"/}
desktop=$datadir/applications/$app_id.desktop
metainfo=$datadir/metainfo/$app_id.metainfo.xml
icon=$datadir/icons/hicolor/scalable/apps/$app_id.svg

expect -x "$bindir/lectern-cli" "headless executable"
if [[ $with_gui == ON ]]; then
    expect -x "$bindir/lectern" "GUI executable"
else
    echo "skip: $bindir/lectern (LECTERN_BUILD_UI is OFF)"
fi
expect -f "$desktop" "desktop entry"
expect -f "$metainfo" "AppStream metainfo"
expect -f "$icon" "application icon"

# The three files must agree with each other and with the installed executable.
if [[ -f $root/$desktop ]]; then
    exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/$desktop" | head -n 1)
    icon_name=$(sed -n 's/^Icon=//p' "$root/$desktop" | head -n 1)
    [[ $exec_name == lectern ]] || { echo "FAIL: desktop Exec runs '$exec_name', not lectern"; failures=$((failures + 1)); }
    [[ $icon_name == "$app_id" ]] || { echo "FAIL: desktop Icon is '$icon_name', not $app_id"; failures=$((failures + 1)); }
fi
if [[ -f $root/$metainfo ]]; then
    grep -q "<id>$app_id</id>" "$root/$metainfo" || { echo "FAIL: metainfo id is not $app_id"; failures=$((failures + 1)); }
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/$metainfo" \
        || { echo "FAIL: metainfo does not launch $app_id.desktop"; failures=$((failures + 1)); }
fi

if [[ $failures -ne 0 ]]; then
    echo "installed files:"; (cd "$destdir" && find . -type f | sort | sed 's|^|  |')
    exit 1
fi
