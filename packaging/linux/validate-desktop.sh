#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the freedesktop integration files: the .desktop entry and the AppStream metainfo, and that
# the metainfo's newest release is the version in project() (its release list is the user-facing
# changelog, so it is kept by hand).
# Usage: validate-desktop.sh RESOURCES_LINUX_DIR VERSION
set -euo pipefail
dir=$1
version=$2

desktop=$dir/waldur-provider-console.desktop
metainfo=$dir/com.waldur.ProviderConsole.metainfo.xml

desktop-file-validate "$desktop"
echo "desktop-file-validate: $desktop is valid"
appstreamcli validate --no-net "$metainfo"

newest=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
if [ "$newest" != "$version" ]; then
    echo "FAIL: the newest <release> in $metainfo is $newest, project() says $version" >&2
    exit 1
fi
grep -q '<launchable type="desktop-id">waldur-provider-console.desktop</launchable>' "$metainfo" || {
    echo "FAIL: the metainfo does not launch waldur-provider-console.desktop" >&2
    exit 1
}
echo "metainfo release $newest matches project()"
