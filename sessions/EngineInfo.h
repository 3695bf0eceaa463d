#pragma once

#include <QString>

// What the embedded browser engine is, for people (the refusal-page advice, --doctor, the About
// box): WhatsApp Web decides by the Chromium version which browsers it serves.
class EngineInfo
{
public:
    // "6.4.2": the Qt (and so Qt WebEngine) version this build runs on.
    static QString qtVersion();
    // "102.0.5005.177": the Chromium the engine is based on, read from its own user agent (Qt 6.4
    // has no API for it). Needs a Q(Gui)Application. Empty when the user agent carries no version.
    static QString chromiumVersion();
    // The Chrome/<version> of a user agent, empty without one.
    static QString chromiumVersionOf(const QString& userAgent);
    // The engine's default user agent, as Chromium builds it (QtWebEngine token included).
    static QString defaultUserAgent();
    // One line for people: "Qt 6.4.2, Qt WebEngine 6.4.2, Chromium 102.0.5005.177".
    static QString summary();
};
