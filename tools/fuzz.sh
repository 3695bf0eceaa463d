#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each for the given
# number of seconds (default 30) on a copy of its seed corpus in tests/fuzz/corpus/; prints each
# target's executions. A crash, a sanitizer finding or a broken invariant fails the run and leaves
# the input in build-fuzz/crashes/.
# The same build directory holds the test suite under the same sanitizers, as far as
# SDR_SANITIZE_SCOPE (core, widgets: the default, or all) reaches (tools/sanitize.sh runs it).
# Usage: [SDR_SANITIZE_SCOPE=core|widgets|all] tools/fuzz.sh [seconds] | --build-only | --packages-only
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
tools/bootstrap.sh --packages-only
for pkg in clang libclang-rt-dev; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ -n "${missing[*]:-}" ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
[ "$seconds" = "--packages-only" ] && exit 0
BUILD=build-fuzz
# What the sanitized test suite covers (CMake's SDR_BUILD_SCOPE): core, widgets (default) or all.
scope=${SDR_SANITIZE_SCOPE:-widgets}
if [ ! -f "$BUILD/build.ninja" ] || ! grep -qx "SDR_BUILD_SCOPE:STRING=$scope" "$BUILD/CMakeCache.txt"; then
    # -O1 and line tables only: what the sanitizers' reports need, a third less compile time than
    # RelWithDebInfo. Sanitized tests run 2-5 times slower: their time limits are tripled.
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DSDR_FUZZ=ON \
        -DSDR_BUILD_SCOPE="$scope" -DSDR_TEST_TIMEOUT_FACTOR=3 >/dev/null
fi
cmake --build "$BUILD" -- -j"${SDR_JOBS:-$(nproc)}" >/dev/null
[ "$seconds" = "--build-only" ] && exit 0
mkdir -p "$BUILD/crashes"
status=0
for pair in FuzzQueueParser:queue FuzzPhone:phone FuzzCsv:csv; do
    target=${pair%%:*}
    corpus=$(mktemp -d)
    cp tests/fuzz/corpus/"${pair##*:}"/* "$corpus"/
    log=$(mktemp)
    if ASAN_OPTIONS=detect_leaks=1 "$BUILD/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$BUILD/crashes/$target-" "$corpus" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
        tail -40 "$log"
    fi
    execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
    [ -z "$execs" ] && execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    echo "fuzz: $target ${seconds}s: ${execs:-?} executions, corpus $(ls "$corpus" | wc -l) inputs: $result"
    rm -rf "$corpus" "$log"
done
exit $status
