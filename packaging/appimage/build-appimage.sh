#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds dist/Waldur_Provider_Console-<version>-x86_64.AppImage offline on Debian 12: a Release build,
# `cmake --install` into an AppDir, the Qt libraries and plugins the console loads (found with ldd, their
# RUNPATH set with patchelf), this folder's runtime in front of a SquashFS image of the AppDir.
# Usage: packaging/appimage/build-appimage.sh [BUILD_DIR]      (default: build-package)
# Environment: WPC_JOBS (parallel build jobs, default 2). See README.md and HOST-LIBRARIES.md.
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
build=$(realpath -m "${1:-$root/build-package}")
jobs=${WPC_JOBS:-2}
appdir=$build/AppDir

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

for tool in cmake ninja patchelf mksquashfs ldd; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (see packaging/appimage/README.md)" >&2; exit 1; }
done

say "Release build in $build"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWPC_PACKAGING_TESTS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$jobs" --target wpc_installable
# shellcheck source=/dev/null
. "$build/packaging/package-info.sh"

say "AppDir"
rm -rf "$appdir"
cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null
mkdir -p "$appdir/usr/lib" "$appdir/usr/plugins" "$appdir/usr/translations"

# The plugins the console loads. Wayland, EGL-only and VNC platforms and the desktop themes are left out.
plugins=(
    platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so
    xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so
    tls/libqopensslbackend.so tls/libqcertonlybackend.so
    imageformats/libqgif.so imageformats/libqico.so imageformats/libqjpeg.so imageformats/libqsvg.so
    iconengines/libqsvgicon.so
    sqldrivers/libqsqlite.so
    networkinformation/libqnetworkmanager.so networkinformation/libqglib.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    platforminputcontexts/libibusplatforminputcontextplugin.so
)
for plugin in "${plugins[@]}"; do
    [ -f "$WPC_QT_PLUGINS/$plugin" ] || { echo "missing Qt plugin $plugin" >&2; exit 1; }
    mkdir -p "$appdir/usr/plugins/$(dirname "$plugin")"
    cp "$WPC_QT_PLUGINS/$plugin" "$appdir/usr/plugins/$plugin"
done

# Libraries every desktop provides and that must match its drivers and fonts stay on the host
# (HOST-LIBRARIES.md): glibc, the C++ runtime, GL/EGL, X11/xcb core, fontconfig, freetype, harfbuzz.
excluded='^(ld-linux.*|linux-vdso.*|lib(c|m|dl|pthread|rt|resolv|util|anl)\.so.*|libstdc\+\+\.so.*|libgcc_s\.so.*'
excluded+='|lib(GL|EGL|GLX|OpenGL|GLdispatch|GLESv2|drm|gbm)\.so.*|libX11(-xcb)?\.so.*|libxcb\.so.*'
excluded+='|libfontconfig\.so.*|libfreetype\.so.*|libharfbuzz\.so.*|libz\.so.*|libexpat\.so.*|libICE\.so.*|libSM\.so.*)$'

# Copies the libraries OBJECTs need (DT_NEEDED, recursively), except the excluded ones: what only an
# excluded library needs (libXau for libxcb…) comes with it from the host.
bundle() {
    local object name path
    for object in "$@"; do
        while read -r name path; do
            [[ $name =~ $excluded ]] && continue
            [ -e "$appdir/usr/lib/$name" ] && continue
            cp -L "$path" "$appdir/usr/lib/$name"
            bundle "$appdir/usr/lib/$name"
        done < <(ldd "$object" | awk -v needed="$(patchelf --print-needed "$object")" '
            BEGIN { split(needed, list, "\n"); for (i in list) wanted[list[i]] = 1 }
            $2 == "=>" && ($1 in wanted) { print $1, $3 }')
    done
}
executables=()
for exe in $WPC_EXECUTABLES; do
    [ -x "$appdir/usr/bin/$exe" ] || { echo "$exe was not installed" >&2; exit 1; }
    executables+=("$appdir/usr/bin/$exe")
done
# The OpenSSL TLS backend dlopen()s libssl and libcrypto, so no DT_NEEDED names them. It tries the
# unversioned names first: the links make those find the bundled copies, not a host's libssl-dev.
for lib in libssl libcrypto; do
    cp -L "/usr/lib/x86_64-linux-gnu/$lib.so.3" "$appdir/usr/lib/$lib.so.3"
done
bundle "${executables[@]}" "$appdir"/usr/plugins/*/*.so "$appdir"/usr/lib/*.so*
ln -s libssl.so.3 "$appdir/usr/lib/libssl.so"
ln -s libcrypto.so.3 "$appdir/usr/lib/libcrypto.so"

say "Notices"
# Every Debian package a library, a plugin or the runtime comes from contributes its copyright file:
# the notices and full license texts of all it carries. THIRD-PARTY-NOTICES names each component.
copyright_of() { # copyright_of FILE: copies the copyright file of the package that installed FILE
    local real pkg
    real=$(readlink -f "$1")
    pkg=$(dpkg -S "$real" 2>/dev/null || dpkg -S "${real/#\/usr\/lib\//\/lib\/}" 2>/dev/null) || {
        echo "no Debian package owns $real" >&2
        return 1
    }
    pkg=${pkg%%:*}
    mkdir -p "$appdir/usr/share/doc/third-party/$pkg"
    cp "/usr/share/doc/$pkg/copyright" "$appdir/usr/share/doc/third-party/$pkg/copyright"
}
for lib in "$appdir"/usr/lib/*.so*; do
    [ -L "$lib" ] && continue
    copyright_of "/usr/lib/x86_64-linux-gnu/${lib##*/}"
