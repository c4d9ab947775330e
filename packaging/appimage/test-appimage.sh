#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the AppImage runs where Qt is absent. In a private mount namespace it hides the system's Qt
# (empty tmpfs over the Qt plugin, tool and data folders; an empty file bind-mounted over every
# libQt6*, ICU and OpenSSL library), checks that the unbundled build no longer starts there, then runs
# the AppImage through FUSE and with --appimage-extract-and-run: `--version`, and `--demo --screenshot`
# under QT_QPA_PLATFORM=offscreen with a clean environment. The dynamic loader's log (LD_DEBUG=libs)
# must show Qt, ICU, OpenSSL and the platform plugin initialised from inside the AppImage only. With
# Xvfb installed it also runs on the xcb platform against a real X server.
# Usage: test-appimage.sh APPIMAGE VERSION [UNBUNDLED_BINARY]      (root, or user namespaces enabled)
set -euo pipefail

if [ "${1:-}" != --inside ]; then
    [ $# -ge 2 ] || { echo "usage: $0 APPIMAGE VERSION [UNBUNDLED_BINARY]" >&2; exit 2; }
    [ -x "$1" ] || { echo "no AppImage at $1: run packaging/appimage/build-appimage.sh first" >&2; exit 1; }
    namespace=(unshare --mount --propagation private)
    [ "$(id -u)" -eq 0 ] || namespace=(unshare --map-root-user --mount --propagation private)
    exec "${namespace[@]}" "$0" --inside "$(readlink -f "$1")" "$2" "${3:-}"
fi
appimage=$2
version=$3
unbundled=$4

work=$(mktemp -d)
[ -n "${WPC_KEEP_TEST_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A real X server for the xcb run, started before anything is hidden.
display=
if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null || true; [ -n "${WPC_KEEP_TEST_DIR:-}" ] || rm -rf "$work"' EXIT
    for _ in $(seq 50); do
        [ -s "$work/display" ] && break
        sleep 0.1
    done
    [ -s "$work/display" ] && display=:$(cat "$work/display")
fi

# --- Hide the system's Qt --------------------------------------------------------------------------
libdir=/usr/lib/x86_64-linux-gnu
for dir in "$libdir/qt6" /usr/lib/qt6 /usr/share/qt6; do
    if [ -d "$dir" ]; then
        mount -t tmpfs -o ro,size=4k none "$dir"
    fi
done
: >"$work/empty"
hidden=0
while IFS= read -r -d '' lib; do
    mount --bind "$work/empty" "$lib"
    hidden=$((hidden + 1))
done < <(find "$libdir" -maxdepth 1 -type f \( -name 'libQt6*.so*' -o -name 'libicu*.so*' \
    -o -name 'libssl.so*' -o -name 'libcrypto.so*' \) -print0)
echo "Hidden: $hidden Qt, ICU and OpenSSL libraries and the Qt plugin folders"
[ "$hidden" -gt 0 ] || fail "found no system Qt to hide; is this the build machine?"

# A clean environment, as a double-click from a file manager would give (minus the display).
run() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

if [ -n "$unbundled" ]; then
    if run "$unbundled" --version >"$work/control.log" 2>&1; then
        fail "the unbundled $unbundled still starts: the system's Qt is not hidden"
    fi
    echo "Control: the unbundled build fails here: $(head -n1 "$work/control.log")"
fi

# --- The AppImage ----------------------------------------------------------------------------------
out=$(run "$appimage" --version)
[ "$out" = "waldur-provider-console $version" ] || fail "--version printed \"$out\""
echo "--version: $out"

check_png() {
    local png=$1 magic width height
    [ -s "$png" ] || fail "no screenshot at $png"
    magic=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
    [ "$magic" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
    read -r width height < <(od -An -tu4 --endian=big -j16 -N8 "$png")
    if [ "$width" -lt 400 ] || [ "$height" -lt 200 ]; then
        fail "$png is only ${width}x${height}"
    fi
    echo "  screenshot: PNG ${width}x${height}, $(stat -c %s "$png") bytes"
}

check_loader_log() { # check_loader_log LOG PATH_IN_APPDIR...: those were loaded (each an extended regular
    # expression for a path in the AppDir), and no system Qt
    local log=$1 bundle expected
    shift
    cat "$log".* >"$log" 2>/dev/null || fail "LD_DEBUG wrote no log"
    # The loader prints paths as it built them ($ORIGIN/../lib): normalise them without the files.
    grep 'calling init: ' "$log" | sed 's/.*calling init: //' | xargs -r realpath -ms | sort -u >"$log.inits"
    bundle=$(grep -Eo '^/tmp/(\.mount_wpc|appimage_extracted_)[^/]+' "$log.inits" | head -n1 || true)
    [ -n "$bundle" ] || fail "nothing was loaded from inside the AppImage"
    for expected in usr/lib/libQt6Core.so.6 usr/lib/libQt6Widgets.so.6 usr/lib/libicuuc.so.72 "$@"; do
        grep -Eqx "$bundle/$expected" "$log.inits" || fail "$expected was not loaded from the AppImage"
    done
    if grep -E "^(/usr)?/lib/x86_64-linux-gnu/(libQt6|libicu|libssl|libcrypto|qt6/)" "$log.inits"; then
        fail "the libraries above came from the system"
    fi
    echo "  loaded from $bundle: $(grep -c "^$bundle/" "$log.inits") objects; from the system:" \
        "$(grep -vc "^$bundle/" "$log.inits") (glibc, GL, X11, fontconfig…; see HOST-LIBRARIES.md)"
}

# run_mode NAME EXPECTED_EXIT_CODE [VAR=VALUE...] -- ARGS...: runs the AppImage with LD_DEBUG.
run_mode() {
    local mode=$1 expected=$2 code=0 vars=()
    shift 2
    while [ "$1" != -- ]; do
        vars+=("$1")
        shift
    done
    shift
    echo "Mode $mode:"
    run "${vars[@]}" LD_DEBUG=libs LD_DEBUG_OUTPUT="$work/ld-$mode" timeout 120 "$appimage" "$@" \
        --screenshot "$work/$mode.png" >"$work/$mode.log" 2>&1 || code=$?
    if [ "$code" -ne "$expected" ]; then
        cat "$work/$mode.log" >&2
        fail "mode $mode exited with $code, expected $expected"
    fi
    check_png "$work/$mode.png"
}
offscreen=usr/plugins/platforms/libqoffscreen.so
run_mode fuse 0 -- --demo
check_loader_log "$work/ld-fuse" "$offscreen"
run_mode extract-and-run 0 APPIMAGE_EXTRACT_AND_RUN=1 -- --demo
check_loader_log "$work/ld-extract-and-run" "$offscreen"
# HTTPS to a closed port: the TLS backend and OpenSSL load, the connection fails, the window says so.
run_mode tls 1 WALDUR_TOKEN=test -- --url https://127.0.0.1:9
# libcrypto is already in when the TLS backend opens it by its unversioned name: libxlsxwriter (for .xlsx
# export) needs libcrypto.so.3, so the loader may name it either way; either is the bundled copy.
check_loader_log "$work/ld-tls" "$offscreen" usr/plugins/tls/libqopensslbackend.so usr/lib/libssl.so \
    'usr/lib/libcrypto.so(\.3)?'
if [ -n "$display" ]; then
    run_mode xcb 0 QT_QPA_PLATFORM=xcb DISPLAY="$display" -- --demo
    check_loader_log "$work/ld-xcb" usr/plugins/platforms/libqxcb.so
else
    echo "Xvfb is not installed: the xcb platform is not tried"
fi
grep -q 'running from a temporary copy' "$work/fuse.log" && echo "Note: FUSE was not usable, both runs extracted"
echo "PASS: $appimage runs without the system's Qt"
