#pragma once

// Process-wide preparation Qt WebEngine needs before the Q(Gui)Application exists. main() and the
// WebEngine test mains call prepare() first thing.
class WebEngineEnvironment
{
public:
    // Sets Qt::AA_ShareOpenGLContexts and, only when running as root (CI containers), turns
    // Chromium's sandbox off (QTWEBENGINE_DISABLE_SANDBOX=1) with a warning: Chromium refuses to
    // start as root with the sandbox on. For everyone else the sandbox stays on.
    static void prepare();
    // True when prepare() turned the sandbox off.
    static bool sandboxDisabled();
};
