#!/usr/bin/env bash
# The test suite under AddressSanitizer and UndefinedBehaviorSanitizer, compiled by clang in
# build-fuzz/ (shared with tools/fuzz.sh), run through ./test: real SQLite files, real HTTP on
# 127.0.0.1, a real Secret Service. Any report of either sanitizer (a leak included) fails the
# test that caused it. Arguments go to ctest.
# SDR_SANITIZE_SCOPE chooses what is built and run (CMake's SDR_BUILD_SCOPE):
#   widgets (default): the core, the demo world, the test doubles, the sessions, the widgets and
#                      every test of those that opens no Chromium page;
#   core:              only what needs no widgets and no WebEngine;
#   all:               everything, the WebEngine tests included (docs/reliability.md: not in CI).
# The tests on real pages (tests/CMakeLists.txt: SDR_SANITIZED_PAGE_TESTS) set aside Chromium's own
# reports (tests/sanitizers/lsan-chromium.supp); all others suppress only tests/sanitizers/lsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/fuzz.sh --build-only
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Tests that wait a fixed wall-clock time for CPU-bound work (TestCsvImportJob) wait this much longer.
export SDR_TEST_WAIT_FACTOR=3
# Most of these tests wait on timers and loopback HTTP, not on the CPU.
SDR_BUILD_DIR=build-fuzz SDR_TEST_JOBS=${SDR_TEST_JOBS:-4} exec ./test "$@"
