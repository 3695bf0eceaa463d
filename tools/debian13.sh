#!/usr/bin/env bash
# Runs the project inside a Debian 13 (trixie) system with Qt WebEngine 6.10 from trixie-backports,
# built from Debian's packages on this machine. The system is made once (debootstrap) and cached;
# a missing or incomplete cache is rebuilt. This checkout is bind-mounted at /src; the build
# directory and ccache live inside the cached system, so a second run is incremental.
#
# Usage (as root, or through sudo):
#   tools/debian13.sh [test] [ctest args...]   build and run ./test there (the default)
#   tools/debian13.sh deb                      build the .deb there, install it into a fresh
#                                              Debian 13 system and start `sdr-sender --version`
#   tools/debian13.sh shell                    an interactive shell in the build system
#   tools/debian13.sh --rebuild ...            throw the cached systems away first
#
# SDR_DEBIAN13_DIR chooses the cache (default /var/cache/sdr-sender/debian13);
# SDR_DEBIAN_MIRROR the Debian mirror (default http://deb.debian.org/debian).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=SDR_DEBIAN13_DIR,SDR_DEBIAN_MIRROR,CI "$0" "$@"
fi

CACHE=${SDR_DEBIAN13_DIR:-/var/cache/sdr-sender/debian13}
MIRROR=${SDR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
BASE=$CACHE/base           # minbase trixie + apt sources; never has the build packages
BUILD_ROOT=$CACHE/build    # base + build dependencies, /build and ccache (kept between runs)
RUNTIME_ROOT=$CACHE/runtime # a fresh copy of base per `deb` run: proves the package's dependencies

if [ "${1:-}" = "--rebuild" ]; then
    shift
    rm -rf --one-file-system "$BASE" "$BUILD_ROOT" "$RUNTIME_ROOT"
fi
command="${1:-test}"
[ $# -gt 0 ] && shift

need_host_tool() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "==> Installing $2 on the host"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"
}

MOUNTED=()
unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount -l "${MOUNTED[$i]}" 2>/dev/null || true
    done
    MOUNTED=()
}
trap unmount_all EXIT INT TERM

mount_system() {
    local root=$1
    mount -t proc proc "$root/proc" && MOUNTED+=("$root/proc")
    mount --bind /sys "$root/sys" && MOUNTED+=("$root/sys")
    mount --bind /dev "$root/dev" && MOUNTED+=("$root/dev")
    mount --bind /dev/pts "$root/dev/pts" && MOUNTED+=("$root/dev/pts")
    # Chromium's renderers need a shared-memory file system of their own.
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" && MOUNTED+=("$root/dev/shm")
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 CI="${CI:-}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

make_base() {
    [ -f "$BASE/.sdr-complete" ] && return
    need_host_tool debootstrap debootstrap
    rm -rf --one-file-system "$BASE"
    mkdir -p "$CACHE"
    echo "==> Building a Debian 13 system in $BASE"
    debootstrap --variant=minbase trixie "$BASE" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 || {
        tail -20 "$CACHE/debootstrap.log"
        exit 1
    }
    cat >"$BASE/etc/apt/sources.list" <<EOF
deb $MIRROR trixie main
deb $MIRROR trixie-updates main
deb $MIRROR trixie-backports main
EOF
    # Services are never started inside the chroot by package scripts.
    printf '#!/bin/sh\nexit 101\n' >"$BASE/usr/sbin/policy-rc.d"
    chmod 755 "$BASE/usr/sbin/policy-rc.d"
    touch "$BASE/.sdr-complete"
}

copy_base_to() {
    local root=$1
    rm -rf --one-file-system "$root"
    cp -a "$BASE" "$root"
}

make_build_root() {
    make_base
    if [ ! -f "$BUILD_ROOT/.sdr-complete" ]; then
        copy_base_to "$BUILD_ROOT"
        mkdir -p "$BUILD_ROOT/src"
    fi
    mount_system "$BUILD_ROOT"
    mount --bind "$REPO" "$BUILD_ROOT/src" && MOUNTED+=("$BUILD_ROOT/src")
}

case "$command" in
test)
    make_build_root
    in_root "$BUILD_ROOT" bash -c 'apt-get update -qq && apt-get install -y -qq bash ca-certificates >/dev/null'
    touch "$BUILD_ROOT/.sdr-complete"
    echo "==> Debian 13: ./test $*"
    in_root "$BUILD_ROOT" bash -c 'cd /src && git config --global --add safe.directory /src 2>/dev/null;
        SDR_BUILD_DIR=/build exec ./test "$@"' test "$@"
    ;;
deb)
    make_build_root
    echo "==> Debian 13: building the .deb"
    in_root "$BUILD_ROOT" bash -c 'cd /src && SDR_BUILD_DIR=/build tools/bootstrap.sh sdr-sender &&
        rm -f /build/sdr-sender_*.deb && cd /build && cpack -G DEB >/dev/null && ls /build/sdr-sender_*.deb'
    deb=$(ls "$BUILD_ROOT"/build/sdr-sender_*.deb | head -1)
    mkdir -p "$REPO/build-deb"
    cp "$deb" "$REPO/build-deb/"
    echo "==> Debian 13: installing $(basename "$deb") into a fresh system"
    copy_base_to "$RUNTIME_ROOT"
    mount_system "$RUNTIME_ROOT"
    # The packages the build system downloaded already are reused, not fetched again.
    mount --bind "$BUILD_ROOT/var/cache/apt/archives" "$RUNTIME_ROOT/var/cache/apt/archives" &&
        MOUNTED+=("$RUNTIME_ROOT/var/cache/apt/archives")
    cp "$deb" "$RUNTIME_ROOT/tmp/"
    in_root "$RUNTIME_ROOT" bash -c 'apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t trixie-backports /tmp/sdr-sender_*.deb >/dev/null &&
        echo "==> installed: $(dpkg-query -W sdr-sender)" &&
        ls /usr/share/applications/org.sdrsender.SdrSender.desktop /usr/share/metainfo/org.sdrsender.SdrSender.metainfo.xml /usr/share/icons/hicolor/256x256/apps/sdr-sender.png /usr/share/sdr-sender/translations/sdr-sender_tr.qm &&
        echo "==> depends: $(dpkg-query -W -f="\${Depends}" sdr-sender)" &&
        QT_QPA_PLATFORM=offscreen sdr-sender --version'
    unmount_all
    rm -rf --one-file-system "$RUNTIME_ROOT"
    ;;
shell)
    make_build_root
    in_root "$BUILD_ROOT" bash -c 'cd /src; exec bash -i'
    ;;
*)
    echo "usage: tools/debian13.sh [--rebuild] [test [ctest args...] | deb | shell]" >&2
    exit 2
    ;;
esac
