#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a real Secret Service of its own: a private session bus (dbus-run-session, without
# service activation: secret-service-bus.conf) and gnome-keyring-daemon on it, its "login" keyring made and
# unlocked with an empty password, all under a home of its own that is deleted afterwards. The user's own
# keyring and bus are never touched. CTest runs the keychain tests through it.
#   with-secret-service.sh COMMAND [ARG...]
# Debian/Ubuntu packages: dbus-daemon (dbus-run-session), dbus-bin (dbus-send), gnome-keyring.
set -eu
here=$(dirname "$(readlink -f "$0")")
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-secret-service: $tool is not installed (./run test installs it)" >&2; exit 1; }
done

home=$(mktemp -d "${TMPDIR:-/tmp}/wpc-secret-service.XXXXXX")
trap 'rm -rf "$home"' EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/runtime" WPC_SECRET_SERVICE_HOME="$home"
# QtKeychain picks KWallet when it believes it runs under KDE; here it is the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL

dbus-run-session --config-file="$here/secret-service-bus.conf" -- sh -c '
    # The password is one empty line: with no line at all the daemon makes no "login" keyring.
    printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # --unlock returns before the daemon holds its name on the bus.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "with-secret-service: gnome-keyring-daemon did not start" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"
' sh "$@"
