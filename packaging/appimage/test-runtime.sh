#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests the AppImage runtime (runtime/) on a tiny AppDir whose AppRun reports what it was given: the
# type-2 magic, --appimage-offset, the FUSE mount (when usable) and --appimage-extract-and-run with the
# arguments, environment and exit code passed through, --appimage-extract (a byte-identical tree), and
# that nothing is left mounted or extracted afterwards.
# Usage: test-runtime.sh WORK_DIR
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
work=$(realpath -m "$1")
rm -rf "$work"
mkdir -p "$work"
cd "$work"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

export TMPDIR=$work/tmp # mounts and extractions go here, so leftovers are easy to spot
mkdir -p "$TMPDIR"
cmake -S "$here/runtime" -B runtime-build -G Ninja >/dev/null
cmake --build runtime-build >/dev/null
runtime=$work/runtime-build/runtime
[ "$(od -An -c -j8 -N3 "$runtime" | tr -d ' ')" = 'AI002' ] || fail "no AppImage type-2 magic at offset 8"

mkdir -p AppDir/usr/share/data
cat >AppDir/AppRun <<'APPRUN'
#!/bin/sh
printf 'args=%s|' "$@"
echo "appdir=$APPDIR appimage=$APPIMAGE argv0=$ARGV0 owd=$OWD"
[ "$(cat "$APPDIR/usr/share/data/hello.txt")" = hello ] || exit 99
exit 7
APPRUN
chmod 755 AppDir/AppRun
echo hello >AppDir/usr/share/data/hello.txt
ln -s usr/share/data/hello.txt AppDir/hello-link
head -c 300000 /dev/urandom >AppDir/usr/share/data/random.bin # several SquashFS blocks
mksquashfs AppDir app.sqfs -root-owned -noappend -comp zstd -quiet -no-progress
cat "$runtime" app.sqfs >Test.AppImage
chmod 755 Test.AppImage

[ "$(./Test.AppImage --appimage-offset)" = "$(stat -c %s "$runtime")" ] || fail "--appimage-offset is wrong"

check_run() { # check_run MODE OUTPUT CODE
    [ "$3" -eq 7 ] || fail "$1: exit code $3, expected AppRun's 7"
    case $2 in
        "args=a b|args=c|appdir=$TMPDIR/$4"*" appimage=$work/Test.AppImage argv0=./Test.AppImage owd=$work") ;;
        *) fail "$1: AppRun saw: $2" ;;
    esac
    echo "$1: arguments, APPDIR, APPIMAGE, ARGV0, OWD and exit code passed through"
}
code=0
out=$(./Test.AppImage "a b" c 2>fuse.err) || code=$?
if grep -q 'running from a temporary copy' fuse.err; then
    echo "FUSE is not usable here; the default mode fell back to extracting (as intended)"
    check_run default "$out" "$code" appimage_extracted_
else
    check_run fuse "$out" "$code" .mount_wpc
fi
code=0
out=$(./Test.AppImage --appimage-extract-and-run "a b" c) || code=$?
check_run extract-and-run "$out" "$code" appimage_extracted_
code=0
out=$(APPIMAGE_EXTRACT_AND_RUN=1 ./Test.AppImage "a b" c) || code=$?
check_run APPIMAGE_EXTRACT_AND_RUN=1 "$out" "$code" appimage_extracted_

./Test.AppImage --appimage-extract >/dev/null
diff -r --no-dereference AppDir squashfs-root || fail "--appimage-extract differs from the AppDir"
[ "$(stat -c %a squashfs-root/AppRun)" = 755 ] || fail "AppRun lost its permissions"
echo "--appimage-extract: identical to the AppDir (content, symlink, modes)"

if ./Test.AppImage --appimage-bogus 2>/dev/null; then
    fail "an unknown --appimage- option was accepted"
fi
if grep -q "$TMPDIR" /proc/self/mountinfo || [ -n "$(ls -A "$TMPDIR")" ]; then
    fail "a mount or an extracted copy was left behind in $TMPDIR"
fi
echo "PASS: the runtime works ($(stat -c %s "$runtime") bytes)"
