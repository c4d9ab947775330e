#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that THIRD-PARTY-NOTICES names every library, plugin and Qt translation inside an AppDir (by a
# pattern on one of its "Files:" lines), and that the AppDir carries the Debian copyright file of every
# package it took a library from.
# Usage: check-notices.sh APPDIR
set -euo pipefail
appdir=$(readlink -f "$1")
notices=$appdir/usr/share/doc/waldur-provider-console/THIRD-PARTY-NOTICES
[ -f "$notices" ] || { echo "FAIL: the AppDir has no THIRD-PARTY-NOTICES" >&2; exit 1; }
[ -f "$appdir/usr/share/doc/waldur-provider-console/LICENSE" ] || { echo "FAIL: the AppDir has no LICENSE" >&2; exit 1; }

# The patterns: every word after "Files:" up to the next field.
mapfile -t patterns < <(awk '
    /^[A-Z][a-z]+:/ { infiles = ($1 == "Files:") ; if (infiles) { $1 = "" } }
    /^$/ { infiles = 0 }
    infiles { for (i = 1; i <= NF; i++) print $i }' "$notices")
[ ${#patterns[@]} -gt 20 ] || { echo "FAIL: too few Files: patterns in $notices" >&2; exit 1; }

missing=0
checked=0
while IFS= read -r -d '' file; do
    name=${file##*/}
    checked=$((checked + 1))
    named=0
    for pattern in "${patterns[@]}"; do
        # shellcheck disable=SC2053 # the pattern is a glob on purpose
        if [[ $name == $pattern ]]; then
            named=1
            break
        fi
    done
    if [ $named -eq 0 ]; then
        echo "not named in THIRD-PARTY-NOTICES: ${file#"$appdir"/}" >&2
        missing=$((missing + 1))
    fi
done < <(find "$appdir/usr/lib" "$appdir/usr/plugins" "$appdir/usr/translations" \( -type f -o -type l \) \
    \( -name '*.so*' -o -name '*.qm' \) -print0)

copyrights=$(find "$appdir/usr/share/doc/third-party" -name copyright 2>/dev/null | wc -l)
[ "$copyrights" -gt 10 ] || { echo "FAIL: only $copyrights Debian copyright files in usr/share/doc/third-party" >&2; missing=$((missing + 1)); }

[ $missing -eq 0 ] || { echo "FAIL: $missing problems" >&2; exit 1; }
echo "OK: THIRD-PARTY-NOTICES names all $checked libraries, plugins and translations; $copyrights copyright files"
