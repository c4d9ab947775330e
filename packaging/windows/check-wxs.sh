#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the MSI recipe on Linux with msitools: stages the components of `cmake --install` that Windows
# installs too, harvests the files listed in the install manifests with wixl-heat (never a hand-typed
# list), compiles waldur-provider-console.wxs with `wixl -a x64` and inspects the MSI with msiinfo.
# The payload is the Linux build laid out as on Windows (executables get .exe, the license goes to the
# top folder, as packaging/CMakeLists.txt does for WIN32); windeployqt's Qt DLLs only exist on Windows,
# so this checks the installer's structure, not a runnable Windows payload.
# Usage: check-wxs.sh BUILD_DIR WORK_DIR VERSION
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
build=$(readlink -f "$1")
work=$2
version=$3

rm -rf "$work"
mkdir -p "$work/payload"
work=$(readlink -f "$work")
cd "$work"

files=()
for component in wpc_runtime wpc_license; do
    cmake --install "$build" --prefix "$work/stage" --component "$component" >/dev/null
    while IFS= read -r installed || [ -n "$installed" ]; do
        relative=${installed#"$work/stage/"}
        case $relative in
            bin/*) target=$relative.exe ;;
            share/doc/waldur-provider-console/*) target=${relative##*/} ;;
            *) target=$relative ;;
        esac
        mkdir -p "payload/$(dirname "$target")"
        cp "$installed" "payload/$target"
        files+=("./$target")
    done <"$build/install_manifest_$component.txt"
done
printf '%s\n' "${files[@]}" | sort | wixl-heat --prefix ./ --directory-ref INSTALLDIR --component-group AppFiles \
    --var var.SourceDir --win64 >files.wxs

# wixl resolves file names relative to the working directory only.
resources=$(realpath --relative-to=. "$here/../../resources")
wixl -a x64 -D SourceDir=payload -D Win64=yes -D Version="$version" -D ResourcesDir="$resources" \
    -o waldur-provider-console.msi "$here/waldur-provider-console.wxs" files.wxs 2>&1 | { grep -v '^$' || true; }

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
expect() { # expect TABLE REGEX WHAT
    msiinfo export waldur-provider-console.msi "$1" | tr -d '\r' | grep -Eq "$2" || fail "$3 (table $1)"
}
msiinfo suminfo waldur-provider-console.msi | grep -q '^Template: x64;1033' || fail "the package is not x64"
expect Property "^UpgradeCode\s+\{FD9E62AE-0F2D-4DF0-A358-2E4DB85665BD\}$" "the upgrade code changed"
expect Property "^ProductVersion\s+$version$" "ProductVersion is not $version"
expect Property '^ALLUSERS\s+1$' "not a per-machine install"
expect Property '^ARPPRODUCTICON\s+AppIcon.ico$' "no icon in Add/Remove Programs"
expect Directory '^INSTALLDIR\s+ProgramFiles64Folder\s+Waldur Provider Console$' "not under Program Files"
expect Upgrade 'WIX_UPGRADE_DETECTED' "no major upgrade"
expect Upgrade 'WIX_DOWNGRADE_DETECTED' "downgrades are not blocked"
expect Shortcut '^AppShortcut\s+ProgramMenuFolder\s+Waldur Provider Console\s.*\[INSTALLDIR\]bin\\waldur-provider-console\.exe' \
    "no Start-menu shortcut to the executable"
expect Icon '^AppIcon.ico' "no icon"
expect Registry 'StartMenuShortcut' "the shortcut has no key path"
for file in "${files[@]}"; do
    expect File "\s${file##*/}\s" "$file is not in the MSI"
done
[ "$(msiinfo export waldur-provider-console.msi File | tail -n +4 | wc -l)" -eq "${#files[@]}" ] \
    || fail "the MSI holds other files than the install manifest"
for notice in LICENSE THIRD-PARTY-NOTICES; do
    expect File "\s$notice\s" "$notice is not installed"
done
# shellcheck source=/dev/null
. "$build/packaging/package-info.sh"
grep -q 'GNU GENERAL PUBLIC LICENSE\\line' "$WPC_LICENSE_RTF" && grep -q 'Version 3, 29 June 2007' "$WPC_LICENSE_RTF" \
    || fail "the installer's license page ($WPC_LICENSE_RTF) is not the GPL-3.0 of LICENSE"

echo "OK: $work/waldur-provider-console.msi ($(stat -c %s waldur-provider-console.msi) bytes) holds ${#files[@]} files:"
msiinfo export waldur-provider-console.msi File | tr -d '\r' | tail -n +4 | cut -f3 | sed 's/^/  /'
