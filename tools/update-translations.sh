#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. (The CMake lupdate target of Qt 6.4 ignores
# SOURCE_TARGETS and would scan main.cpp only.) Translate every entry lupdate marks unfinished
# afterwards: TestTranslations fails on any.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" app ui sessions -extensions cpp,h -locations none -no-obsolete \
    -ts translations/sdr-sender_pt_BR.ts translations/sdr-sender_es.ts translations/sdr-sender_tr.ts
# English is the source language: its file holds only the plural forms.
"$LUPDATE" app ui sessions -extensions cpp,h -locations none -no-obsolete -pluralonly \
    -ts translations/sdr-sender_en.ts
grep -c 'type="unfinished"' translations/*.ts || true
