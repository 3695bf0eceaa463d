#pragma once

#include "fixtures/EventLoopWait.h"

#include <QtTest>

// QTRY_VERIFY / QTRY_COMPARE for tests that drive Qt WebEngine pages. Qt's macros wait with
// QTest::qWait, which sleeps 10 ms between passes over the events; the Qt main thread is
// Chromium's browser thread, so every page step waits behind those sleeps (a page load takes
// about a third longer, and many pages stall; see tests/fixtures/EventLoopWait.h). These wait in a
// real event loop, then check with the usual macro so a failure reads the same.
#define SDR_TRY_VERIFY_WITH_TIMEOUT(expr, timeoutMs)                                                         \
    do {                                                                                                     \
        EventLoopWait::until([&] { return bool(expr); }, timeoutMs);                                         \
        QVERIFY(expr);                                                                                       \
    } while (false)
#define SDR_TRY_VERIFY(expr) SDR_TRY_VERIFY_WITH_TIMEOUT(expr, 5000)
#define SDR_TRY_COMPARE_WITH_TIMEOUT(actual, expected, timeoutMs)                                            \
    do {                                                                                                     \
        EventLoopWait::until([&] { return bool((actual) == (expected)); }, timeoutMs);                       \
        QCOMPARE(actual, expected);                                                                          \
    } while (false)
#define SDR_TRY_COMPARE(actual, expected) SDR_TRY_COMPARE_WITH_TIMEOUT(actual, expected, 5000)
