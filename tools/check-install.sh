#!/usr/bin/env bash
# Installs the build into a temporary prefix (cmake --install) and checks that a desktop finds the
# app there: binary, .desktop file, hicolor icons, AppStream metainfo and translations, the
# metadata valid by appstreamcli and desktop-file-validate, and the installed binary runs.
# Usage: tools/check-install.sh <build-dir>
set -euo pipefail
build=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

status=0
expect() {
    if [ ! -s "$prefix/$1" ]; then
        echo "missing after install: $1"
        status=1
    fi
}
expect bin/sdr-sender
expect share/applications/org.sdrsender.SdrSender.desktop
expect share/metainfo/org.sdrsender.SdrSender.metainfo.xml
for size in 16 32 48 64 128 256; do
    expect "share/icons/hicolor/${size}x${size}/apps/sdr-sender.png"
done
expect share/icons/hicolor/scalable/apps/sdr-sender.svg
for language in en es pt_BR tr; do
    expect "share/sdr-sender/translations/sdr-sender_$language.qm"
done

appstreamcli validate --no-net "$prefix/share/metainfo/org.sdrsender.SdrSender.metainfo.xml" || status=1
desktop-file-validate "$prefix/share/applications/org.sdrsender.SdrSender.desktop" || status=1

# The installed binary starts and names its engine.
version=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/sdr-sender" --version) || status=1
echo "$version"
grep -q "Chromium" <<<"$version" || { echo "--version does not name the engine"; status=1; }
exit $status
