#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the console and runs its whole test suite inside a Debian 13 (trixie) root, which ships Qt 6.8,
# made with debootstrap from Debian's archive. Needs root (debootstrap, chroot, a private mount of /proc).
#
#   packaging/ci/test-debian13.sh [ROOT_DIR] [-- ctest args]
#
# The root is made once and reused (delete ROOT_DIR to start again); the sources are copied in afresh on
# every run, uncommitted changes included, and built in ROOT_DIR/build. WPC_WARNINGS_AS_ERRORS=ON under CI.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

root=$(realpath -m "${1:-build-debian13/root}")
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
mirror=${WPC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages=(
    cmake ninja-build g++ pkg-config ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev libxkbcommon-dev libvalijson-dev libqt6sql6-sqlite
    libxlsxwriter-dev python3 python3-openpyxl xlsx2csv jq curl
    gnome-keyring libsecret-1-0 libsecret-tools dbus-daemon dbus-bin
    fonts-dejavu-core desktop-file-utils appstream msitools wixl
)

say() { printf '\033[1m==> [debian13] %s\033[0m\n' "$*"; }

[ "$(id -u)" -eq 0 ] || { echo "test-debian13: needs root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "test-debian13: debootstrap is not installed" >&2; exit 1; }

# Runs a command inside the root with its own /proc, in a private mount namespace that vanishes with it.
in_root() {
    unshare --mount --propagation private -- sh -c '
        root=$1; shift
        mount -t proc proc "$root/proc"
        exec chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
    ' sh "$root" "$@"
}

if [ ! -f "$root/.wpc-ready" ]; then
    say "Making a Debian 13 root in $root (debootstrap, about a minute)"
    rm -rf "$root"
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase trixie "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
        || { tail -20 "$root.debootstrap.log" >&2; exit 1; }
    touch "$root/.wpc-ready"
fi
# The marker holds the package list it was made with: a root from before a new dependency gets it.
if [ "$(cat "$root/.wpc-ready")" != "${packages[*]}" ]; then
    say "Installing the build dependencies inside it"
    in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends ${packages[*]} >/dev/null"
    printf '%s' "${packages[*]}" >"$root/.wpc-ready"
fi
in_root sh -c 'dpkg-query -W -f="Qt \${Version}\n" qt6-base-dev'

say "Copying the sources in"
rm -rf "$root/src"
mkdir -p "$root/src"
git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - --no-recursion --ignore-failed-read 2>/dev/null | tar -xf - -C "$root/src"

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
say "Building (Debug, Qt 6.8)"
in_root cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWPC_WARNINGS_AS_ERRORS=$werror >/dev/null
in_root cmake --build /build --parallel "$(nproc)"
say "Running the test suite on Qt 6.8"
in_root ctest --test-dir /build --output-on-failure --parallel "$(nproc)" "$@"
