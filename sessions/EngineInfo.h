#pragma once

#include <QString>

// The browser engine the sessions run on. WhatsApp Web decides by the engine which browsers it
// serves, so the versions are shown to users (--version, Help → About) and logged at start-up.
class EngineInfo
{
public:
    static QString qtVersion();        // the Qt libraries loaded at run time
    static QString webEngineVersion(); // Qt WebEngine, which may be newer than Qt (trixie-backports)
    static QString chromiumVersion();  // the Chromium that Qt WebEngine is built on
    static int chromiumMajorVersion();
    // The Chrome/<version> a user agent claims ("" without one): what WhatsApp Web sees, which a
    // `userAgent` override in selectors.json may change.
    static QString chromiumVersionOf(const QString& userAgent);
    // "Qt 6.8.2, Qt WebEngine 6.10.2 (Chromium 134.0.6998.208)"
    static QString summary();
};
