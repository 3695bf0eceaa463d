#pragma once

#include "EventLoopWait.h"
#include "FakeWhatsAppServer.h"
#include "ManualClock.h"
#include "PageProbe.h"
#include "ProfileStore.h"
#include "SessionPage.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <memory>

// One SessionPage on its own, for the tests of the session's parts (no WhatsAppSession): a data
// directory with the SDR's profile in it, the probe scripts (a test may override some in
// <dir>/whatsapp/, as a person could), a ManualClock and the simulated WhatsApp Web on 127.0.0.1.
struct SessionPageEnv
{
    QTemporaryDir dir;
    ManualClock clock;
    FakeWhatsAppServer server;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<PageProbe> probe;
    std::unique_ptr<SessionPage> page; // declared last: goes before the profiles and the probe

    // overrides: probe script file name -> its text.
    bool init(const QHash<QString, QString>& overrides = {},
              const QString& sdrId = QStringLiteral("sdr_john"))
    {
        if (!dir.isValid() || !server.start())
            return false;
        if (!overrides.isEmpty() && !QDir(dir.path()).mkpath(QStringLiteral("whatsapp")))
            return false;
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            QFile file(dir.filePath(QStringLiteral("whatsapp/") + it.key()));
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value().toUtf8()) < 0)
                return false;
        }
        profiles = std::make_unique<ProfileStore>(dir.path());
        probe = std::make_unique<PageProbe>(dir.path());
        page = std::make_unique<SessionPage>(sdrId, server.url(), profiles.get(), probe.get(), &clock);
        return true;
    }

    // Creates the page and waits until its observer reported WhatsApp Web's QR code.
    bool openQrPage(int timeoutMs = 15000)
    {
        return page->create() && EventLoopWait::until([this] { return page->snapshot().qr; }, timeoutMs);
    }

    // Runs `script` in the page (in the probes' world with QWebEngineScript::ApplicationWorld) and
    // waits for its answer (invalid after the timeout).
    QVariant evaluate(const QString& script, quint32 world = QWebEngineScript::MainWorld,
                      int timeoutMs = 5000)
    {
        if (!page->page())
            return {};
        const auto answer = std::make_shared<Answer>();
        page->page()->runJavaScript(script, world, [answer](const QVariant& value) {
            answer->value = value;
            answer->given = true;
        });
        EventLoopWait::until([answer] { return answer->given; }, timeoutMs);
        return answer->value;
    }

    // Runs a probe script through the SessionPage and waits for its answer. One renderer runs a
    // page's scripts one after another and answers in that order: once this answer is back, every
    // probe asked before it has answered too.
    QVariant probeAndWait(const QString& script, const QJsonObject& args = {}, int timeoutMs = 5000)
    {
        const auto answer = std::make_shared<Answer>();
        page->runProbe(script, args, [answer](const QVariant& value) {
            answer->value = value;
            answer->given = true;
        });
        EventLoopWait::until([answer] { return answer->given; }, timeoutMs);
        return answer->value;
    }

private:
    struct Answer // shared with the callback: it may come after the wait gave up
    {
        QVariant value;
        bool given = false;
    };
};
