#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what .clang-format makes of it.
# Pinned to clang-format 19 (Debian 12 and Debian 13 both ship it; other versions format
# differently, so an unpinned check would pass on one system and fail on the other).
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format-19 -i
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-19}
if ! command -v "$CLANG_FORMAT" >/dev/null; then
    echo "$CLANG_FORMAT is not installed (tools/bootstrap.sh installs it)"
    exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h')
# One run over every file is fast; only when it fails is each file named.
"$CLANG_FORMAT" --dry-run -Werror "${files[@]}" >/dev/null 2>&1 && exit 0
status=0
for file in "${files[@]}"; do
    if ! "$CLANG_FORMAT" --dry-run -Werror "$file" >/dev/null 2>&1; then
        echo "not formatted: $file"
        status=1
    fi
done
exit $status
