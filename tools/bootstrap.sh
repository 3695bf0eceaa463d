#!/usr/bin/env bash
# Shared set-up for ./run and ./test: installs the Debian packages the build needs (only the
# missing ones), configures once, builds incrementally. Idempotent and quick when nothing changed.
# Usage: tools/bootstrap.sh [target...]   (default: everything)
#        tools/bootstrap.sh --packages-only
# SDR_BUILD_DIR chooses the build directory (default build/); SDR_CMAKE_ARGS adds configure
# options the first time a directory is configured (e.g. -DSDR_SANITIZE=ON).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build ccache g++ pkg-config git
    # The format check is pinned to the clang-format that .clang-format is written for; Debian 12
    # and Debian 13 both ship this version, so the check gives the same verdict on both.
    clang-format-19
    qt6-base-dev qt6-base-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-websockets-dev
    qtkeychain-qt6-dev libgl-dev libxkbcommon-dev
    dbus dbus-x11 gnome-keyring xvfb xauth
    libbenchmark-dev
    # Packaging: dpkg-shlibdeps for the .deb's dependencies, appstreamcli and
    # desktop-file-validate for the installed metadata.
    dpkg-dev file appstream desktop-file-utils
)
WEBENGINE_PACKAGES=(qt6-webengine-dev qt6-webengine-dev-tools)

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
apt_install() {
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}
is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# On Debian 13 with trixie-backports enabled, Qt WebEngine comes from there (6.10 instead of 6.8):
# WhatsApp Web refuses old engines, so the newest one Debian offers is the one to use.
backports=""
if grep -rhsE '^[^#]*trixie-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ >/dev/null; then
    backports=trixie-backports
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
done
missing_webengine=()
for pkg in "${WEBENGINE_PACKAGES[@]}"; do
    if [ -n "$backports" ]; then
        # Backported versions carry "~bpo"; one from trixie itself is replaced.
        dpkg-query -W -f='${Status} ${Version}' "$pkg" 2>/dev/null | grep -q "install ok installed .*bpo" ||
            missing_webengine+=("$pkg")
    else
        is_installed "$pkg" || missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -gt 0 ] || [ ${#missing_webengine[@]} -gt 0 ]; then
    echo "==> Installing missing Debian packages: ${missing[*]} ${missing_webengine[*]}"
    $SUDO apt-get update -qq
    if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
    if [ ${#missing_webengine[@]} -gt 0 ]; then apt_install -t "$backports" "${missing_webengine[@]}"; fi
fi

[ "${1:-}" = "--packages-only" ] && exit 0

BUILD_DIR=${SDR_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    echo "==> Configuring in $BUILD_DIR"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache ${SDR_CMAKE_ARGS:-}
fi
echo "==> Building ${*:-everything}"
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$BUILD_DIR" "${targets[@]}" -- -j"${SDR_JOBS:-$(nproc)}"
