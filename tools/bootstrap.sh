#!/usr/bin/env bash
# Shared set-up for ./run and ./test: installs the Debian packages the build needs (only the
# missing ones), configures once, builds incrementally. Idempotent and quick when nothing changed.
# Usage: tools/bootstrap.sh [target...]   (default: everything)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build ccache g++ pkg-config clang-format git
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-websockets-dev
    qtkeychain-qt6-dev libgl-dev libxkbcommon-dev
    dbus dbus-x11 gnome-keyring xvfb xauth
    libbenchmark-dev
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing missing Debian packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

BUILD_DIR=${SDR_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    echo "==> Configuring in $BUILD_DIR"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
echo "==> Building ${*:-everything}"
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$BUILD_DIR" "${targets[@]}" -- -j"${SDR_JOBS:-$(nproc)}"
