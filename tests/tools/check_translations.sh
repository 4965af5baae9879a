#!/usr/bin/env bash
# translations/stale: runs lupdate, with the options and inputs of the lectern_lupdate target, over temporary
# copies of the committed .ts files and fails, naming the messages, when a committed file would change.
#   check_translations.sh LUPDATE LIST_FILE TS_FILE... -- LUPDATE_OPTION...
set -euo pipefail

if [[ $# -lt 4 ]]; then
    echo "usage: $0 LUPDATE LIST_FILE TS_FILE... -- LUPDATE_OPTION..." >&2
    exit 2
fi
lupdate=$1
list_file=$2
shift 2
ts_files=()
while [[ $# -gt 0 && $1 != -- ]]; do
    ts_files+=("$1")
    shift
done
[[ ${1:-} == -- ]] && shift
options=("$@")

[[ -f $list_file ]] || { echo "FAIL: lupdate input list $list_file is missing (configure the build first)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

stale=0
for committed in "${ts_files[@]}"; do
    name=$(basename "$committed")
    if [[ ! -f $committed ]]; then
        echo "FAIL: $committed does not exist"
        stale=1
        continue
    fi
    fresh=$work/$name
    cp "$committed" "$fresh"
    if ! "$lupdate" -silent "${options[@]}" "@$list_file" -ts "$fresh" >"$work/lupdate.log" 2>&1; then
        cat "$work/lupdate.log"
        echo "FAIL: lupdate failed on $name"
        exit 1
    fi
    # lupdate's warnings (e.g. "Cannot invoke tr() like this") are worth seeing even when the file is current.
    [[ -s $work/lupdate.log ]] && sed "s|^|lupdate: |" "$work/lupdate.log"
    if cmp -s "$committed" "$fresh"; then
        echo "ok: $name is up to date"
        continue
    fi
    stale=1
    echo "FAIL: $name is stale; lupdate would change it:"
    python3 - "$committed" "$fresh" <<'PY'
import sys
import xml.etree.ElementTree as ET

def messages(path):
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (context_name, message.findtext("source") or "", message.findtext("comment") or "")
            result[key] = (message.get("numerus"), message.findtext("extracomment"))
    return result

old, new = messages(sys.argv[1]), messages(sys.argv[2])
def show(key):
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" (disambiguation {comment!r})" if comment else "")
for key in sorted(new.keys() - old.keys()):
    print("  new message:      " + show(key))
for key in sorted(old.keys() - new.keys()):
    print("  vanished message: " + show(key))
for key in sorted(old.keys() & new.keys()):
    if old[key] != new[key]:
        print("  changed message:  " + show(key) + " (plural form or translator comment)")
if old.keys() == new.keys():
    print("  (same messages; attributes or layout differ, see the diff)")
PY
    diff -u "$committed" "$fresh" | head -n 60 | sed 's|^|  |' || true
done

if [[ $stale -ne 0 ]]; then
    echo "Refresh with: cmake --build --preset default --target lectern_lupdate (then translate what is new)"
    exit 1
fi
