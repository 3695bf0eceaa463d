#!/usr/bin/env bash
# Installs the build into a temporary prefix (cmake --install) and checks that a desktop finds the
# app there: binary, .desktop file, hicolor icons, AppStream metainfo and translations, the
# metadata valid by appstreamcli and desktop-file-validate, no test double in the binary, and the
# installed binary runs.
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

metainfo="$prefix/share/metainfo/org.sdrsender.SdrSender.metainfo.xml"
# The app has no public homepage yet: AppStream 1.0 warns about that (0.16, on Debian 12, does not
# know the check). Add <url type="homepage"> to the metainfo once there is one, and drop this.
probe=$(appstreamcli validate --no-net --override=url-homepage-missing=info "$metainfo" 2>&1 || true)
if grep -q "not recognized" <<<"$probe"; then
    appstreamcli validate --no-net "$metainfo" || status=1
else
    appstreamcli validate --no-net --override=url-homepage-missing=info "$metainfo" || status=1
fi
desktop-file-validate "$prefix/share/applications/org.sdrsender.SdrSender.desktop" || status=1

# The shipped binary holds no test double: --demo's world is app/demo (sdrdemo); the fakes of
# tests/fixtures are for the tests. Their class names would be in the symbols and the meta-objects.
doubles=$( (nm -C "$prefix/bin/sdr-sender" 2>/dev/null; strings -a "$prefix/bin/sdr-sender") |
    grep -oE '\bFake(Crm|WhatsApp|MessageChannel|ChannelProvider)[A-Za-z]*' | sort -u || true)
if [ -n "$doubles" ]; then
    echo "test doubles linked into sdr-sender: $doubles"
    status=1
fi

# The installed binary starts and names its engine.
version=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/sdr-sender" --version) || status=1
echo "$version"
grep -q "Chromium" <<<"$version" || { echo "--version does not name the engine"; status=1; }
exit $status
