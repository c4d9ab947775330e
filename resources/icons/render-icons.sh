#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the committed PNG and ICO icons from waldur-provider-console.svg. Run it after editing the SVG
# (needs librsvg2-bin and imagemagick); the build itself never renders icons.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

name=waldur-provider-console
sizes=(16 22 24 32 48 64 128 256)
ico_inputs=()
for size in "${sizes[@]}"; do
    dir=hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" "$name.svg" -o "$dir/$name.png"
    case $size in
        16|24|32|48|64|256) ico_inputs+=("$dir/$name.png") ;;
    esac
done
convert "${ico_inputs[@]}" -strip ../windows/$name.ico
echo "Rendered ${#sizes[@]} PNG sizes and ../windows/$name.ico"
