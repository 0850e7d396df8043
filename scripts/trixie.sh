#!/usr/bin/env bash
# Runs Anshim's own Makefile with QGIS 3.40 LTR in a Debian 13 (trixie) system built by debootstrap.
#
#   scripts/trixie.sh [make targets…]      default: test      (as root; `make test-3.40` calls this)
#
# The system is built once into $ANSHIM_TRIXIE_ROOT (default /var/cache/anshim/trixie, outside the clone, so a fresh
# clone on the same machine reuses it) and rebuilt when absent, unfinished, or when ANSHIM_TRIXIE_REBUILD=1.
# Inside it only `make` is installed by hand: the Makefile installs QGIS and the rest itself, as it does for a user.
# Each run copies the working tree (not .git, .venv or build products) to /build/anshim in the system, with the
# host's ../shared mounted read-only beside it at /build/shared, and runs `make VENV=/opt/anshim-venv TARGET…` there.
# /proc, /sys, /dev and ../shared are unmounted on every exit, including failures and Ctrl-C.
set -euo pipefail

ROOT=${ANSHIM_TRIXIE_ROOT:-/var/cache/anshim/trixie}
MIRROR=${ANSHIM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
CLONE=$(cd "$(dirname "$0")/.." && pwd)
READY="$ROOT/.anshim-system-ok"
[ $# -gt 0 ] || set -- test

if [ "$(id -u)" != 0 ]; then
    echo "scripts/trixie.sh builds and enters a Debian 13 system with debootstrap and chroot: run it as root" \
        "(sudo make test-3.40)." >&2
    exit 2
fi

mkdir -p "$(dirname "$ROOT")"
# one run at a time per system folder: a second CI job on this machine waits instead of sharing the mounts
exec 9>"$ROOT.lock"
flock 9

seconds() { date +%s; }

# a run killed with SIGKILL can leave its mounts behind; never build or delete through them (rm would reach /dev)
unmount_stale() {
    findmnt -rn -o TARGET | { grep -E "^$ROOT(/|\$)" || true; } | sort -r | while read -r target; do
        umount "$target" 2>/dev/null || umount -l "$target"
    done
}
unmount_stale
started=$(seconds)

build_system() {
    if ! command -v debootstrap >/dev/null; then
        echo "Installing debootstrap…"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
    fi
    echo "Building a Debian 13 (trixie) system in $ROOT with debootstrap (once; cached for later runs)…"
    rm -rf --one-file-system "$ROOT"
    debootstrap --variant=minbase --include=make trixie "$ROOT" "$MIRROR"
    # services never start inside the chroot during package installation
    printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
    chmod 755 "$ROOT/usr/sbin/policy-rc.d"
    touch "$READY"
    echo "Debian 13 system built in $(( $(seconds) - started )) s."
}

if [ "${ANSHIM_TRIXIE_REBUILD:-0}" = 1 ] || [ ! -f "$READY" ]; then
    build_system
fi

mounted=()
cleanup() {
    local i
    for (( i=${#mounted[@]}-1; i>=0; i-- )); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || \
            echo "could not unmount ${mounted[i]}" >&2
    done
    mounted=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in() {  # mount_in TARGET mount-arguments…
    local target="$ROOT$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
    # nothing mounted under it reaches the host's own /dev, even where the host's mounts are shared (systemd)
    mount --make-private "$target"
}

mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount_in /dev/pts --bind /dev/pts
mount_in /dev/shm -t tmpfs -o mode=1777,nosuid,nodev tmpfs
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# the machine's own certificate authorities (a company's or a proxy's) are trusted inside as well, for pip
if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    mkdir -p "$ROOT/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$ROOT/usr/local/share/ca-certificates/"
    if [ -x "$ROOT/usr/sbin/update-ca-certificates" ]; then
        chroot "$ROOT" /usr/sbin/update-ca-certificates >/dev/null
    fi
fi

rm -rf "$ROOT/build/anshim"
mkdir -p "$ROOT/build/anshim"
tar -C "$CLONE" --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist \
    --exclude=./.qgis-settings --exclude=./.pytest_cache --exclude=./.hypothesis --exclude='*.qm' \
    --exclude=__pycache__ -cf - . | tar -C "$ROOT/build/anshim" -xf -
if [ -d "$CLONE/../shared" ]; then
    mount_in /build/shared --bind "$CLONE/../shared"
    mount -o remount,bind,ro "$ROOT/build/shared"
else
    echo "No ../shared beside the clone: the tests that need the real data will skip." >&2
fi

echo "Running make $* with QGIS 3.40 in Debian 13…"
status=0
chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
    make -C /build/anshim VENV=/opt/anshim-venv "$@" || status=$?
# what the run produced (the demo, the briefing) stays readable from the host
echo "Debian 13 results are in $ROOT/build/anshim (make $* took $(( $(seconds) - started )) s in all)."
exit $status
