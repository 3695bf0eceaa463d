#pragma once

#include <QString>

// What the embedded browser engine is, for people (the refusal-page advice, --doctor, the About
// box): WhatsApp Web decides by the Chromium version which browsers it serves.
class EngineInfo
{
public:
    // "6.4.2": the Qt (and so Qt WebEngine) version this build runs on.
    static QString qtVersion();
    // "102.0.5005.177": the Chromium the engine is based on, as read from the user agent of the
    // first profile the app created (Qt 6.4 has no API for it). Empty before that: asking the
    // engine itself would start Chromium, which a process that never prepared WebEngine (a widget
    // test, the screenshot tool) must not do.
    static QString chromiumVersion();
    // Called with a profile's user agent when the app creates one.
    static void rememberUserAgent(const QString& userAgent);
    // The Chrome/<version> of a user agent, empty without one.
    static QString chromiumVersionOf(const QString& userAgent);
    // The engine's default user agent, as Chromium builds it (QtWebEngine token included). Starts
    // the engine: only where WebEngine is prepared (the sessions, --doctor).
    static QString defaultUserAgent();
    // One line for people: "Qt 6.4.2, Qt WebEngine 6.4.2, Chromium 102.0.5005.177".
    static QString summary();
};
