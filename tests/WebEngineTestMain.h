#pragma once

#include "WebEngineEnvironment.h"

#include <QGuiApplication>
#include <QtTest>

// Test main for tests that create Qt WebEngine pages: prepares the process (sandbox only off as
// root, shared GL contexts) before the QGuiApplication exists, as the app's main() does.
#define SDR_WEBENGINE_TEST_MAIN(TestObject)                                                                  \
    int main(int argc, char* argv[])                                                                         \
    {                                                                                                        \
        WebEngineEnvironment::prepare();                                                                     \
        QGuiApplication app(argc, argv);                                                                     \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

// --- shared set-up for the sessions' WebEngine tests ------------------------------------------
#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "ConnectionTracker.h"
#include "EventLoopWait.h"
#include "FakeWhatsAppServer.h"
#include "ManualClock.h"
#include "SdrRepository.h"
#include "SessionManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "Store.h"
#include "WhatsAppSession.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <memory>

// A data directory with a real store, settings pointing WhatsApp at a FakeWhatsAppServer on
// 127.0.0.1, a SessionManager and a ConnectionTracker wired as the app wires them.
struct SessionTestEnv
{
    QTemporaryDir dir;
    Store store;
    ManualClock clock;
    FakeWhatsAppServer server;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<SdrRepository> sdrs;
    std::unique_ptr<ConnectionStatusRepository> statuses;
    std::unique_ptr<ActivityLog> activity;
    std::unique_ptr<ConnectionTracker> tracker;
    std::unique_ptr<SessionManager> manager;

    bool init()
    {
        if (!dir.isValid() || !server.start() || !store.open(dir.filePath(QStringLiteral("sdr-sender.db"))))
            return false;
        settings = std::make_unique<Settings>(&store);
        sdrs = std::make_unique<SdrRepository>(&store);
        statuses = std::make_unique<ConnectionStatusRepository>(&store);
        activity = std::make_unique<ActivityLog>(&store, &clock);
        tracker = std::make_unique<ConnectionTracker>(statuses.get(), activity.get(), sdrs.get(), &clock);
        return settings->setGlobal(SettingKeys::WhatsAppUrl, server.url().toString()) &&
               settings->setGlobal(SettingKeys::SendTimeoutSecs, 5) &&
               settings->setGlobal(SettingKeys::MaxAwakeSessions, 20) &&
               settings->setGlobal(SettingKeys::HibernateIdleSecs, 3600);
    }
    SessionManager* makeManager()
    {
        manager.reset(); // pages and profiles of the previous "run" go first
        manager = std::make_unique<SessionManager>(dir.path(), settings.get(), &clock);
        manager->setOpenExternalLinks(false);
        manager->setSdrRepository(sdrs.get());
        QObject::connect(manager.get(), &SessionManager::sessionAdded, tracker.get(),
                         [this](WhatsAppSession* session) { tracker->track(session); });
        return manager.get();
    }
    WhatsAppSession* addSdr(const QString& id, const QString& expectedPhone = {})
    {
        SdrRecord sdr;
        sdr.id = id;
        sdr.name = id;
        sdr.expectedPhone = expectedPhone;
        if (!sdrs->upsert(sdr))
            return nullptr;
        return manager->ensureSession(sdr);
    }
    static bool waitForState(WhatsAppSession* session, ConnectionState state, int timeoutMs = 15000)
    {
        return EventLoopWait::until([&] { return session->state() == state; }, timeoutMs);
    }
    // Waits until done() while moving the clock a second per 100 ms of real time, so what the
    // session waits for on its clock (a load retry, the reload after a crash, a wipe's looks)
    // comes due meanwhile.
    bool untilMovingClock(const std::function<bool()>& done, int timeoutMs = 15000)
    {
        QElapsedTimer sinceMove;
        sinceMove.start();
        return EventLoopWait::until(
            [&] {
                if (sinceMove.elapsed() >= 100) {
                    clock.advance(1000);
                    sinceMove.restart();
                }
                return done();
            },
            timeoutMs);
    }
    bool waitForStateMovingClock(WhatsAppSession* session, ConnectionState state, int timeoutMs = 15000)
    {
        return untilMovingClock([&] { return session->state() == state; }, timeoutMs);
    }
    // Waits for the QR, "scans" it with `phone` and waits for connected.
    bool link(WhatsAppSession* session, const QString& phone)
    {
        // The ref may rotate between reading and scanning: scan whatever the page shows now.
        if (!EventLoopWait::until(
                [&] { return !session->qrRef().isEmpty() && server.scan(session->qrRef(), phone); }, 15000))
            return false;
        return waitForState(session, ConnectionState::Connected) ||
               waitForState(session, ConnectionState::WrongNumber, 1);
    }
};
