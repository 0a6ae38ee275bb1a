#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus with an unlocked gnome-keyring-daemon, the
# Secret Service that QtKeychain uses on Linux (SYN-1). Everything lives in a temporary home that
# is removed afterwards; dbus-run-session ends the bus, and with it the keyring daemon, when the
# command exits. Needs the packages dbus, gnome-keyring and libsecret-1-0
# (scripts/apt-packages.txt; scripts/bootstrap installs them).
#   tests/sync/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring: $tool is missing; install dbus and gnome-keyring (scripts/bootstrap)" >&2
        exit 1
    fi
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export HOME="$home" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
unset DBUS_SESSION_BUS_ADDRESS

# Inside the session: create and unlock the login keyring (its password on stdin), then run the
# command. The bus daemon's complaints about limits a root or container user cannot raise are
# dropped from stderr.
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- bash -c '
    set -euo pipefail
    printf "%s" "sellercrm-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' with-keyring "$@" 2> >(grep -v -e "Unable to set up transient service directory" -e "Failed to set fd limit" >&2)
