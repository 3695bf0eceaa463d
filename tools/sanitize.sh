#!/usr/bin/env bash
# The core's test suite under AddressSanitizer and UndefinedBehaviorSanitizer: everything that
# builds without widgets and WebEngine (the core, the demo world, the test doubles, the tests that
# link only those), compiled by clang in build-fuzz/ (shared with tools/fuzz.sh), run through
# ./test: real SQLite files, real HTTP on 127.0.0.1, a real Secret Service. Any report of either
# sanitizer (a leak included) fails the test that caused it. Arguments go to ctest.
# The widget and WebEngine tests are not in this leg (docs/reliability.md says why);
# -DSDR_SANITIZE=ON on a normal build dir sanitizes those too.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/fuzz.sh --build-only
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Most of these tests wait on timers and loopback HTTP, not on the CPU.
SDR_BUILD_DIR=build-fuzz SDR_TEST_JOBS=${SDR_TEST_JOBS:-4} exec ./test "$@"