done
for plugin in "${plugins[@]}"; do
    copyright_of "$WPC_QT_PLUGINS/$plugin"
done
for static in squashfuse_ll squashfuse fuse3 zstd lzma lz4 z; do
    copyright_of "/usr/lib/x86_64-linux-gnu/lib$static.a"
done

say "RUNPATH"
# shellcheck disable=SC2016 # $ORIGIN is for the dynamic loader, not the shell
origin='$ORIGIN'
for exe in "${executables[@]}"; do
    patchelf --set-rpath "$origin/../lib" "$exe"
done
for plugin in "$appdir"/usr/plugins/*/*.so; do
    patchelf --set-rpath "$origin/../../lib" "$plugin"
done
find "$appdir/usr/lib" -type f -name '*.so*' -exec patchelf --set-rpath "$origin" {} \;

# Qt's own translations for the languages the console speaks.
for qm in "$root"/resources/translations/waldur-provider-console_*.ts; do
    lang=${qm##*_}
    lang=${lang%.ts}
    if [ -f "$WPC_QT_TRANSLATIONS/qtbase_$lang.qm" ]; then
        cp "$WPC_QT_TRANSLATIONS/qtbase_$lang.qm" "$appdir/usr/translations/"
    fi
done

cat >"$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
Translations = translations
CONF
cat >"$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# Starts the console from this AppDir. Host Qt plugin paths would load plugins built for another Qt.
here=$(dirname "$(readlink -f "$0")")
unset QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH
exec "$here/usr/bin/waldur-provider-console" "$@"
APPRUN
chmod 755 "$appdir/AppRun"
cp "$appdir/usr/share/applications/waldur-provider-console.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/scalable/apps/waldur-provider-console.svg" "$appdir/"
ln -s usr/share/icons/hicolor/256x256/apps/waldur-provider-console.png "$appdir/.DirIcon"

say "Runtime"
cmake -S "$here/runtime" -B "$build/appimage-runtime" -G Ninja >/dev/null
cmake --build "$build/appimage-runtime" >/dev/null

say "SquashFS and AppImage"
mkdir -p "$root/dist"
out=$root/dist/$WPC_APPIMAGE_NAME
mksquashfs "$appdir" "$build/AppDir.sqfs" -root-owned -noappend -comp zstd -quiet -no-progress
cat "$build/appimage-runtime/runtime" "$build/AppDir.sqfs" >"$out.part"
chmod 755 "$out.part"
mv "$out.part" "$out"
rm -f "$build/AppDir.sqfs"
floor() { # the newest symbol version of $1 (GLIBC, GLIBCXX) that the AppDir needs from the host
    find "$appdir/usr" -type f \( -name '*.so*' -o -path '*/bin/*' \) -exec objdump -T {} + 2>/dev/null \
        | grep -Eo "$1"'_[0-9.]+' | sort -Vu | tail -n1
}
echo "$out: $(du -h "$out" | cut -f1), $(find "$appdir/usr/lib" -type f -name '*.so*' | wc -l) libraries," \
    "$(find "$appdir/usr/plugins" -name '*.so' | wc -l) plugins; needs $(floor GLIBC) and $(floor GLIBCXX)"
