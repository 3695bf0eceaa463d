#include "WebEngineEnvironment.h"

#include "SessionsLogging.h"

#include <QCoreApplication>

#include <unistd.h>

namespace {
bool g_sandboxDisabled = false;
}

void WebEngineEnvironment::prepare()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (::geteuid() == 0) {
        // Never unconditional: a normal user keeps Chromium's sandbox.
        if (qEnvironmentVariable("QTWEBENGINE_DISABLE_SANDBOX") != QLatin1String("1"))
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        g_sandboxDisabled = true;
        qCWarning(lcProfile) << "running as root: Chromium's sandbox is disabled for WhatsApp Web pages."
                             << "Run SDR Sender as a normal user to keep it on.";
    }
}

bool WebEngineEnvironment::sandboxDisabled()
{
    return g_sandboxDisabled;
}
