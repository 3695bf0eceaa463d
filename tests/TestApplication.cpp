// The composition root as `sdr-sender --demo` builds it: real store, real WebEngine sessions
// (offscreen), the demo's simulated CRM and WhatsApp Web on 127.0.0.1.
#include "Application.h"
#include "CommandLine.h"
#include "ConnectionStatusRepository.h"
#include "DemoWorld.h"
#include "MainWindow.h"
#include "Phone.h"
#include "SessionManager.h"
#include "SimulatedCrm.h"
#include "SimulatedWhatsApp.h"
#include "TryInEventLoop.h"
#include "WebEngineEnvironment.h"
#include "WhatsAppSession.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

class TestApplication : public QObject
{
    Q_OBJECT

    static QString resultStatus(DemoWorld& world, const QString& leadId)
    {
        return world.crm()->acceptedResults().value(leadId).value(QStringLiteral("status")).toString();
    }
    static QString resultError(DemoWorld& world, const QString& leadId)
    {
        return world.crm()->acceptedResults().value(leadId).value(QStringLiteral("error")).toString();
    }

private slots:
    void demoRunsTheWholeFlowThroughEachSdrsOwnSession()
    {
        QTemporaryDir dir;
        DemoWorld world;
        QVERIFY(world.start());
        CommandLineOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        Application app(dir.path(), options);
        app.setDemo({world.crmUrl(), world.whatsAppUrl(), DemoWorld::token(),
                     [&world](const QString& sdrId, const QString& ref) {
                         return world.scan(sdrId, ref);
                     }});
        QVERIFY2(app.start(), qPrintable(app.errorString()));
        QVERIFY(app.window()->isDemoMode());
        QVERIFY(app.window()->demoBanner()->isVisible());

        // Provisioned from the CRM's SDR list with no manual step, one profile each.
        SDR_TRY_COMPARE_WITH_TIMEOUT(app.sessions()->sessions().size(), 4, 30000);
        for (const char* id : {"sdr_ana", "sdr_john", "sdr_elif", "sdr_mateo"})
            QVERIFY(QDir(dir.filePath(QStringLiteral("profiles/%1").arg(QLatin1String(id)))).exists());

        // The first lead of Ana goes out from Ana's account, exactly as written, and is reported.
        SDR_TRY_COMPARE_WITH_TIMEOUT(resultStatus(world, QStringLiteral("demo_lead_1")),
                                     QStringLiteral("sent"), 90000);
        const auto messages = world.whatsApp()->messages();
        int fromAna = 0;
        for (const auto& message : messages) {
            if (Phone::digits(message.fromPhone) == Phone::digits(world.phoneOf(QStringLiteral("sdr_ana")))) {
                ++fromAna;
                QCOMPARE(Phone::digits(message.toPhone), QStringLiteral("905454031918"));
                QVERIFY(message.text.startsWith(QStringLiteral("Hi Ahmet, this is Ana from Acme.")));
            }
        }
        QCOMPARE(fromAna, 1);

        // Leads that must never be sent are failed with the contract's codes.
        SDR_TRY_COMPARE_WITH_TIMEOUT(resultStatus(world, QStringLiteral("demo_bad_phone")),
                                     QStringLiteral("failed"), 30000);
        QCOMPARE(resultError(world, QStringLiteral("demo_bad_phone")), QStringLiteral("invalid_phone"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(resultStatus(world, QStringLiteral("demo_mismatch")),
                                     QStringLiteral("failed"), 30000);
        QCOMPARE(resultError(world, QStringLiteral("demo_mismatch")), QStringLiteral("routing_mismatch"));

        // Elif never scanned: nothing went out from her number, her lead waits.
        WhatsAppSession* elif = app.sessions()->session(QStringLiteral("sdr_elif"));
        QVERIFY(elif);
        QCOMPARE(elif->state(), ConnectionState::QrRequired);
        for (const auto& message : world.whatsApp()->messages())
            QVERIFY(Phone::digits(message.fromPhone) !=
                    Phone::digits(world.phoneOf(QStringLiteral("sdr_elif"))));
        QVERIFY(!world.crm()->acceptedResults().contains(QStringLiteral("demo_lead_3")));

        // Mateo linked another number than the CRM expects: flagged, and his lead is not sent.
        SDR_TRY_COMPARE_WITH_TIMEOUT(app.sessions()->session(QStringLiteral("sdr_mateo"))->state(),
                                     ConnectionState::WrongNumber, 30000);

        // Disconnect (as confirmed in the window) logs Ana out and wipes only her profile.
        WhatsAppSession* john = app.sessions()->session(QStringLiteral("sdr_john"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(john->state(), ConnectionState::Connected, 30000);
        app.window()->showSdr(QStringLiteral("sdr_ana"));
        emit app.window()->disconnectRequested(QStringLiteral("sdr_ana"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(app.sessions()->session(QStringLiteral("sdr_ana"))->state(),
                                     ConnectionState::QrRequired, 30000);
        QCOMPARE(john->state(), ConnectionState::Connected);
    }
};

int main(int argc, char* argv[])
{
    WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    TestApplication test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestApplication.moc"
